//! The calls a buffered object makes on its raw stream: straight to the descriptor when the raw
//! stream is a `FileIO` (no Python call per chunk), else through the raw object's own
//! `readinto`/`write`/`seek`/`tell` methods with CPython's checks of their results. Also the
//! registry that flushes native write buffers at exit.

use super::fileio::FileIo;
use super::util::{closed_error_np, index_i64};
use crate::native_type::state;
use krait_vm::objects::bytearray::new_bytearray;
use krait_vm::slot::Slot;
use krait_vm::{PyResult, Value, Vm};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// The `FileIO` state of `raw` when it is exactly a `FileIO` (a Python subclass may override
/// its methods, so it goes through Python calls).
pub(super) fn native_file<'a>(vm: &Vm, raw: &'a Value) -> Option<&'a FileIo> {
    let s = state::<FileIo>(raw)?;
    let ty = vm.type_of(raw);
    let native =
        krait_vm::vm::type_data(&ty).is_some_and(|t| !t.has_flag(krait_vm::types::flags::HEAPTYPE));
    native.then_some(s)
}

/// Reads at most `n` bytes from `raw` (`None`: it would block; empty: end of file).
pub(super) fn read(vm: &Vm, raw: &Value, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = native_file(vm, raw) {
        if f.is_closed() {
            return Err(closed_error_np(vm));
        }
        if !f.readable.get() {
            return Err(super::util::unsupported(vm, "File not open for reading"));
        }
        return super::fileio::read_some(vm, f, n);
    }
    let b = new_bytearray(vm, vec![0; n]);
    let r = vm.call_method(raw, "readinto", std::slice::from_ref(&b))?;
    if r.is_none() {
        return Ok(None);
    }
    let k = index_i64(vm, &r)?;
    if k < 0 || k as usize > n {
        return Err(vm.new_error(
            &vm.types.os_error,
            &format!(
                "raw readinto() returned invalid length {k} (should have been between 0 and {n})"
            ),
        ));
    }
    let mut data = super::util::bytes_like(&b).unwrap_or_default();
    data.truncate(k as usize);
    Ok(Some(data))
}

/// Reads everything left in `raw` (`readall`).
pub(super) fn read_all(vm: &Vm, raw: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = native_file(vm, raw) {
        if f.is_closed() {
            return Err(closed_error_np(vm));
        }
        return super::fileio::read_all(vm, f);
    }
    if vm.get_attr_opt(raw, "readall")?.is_some() {
        let r = vm.call_method(raw, "readall", &[])?;
        if r.is_none() {
            return Ok(None);
        }
        return super::util::bytes_like(&r)
            .map(Some)
            .ok_or_else(|| vm.type_error("readall() should return bytes"));
    }
    let mut out = Vec::new();
    loop {
        let r = vm.call_method(raw, "read", &[])?;
        if r.is_none() {
            if out.is_empty() {
                return Ok(None);
            }
            break;
        }
        let data = super::util::bytes_like(&r)
            .ok_or_else(|| vm.type_error("read() should return bytes"))?;
        if data.is_empty() {
            break;
        }
        out.extend_from_slice(&data);
    }
    Ok(Some(out))
}

/// Writes some of `data` to `raw` (`None`: it would block).
pub(super) fn write(vm: &Vm, raw: &Value, data: &[u8]) -> PyResult<Option<usize>> {
    if let Some(f) = native_file(vm, raw) {
        if f.is_closed() {
            return Err(closed_error_np(vm));
        }
        if !f.writable.get() {
            return Err(super::util::unsupported(vm, "File not open for writing"));
        }
        return super::fileio::write_some(vm, f, data);
    }
    let r = vm.call_method(raw, "write", &[vm.new_bytes(data.to_vec())])?;
    if r.is_none() {
        return Ok(None);
    }
    let k = index_i64(vm, &r)?;
    if k < 0 || k as usize > data.len() {
        return Err(vm.new_error(
            &vm.types.os_error,
            &format!(
                "raw write() returned invalid length {k} (should have been between 0 and {})",
                data.len()
            ),
        ));
    }
    Ok(Some(k as usize))
}

/// `raw.seek(pos, whence)`.
pub(super) fn seek(vm: &Vm, raw: &Value, pos: i64, whence: i64) -> PyResult<i64> {
    let r = if let Some(f) = native_file(vm, raw) {
        if f.is_closed() {
            return Err(closed_error_np(vm));
        }
        super::fd::raw_seek(f.fd.get(), pos, whence as i32)
            .map_err(|e| super::util::os_error(vm, e, None))?
    } else {
        let v = vm.call_method(raw, "seek", &[vm.new_int(pos), vm.new_int(whence)])?;
        index_i64(vm, &v)?
    };
    if r < 0 {
        return Err(vm.new_error(
            &vm.types.os_error,
            &format!("Raw stream returned invalid position {r}"),
        ));
    }
    Ok(r)
}

/// `raw.tell()`.
pub(super) fn tell(vm: &Vm, raw: &Value) -> PyResult<i64> {
    if native_file(vm, raw).is_some() {
        return seek(vm, raw, 0, 1);
    }
    let v = vm.call_method(raw, "tell", &[])?;
    let r = index_i64(vm, &v)?;
    if r < 0 {
        return Err(vm.new_error(
            &vm.types.os_error,
            &format!("Raw stream returned invalid position {r}"),
        ));
    }
    Ok(r)
}

/// Bytes written to a buffered object and not yet passed to its raw stream, shared with the
/// exit registry when the raw stream is a `FileIO`.
pub(super) struct WriteBuf {
    pub(super) data: RefCell<Vec<u8>>,
    /// The raw `FileIO` (for the flush at exit), or NULL.
    raw: Slot,
}

impl WriteBuf {
    /// A new, empty buffer for `raw`, registered for the exit flush if `raw` is a FileIO.
    pub(super) fn new(vm: &Vm, raw: &Value) -> Rc<WriteBuf> {
        let native = native_file(vm, raw).is_some();
        let wb = Rc::new(WriteBuf {
            data: RefCell::new(Vec::new()),
            raw: Slot::new(if native { raw.clone() } else { Value::NULL }),
        });
        if native {
            PENDING.with(|p| {
                let mut p = p.borrow_mut();
                p.retain(|w| w.strong_count() > 0);
                p.push(Rc::downgrade(&wb));
            });
        }
        wb
    }

    /// Writes the pending bytes straight to the descriptor, ignoring errors (a finalizer).
    pub(super) fn flush_quiet(&self) {
        let raw = self.raw.get();
        let Some(f) = state::<FileIo>(&raw) else {
            return;
        };
        let data = std::mem::take(&mut *self.data.borrow_mut());
        if !f.is_closed() {
            let mut rest = &data[..];
            while !rest.is_empty() {
                match super::fd::raw_write(f.fd.get(), rest) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => rest = &rest[n..],
                }
            }
        }
    }
}

thread_local! {
    static PENDING: RefCell<Vec<Weak<WriteBuf>>> = const { RefCell::new(Vec::new()) };
}

/// Writes out every native write buffer still holding data (at interpreter exit, as CPython's
/// finalization flushes the files still open), oldest first.
pub fn flush_all_at_exit() {
    let bufs: Vec<Rc<WriteBuf>> =
        PENDING.with(|p| p.borrow().iter().filter_map(Weak::upgrade).collect());
    for b in bufs {
        b.flush_quiet();
    }
}
