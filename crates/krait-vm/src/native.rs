//! Functions written in Rust and callable from Python: built-in functions, methods of built-in
//! types, and their declarations.
//!
//! A native function has one signature, CPython's vectorcall in Rust: the positional arguments
//! followed by the keyword arguments' values, and the keywords' names ([`Args`]). Methods receive
//! `self` as the first positional argument. Each built-in type or module declares its functions
//! once, in a static table of [`MethodDef`]s (name, function, kind, signature, docstring, as
//! CPython's `PyMethodDef` and Argument Clinic's `__text_signature__`); installing the table
//! creates the descriptors.

use crate::error::PyResult;
use crate::heap::Trace;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;

/// The arguments of a call: `values` holds the positional arguments, then the values of the
/// keyword arguments named by `kwnames` (`str` objects), in order.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional values, then keyword values.
    pub values: &'a [Value],
    /// Names of the trailing keyword values.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    /// Positional-only arguments.
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// The keyword arguments as `(name, value)` pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.values[start..])
    }

    /// Fails with CPython's message if any keyword argument was passed (`name` is the function's
    /// name as CPython shows it, e.g. `"list.append"` or `"len"`).
    pub fn no_kwargs(&self, vm: &Vm, name: &str) -> PyResult<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(vm.type_error(&format!("{name}() takes no keyword arguments")))
        }
    }

    /// The positional arguments, checked to number between `min` and `max` with no keywords, as
    /// CPython's `_PyArg_CheckPositional`: "NAME expected at least 1 argument, got 0",
    /// "NAME expected at most 2 arguments, got 3", or for `min == max`
    /// "NAME expected 1 argument, got 0".
    pub fn positional_range(
        &self,
        vm: &Vm,
        name: &str,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [Value]> {
        self.no_kwargs(vm, name)?;
        let args = self.pos();
        let n = args.len();
        if (min..=max).contains(&n) {
            return Ok(args);
        }
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        Err(vm.type_error(&msg))
    }
}

/// Declares a static table of native functions of one binding kind:
/// `method_table!(NAME, Kind, { "py_name" => rust_fn, "(signature)", "doc"; … })` makes
/// `static NAME: &[MethodDef]`. Exported for the crates above krait-vm (krait-stdlib).
#[macro_export]
macro_rules! method_table {
    ($(#[doc = $tdoc:literal])* $table:ident, $kind:ident, { $( $name:literal => $func:ident, $sig:literal, $doc:literal; )* }) => {
        $(#[doc = $tdoc])*
        pub static $table: &[$crate::native::MethodDef] = &[
            $( $crate::native::MethodDef {
                name: $name,
                func: $func,
                kind: $crate::native::MethodKind::$kind,
                signature: $sig,
                doc: $doc,
            }, )*
        ];
    };
}
pub(crate) use method_table;

/// Declares a one-entry table holding a type's native `__new__` (a static method).
macro_rules! new_def {
    ($static:ident, $func:ident, $sig:literal, $doc:literal) => {
        static $static: [$crate::native::MethodDef; 1] = [$crate::native::MethodDef {
            name: "__new__",
            func: $func,
            kind: $crate::native::MethodKind::Static,
            signature: $sig,
            doc: $doc,
        }];
    };
}
pub(crate) use new_def;

/// A function implemented in Rust.
pub type NativeFn = fn(&Vm, Args<'_>) -> PyResult<Value>;

/// How a [`MethodDef`] binds, as CPython's `METH_CLASS`/`METH_STATIC` flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// An instance method: `self` is the first argument (a `method_descriptor`).
    Method,
    /// A class method: the class is the first argument (a `classmethod_descriptor`).
    Class,
    /// A static method or module-level function: no implicit first argument.
    Static,
}

/// The declaration of one native function or method.
#[derive(Clone, Copy)]
pub struct MethodDef {
    /// The Python name.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// How it binds.
    pub kind: MethodKind,
    /// The signature without the name, as `__text_signature__`: e.g. `"($self, object, /)"`.
    pub signature: &'static str,
    /// The docstring body (after the signature line).
    pub doc: &'static str,
}

impl MethodDef {
    /// `__doc__` as CPython builds it for Argument Clinic functions: the signature line
    /// `name(args)`, a `--` separator, a blank line, then the body; `__text_signature__` is the
    /// part before `--`.
    pub fn docstring(&self) -> String {
        format!("{}{}\n--\n\n{}", self.name, self.signature, self.doc)
    }
}

/// The payload of a `builtin_function_or_method`: a native function, bound to `self_` when it
/// is a method of a particular object or a function of a module.
pub struct NativeFunctionData {
    /// The declaration.
    pub def: &'static MethodDef,
    /// `__self__`: the bound object or module, or NULL.
    pub self_: Slot,
}

impl Trace for NativeFunctionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.self_.visit(visit);
    }

    fn clear(&self) {
        self.self_.set(Value::NULL);
    }
}

/// The payload of a `method_descriptor` (or `classmethod_descriptor`): a native method found in a
/// built-in type's dict, bound on attribute access.
pub struct MethodDescriptorData {
    /// The declaration.
    pub def: &'static MethodDef,
    /// `__objclass__`: the type that defines it.
    pub owner: Slot,
}

impl Trace for MethodDescriptorData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.owner.visit(visit);
    }

    fn clear(&self) {
        self.owner.set(Value::NULL);
    }
}

/// Puts a descriptor for each of `defs` into the dict of the built-in type `ty` (at interpreter
/// start-up, before any Python code runs: the dict holds only exact `str` keys).
pub fn install_methods(vm: &Vm, ty: &Value, defs: &'static [MethodDef]) {
    let Some(td) = crate::vm::type_data(ty) else {
        return;
    };
    let dict = td.dict();
    let Some(d) = dict
        .as_header()
        .and_then(|h| h.downcast_ref::<crate::objects::dict::DictData>())
    else {
        return;
    };
    let owner_name = td.name.borrow().clone();
    for def in defs {
        let descr = match def.kind {
            MethodKind::Method
                if crate::objects::slot_wrapper::slot_shape(def.name).is_some()
                    && !crate::objects::slot_wrapper::coexists(&owner_name, def.name) =>
            {
                crate::heap::alloc(
                    vm.types.wrapper_descriptor.to_obj(),
                    crate::objects::slot_wrapper::SlotWrapperData {
                        def,
                        owner: Slot::new(ty.clone()),
                    },
                )
                .into_value()
            }
            MethodKind::Method | MethodKind::Class => crate::heap::alloc(
                vm.types.method_descriptor.to_obj(),
                MethodDescriptorData {
                    def,
                    owner: Slot::new(ty.clone()),
                },
            )
            .into_value(),
            MethodKind::Static => crate::heap::alloc(
                vm.types.builtin_function.to_obj(),
                NativeFunctionData {
                    def,
                    self_: Slot::new(Value::NULL),
                },
            )
            .into_value(),
        };
        let key = vm.intern(def.name);
        let hash = vm.str_hash(&key);
        // Start-up dicts hold only interned strs, so identity is equality.
        let _ = d.set(key, hash, descr, &mut |a, b| Ok(a.is(b)));
    }
    td.modified();
}

/// Puts a built-in function for each of `defs` into module `m` (each bound to the module, as
/// CPython's module-level `PyMethodDef`s are).
pub fn install_module_functions(vm: &Vm, m: &Value, defs: &'static [MethodDef]) -> PyResult<()> {
    for def in defs {
        let f = crate::heap::alloc(
            vm.types.builtin_function.to_obj(),
            NativeFunctionData {
                def,
                self_: Slot::new(m.clone()),
            },
        );
        vm.module_set(m, def.name, f.into_value())?;
    }
    Ok(())
}
