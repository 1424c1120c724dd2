//! krait-vm: the Python virtual machine. So far: values, the heap, reference counting and the
//! cycle collector; the object model, evaluation loop and builtins follow in issue 4 (see
//! docs/vm.md for the design they are built to).

pub mod builtins;
pub mod error;
pub mod eval;
pub mod finalize;
pub mod gc;
pub mod hash;
pub mod heap;
pub mod layouts;
pub mod methods;
pub mod modules;
pub mod native;
pub mod objects;
pub mod protocols;
pub mod run;
pub mod slot;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use heap::{ObjRef, Payload, Ref, Trace};
pub use value::Value;
pub use vm::{Vm, VmConfig};
