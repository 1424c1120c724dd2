//! `weakref.ProxyType` and `weakref.CallableProxyType` (CPython's `proxy_*` functions in
//! Objects/weakrefobject.c): every operation on a proxy is forwarded to its referent, or
//! raises `ReferenceError` once the referent is gone.

use super::weakref::{data, tp_name};
use crate::error::PyResult;
use crate::layouts::Kind;
use crate::native::{method_table, Args};
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::{Comparison, NbOp};
use krait_bytecode::Opcode;

/// If `v` is a proxy: its referent, or `ReferenceError` if that is gone. `None` for anything
/// else (the attribute protocol calls this first for every object, so it is cheap).
#[inline]
pub fn target(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(h) = v.as_header() else {
        return Ok(None);
    };
    if h.kind() != Kind::Weakref {
        return Ok(None);
    }
    let ty = vm.type_of(v);
    if !ty.is(&vm.types.weakref_proxy) && !ty.is(&vm.types.weakref_callable_proxy) {
        return Ok(None);
    }
    match data(v).and_then(|d| d.get()) {
        Some(o) => Ok(Some(o)),
        None => Err(dead(vm)),
    }
}

fn dead(vm: &Vm) -> crate::error::PyErr {
    vm.new_error(
        &vm.types.reference_error,
        "weakly-referenced object no longer exists",
    )
}

/// `v` itself, or its referent if it is a proxy.
fn unwrap(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(target(vm, v)?.unwrap_or_else(|| v.clone()))
}

macro_rules! binops {
    ($( $name:ident, $rname:ident, $iname:ident => $op:ident, $iop:ident; )*) => {
        $(
            fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                let a = args.positional_range(vm, stringify!($name), 2, 2)?;
                vm.binary_op(&unwrap(vm, &a[0])?, &unwrap(vm, &a[1])?, NbOp::$op)
            }
            fn $rname(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                let a = args.positional_range(vm, stringify!($rname), 2, 2)?;
                vm.binary_op(&unwrap(vm, &a[1])?, &unwrap(vm, &a[0])?, NbOp::$op)
            }
            fn $iname(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                let a = args.positional_range(vm, stringify!($iname), 2, 2)?;
                vm.binary_op(&unwrap(vm, &a[0])?, &unwrap(vm, &a[1])?, NbOp::$iop)
            }
        )*
    };
}

binops! {
    add, radd, iadd => Add, InplaceAdd;
    sub, rsub, isub => Subtract, InplaceSubtract;
    mul, rmul, imul => Multiply, InplaceMultiply;
    truediv, rtruediv, itruediv => TrueDivide, InplaceTrueDivide;
    floordiv, rfloordiv, ifloordiv => FloorDivide, InplaceFloorDivide;
    mod_, rmod, imod => Remainder, InplaceRemainder;
    pow, rpow, ipow => Power, InplacePower;
    lshift, rlshift, ilshift => Lshift, InplaceLshift;
    rshift, rrshift, irshift => Rshift, InplaceRshift;
    and, rand, iand => And, InplaceAnd;
    or, ror, ior => Or, InplaceOr;
    xor, rxor, ixor => Xor, InplaceXor;
    matmul, rmatmul, imatmul => MatrixMultiply, InplaceMatrixMultiply;
}

macro_rules! compares {
    ($( $name:ident => $op:ident; )*) => {
        $(
            fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                let a = args.positional_range(vm, stringify!($name), 2, 2)?;
                vm.rich_compare(&unwrap(vm, &a[0])?, &unwrap(vm, &a[1])?, Comparison::$op)
            }
        )*
    };
}

compares! {
    eq => Eq; ne => Ne; lt => Lt; le => Le; gt => Gt; ge => Ge;
}

macro_rules! unaries {
    ($( $name:ident => $body:expr; )*) => {
        $(
            fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                let a = args.positional_range(vm, stringify!($name), 1, 1)?;
                let o = unwrap(vm, &a[0])?;
                let f: &dyn Fn(&Vm, &Value) -> PyResult<Value> = &$body;
                f(vm, &o)
            }
        )*
    };
}

unaries! {
    neg => |vm, o| vm.unary_op(o, Opcode::UnaryNegative);
    pos => |vm, o| vm.unary_op(o, Opcode::UnaryPositive);
    invert => |vm, o| vm.unary_op(o, Opcode::UnaryInvert);
    abs => |vm, o| vm.call(&builtin(vm, "abs")?, std::slice::from_ref(o), &[]);
    int => |vm, o| vm.call(&vm.types.int, std::slice::from_ref(o), &[]);
    float => |vm, o| vm.call(&vm.types.float, std::slice::from_ref(o), &[]);
    index => |vm, o| vm.call_method(o, "__index__", &[]);
    bool_ => |vm, o| Ok(Value::bool(vm.is_true(o)?));
    len => |vm, o| vm.call(&builtin(vm, "len")?, std::slice::from_ref(o), &[]);
    iter => |vm, o| vm.get_iter(o);
    next => |vm, o| vm.call(&builtin(vm, "next")?, std::slice::from_ref(o), &[]);
    reversed => |vm, o| vm.call(&vm.types.reversed, std::slice::from_ref(o), &[]);
    str => |vm, o| vm.call(&vm.types.str, std::slice::from_ref(o), &[]);
    bytes => |vm, o| vm.call(&vm.types.bytes, std::slice::from_ref(o), &[]);
}

/// The built-in function `name`.
fn builtin(vm: &Vm, name: &str) -> PyResult<Value> {
    vm.dict_get_item(&vm.builtins, &vm.intern(name))?
        .ok_or_else(|| vm.type_error(&format!("no builtin {name}")))
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__getitem__", 2, 2)?;
    vm.get_item(&unwrap(vm, &a[0])?, &a[1])
}

fn setitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__setitem__", 3, 3)?;
    vm.set_item(&unwrap(vm, &a[0])?, a[1].clone(), a[2].clone())?;
    Ok(Value::NONE)
}

fn delitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__delitem__", 2, 2)?;
    vm.call_method(&unwrap(vm, &a[0])?, "__delitem__", &a[1..])
}

fn contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__contains__", 2, 2)?;
    Ok(Value::bool(vm.contains(&unwrap(vm, &a[0])?, &a[1])?))
}

fn hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__hash__", 1, 1)?;
    Err(vm.type_error(&format!("unhashable type: '{}'", tp_name(vm, &a[0]))))
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__repr__", 1, 1)?;
    let id = vm.id_of(&a[0]);
    let Some(o) = data(&a[0]).and_then(|d| d.get()) else {
        return Ok(vm.new_str(&format!("<weakproxy at {id:#x}; dead>")));
    };
    Ok(vm.new_str(&format!(
        "<weakproxy at {id:#x} to {} at {:#x}>",
        tp_name(vm, &o),
        vm.id_of(&o)
    )))
}

fn call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let o = unwrap(vm, &args.values[0])?;
    vm.call(&o, &args.values[1..], args.kwnames)
}

method_table!(
    /// The methods of `weakref.ProxyType` (also on `CallableProxyType`).
    PROXY_METHODS,
    Method,
    {
    "__add__" => add, "($self, value, /)", "Return self+value.";
    "__radd__" => radd, "($self, value, /)", "Return value+self.";
    "__iadd__" => iadd, "($self, value, /)", "Return self+=value.";
    "__sub__" => sub, "($self, value, /)", "Return self-value.";
    "__rsub__" => rsub, "($self, value, /)", "Return value-self.";
    "__isub__" => isub, "($self, value, /)", "Return self-=value.";
    "__mul__" => mul, "($self, value, /)", "Return self*value.";
    "__rmul__" => rmul, "($self, value, /)", "Return value*self.";
    "__imul__" => imul, "($self, value, /)", "Return self*=value.";
    "__truediv__" => truediv, "($self, value, /)", "Return self/value.";
    "__rtruediv__" => rtruediv, "($self, value, /)", "Return value/self.";
    "__itruediv__" => itruediv, "($self, value, /)", "Return self/=value.";
    "__floordiv__" => floordiv, "($self, value, /)", "Return self//value.";
    "__rfloordiv__" => rfloordiv, "($self, value, /)", "Return value//self.";
    "__ifloordiv__" => ifloordiv, "($self, value, /)", "Return self//=value.";
    "__mod__" => mod_, "($self, value, /)", "Return self%value.";
    "__rmod__" => rmod, "($self, value, /)", "Return value%self.";
    "__imod__" => imod, "($self, value, /)", "Return self%=value.";
    "__pow__" => pow, "($self, value, mod=None, /)", "Return pow(self, value, mod).";
    "__rpow__" => rpow, "($self, value, mod=None, /)", "Return pow(value, self, mod).";
    "__ipow__" => ipow, "($self, value, /)", "Return self**=value.";
    "__lshift__" => lshift, "($self, value, /)", "Return self<<value.";
    "__rlshift__" => rlshift, "($self, value, /)", "Return value<<self.";
    "__ilshift__" => ilshift, "($self, value, /)", "Return self<<=value.";
    "__rshift__" => rshift, "($self, value, /)", "Return self>>value.";
    "__rrshift__" => rrshift, "($self, value, /)", "Return value>>self.";
    "__irshift__" => irshift, "($self, value, /)", "Return self>>=value.";
    "__and__" => and, "($self, value, /)", "Return self&value.";
    "__rand__" => rand, "($self, value, /)", "Return value&self.";
    "__iand__" => iand, "($self, value, /)", "Return self&=value.";
    "__or__" => or, "($self, value, /)", "Return self|value.";
    "__ror__" => ror, "($self, value, /)", "Return value|self.";
    "__ior__" => ior, "($self, value, /)", "Return self|=value.";
    "__xor__" => xor, "($self, value, /)", "Return self^value.";
    "__rxor__" => rxor, "($self, value, /)", "Return value^self.";
    "__ixor__" => ixor, "($self, value, /)", "Return self^=value.";
    "__matmul__" => matmul, "($self, value, /)", "Return self@value.";
    "__rmatmul__" => rmatmul, "($self, value, /)", "Return value@self.";
    "__imatmul__" => imatmul, "($self, value, /)", "Return self@=value.";
    "__eq__" => eq, "($self, value, /)", "Return self==value.";
    "__ne__" => ne, "($self, value, /)", "Return self!=value.";
    "__lt__" => lt, "($self, value, /)", "Return self<value.";
    "__le__" => le, "($self, value, /)", "Return self<=value.";
    "__gt__" => gt, "($self, value, /)", "Return self>value.";
    "__ge__" => ge, "($self, value, /)", "Return self>=value.";
    "__neg__" => neg, "($self, /)", "-self";
    "__pos__" => pos, "($self, /)", "+self";
    "__abs__" => abs, "($self, /)", "abs(self)";
    "__invert__" => invert, "($self, /)", "~self";
    "__int__" => int, "($self, /)", "int(self)";
    "__float__" => float, "($self, /)", "float(self)";
    "__index__" => index, "($self, /)", "Return self converted to an integer, if self is suitable for use as an index into a list.";
    "__bool__" => bool_, "($self, /)", "True if self else False";
    "__len__" => len, "($self, /)", "Return len(self).";
    "__iter__" => iter, "($self, /)", "Implement iter(self).";
    "__next__" => next, "($self, /)", "Implement next(self).";
    "__reversed__" => reversed, "($self, /)", "";
    "__str__" => str, "($self, /)", "Return str(self).";
    "__bytes__" => bytes, "($self, /)", "";
    "__getitem__" => getitem, "($self, key, /)", "Return self[key].";
    "__setitem__" => setitem, "($self, key, value, /)", "Set self[key] to value.";
    "__delitem__" => delitem, "($self, key, /)", "Delete self[key].";
    "__contains__" => contains, "($self, key, /)", "Return key in self.";
    "__hash__" => hash, "($self, /)", "Return hash(self).";
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    }
);

method_table!(
    /// The extra method of `weakref.CallableProxyType`.
    CALLABLE_METHODS,
    Method,
    {
    "__call__" => call, "($self, /, *args, **kwargs)", "Call self as a function.";
    }
);

/// Installs the proxy types' methods.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    crate::native::install_methods(vm, &t.weakref_proxy, PROXY_METHODS);
    crate::native::install_methods(vm, &t.weakref_callable_proxy, PROXY_METHODS);
    crate::native::install_methods(vm, &t.weakref_callable_proxy, CALLABLE_METHODS);
}
