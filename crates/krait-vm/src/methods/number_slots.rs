//! The special methods of `int`, `bool`, `float` and `complex` as slot wrappers (`int.__add__`,
//! `(1.5).__lt__`, `True.__and__`, …), with CPython's rules for the other operand: `int`'s
//! methods return `NotImplemented` unless it is an int, `float`'s unless it is an int or a
//! float. Each works on the base value of its operands (so instances of subclasses are read as
//! the number they hold, never through their overridden methods).

use crate::error::PyResult;
use crate::native::{install_methods, method_table, Args};
use crate::objects::complex::ComplexData;
use crate::protocols::convert::{float_value, int_value};
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::{Comparison, NbOp};
use krait_bytecode::Opcode;

/// Which built-in number type a slot belongs to (what it accepts as the other operand).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Int,
    Float,
    Complex,
}

/// The exact built-in number `v` holds (an `int`, `bool`, `float` or `complex` value, without
/// its subclass), if it is one `owner`'s methods accept.
fn base(vm: &Vm, v: &Value, owner: Owner) -> Option<Value> {
    if v.is_small_int() || v.is_float() || v.as_immediate().is_some_and(|_| int_value(v).is_some())
    {
        return (owner != Owner::Int || !v.is_float()).then(|| v.clone());
    }
    if let Some(n) = int_value(v) {
        return Some(vm.new_bigint(n));
    }
    if let Some(x) = float_value(v) {
        return (owner != Owner::Int).then(|| Value::float(x));
    }
    if let Some(c) = payload::<ComplexData>(v) {
        return (owner == Owner::Complex).then(|| vm.new_complex(c.real, c.imag));
    }
    None
}

/// `self OP other` (or `other OP self` when `reflected`) on the base values, `NotImplemented`
/// when `other` is not a number `owner` handles.
fn binary(vm: &Vm, args: Args<'_>, op: NbOp, owner: Owner, reflected: bool) -> PyResult<Value> {
    let a = args.values;
    let (Some(x), Some(y)) = (base(vm, &a[0], owner), base(vm, &a[1], owner)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if reflected {
        vm.binary_op(&y, &x, op)
    } else {
        vm.binary_op(&x, &y, op)
    }
}

fn compare(vm: &Vm, args: Args<'_>, op: Comparison, owner: Owner) -> PyResult<Value> {
    let a = args.values;
    let (Some(x), Some(y)) = (base(vm, &a[0], owner), base(vm, &a[1], owner)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    vm.rich_compare(&x, &y, op)
}

fn divmod(vm: &Vm, args: Args<'_>, owner: Owner, reflected: bool) -> PyResult<Value> {
    let a = args.values;
    let (Some(x), Some(y)) = (base(vm, &a[0], owner), base(vm, &a[1], owner)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    let q = vm.binary_op(&x, &y, NbOp::FloorDivide)?;
    let r = vm.binary_op(&x, &y, NbOp::Remainder)?;
    Ok(vm.new_tuple(vec![q, r]))
}

/// `pow(self, other[, mod])` (or `pow(other, self[, mod])`).
fn power(vm: &Vm, args: Args<'_>, owner: Owner, reflected: bool) -> PyResult<Value> {
    let a = args.values;
    let modulus = a.get(2).filter(|m| !m.is_none());
    let (Some(x), Some(y)) = (base(vm, &a[0], owner), base(vm, &a[1], owner)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    let Some(m) = modulus else {
        return vm.binary_op(&x, &y, NbOp::Power);
    };
    match owner {
        Owner::Int => {
            let (Some(b), Some(e), Some(c)) = (int_value(&x), int_value(&y), int_value(m)) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            crate::builtins::rounding::int_pow_mod(vm, b, e, c)
        }
        Owner::Float => {
            Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
        }
        Owner::Complex => Err(vm.value_error("complex modulo")),
    }
}

fn unary(vm: &Vm, args: Args<'_>, op: Opcode, owner: Owner) -> PyResult<Value> {
    let x = base(vm, &args.values[0], owner).unwrap_or(Value::NONE);
    vm.unary_op(&x, op)
}

fn abs(vm: &Vm, args: Args<'_>, owner: Owner) -> PyResult<Value> {
    let x = base(vm, &args.values[0], owner).unwrap_or(Value::NONE);
    if let Some(f) = x.as_float() {
        return Ok(Value::float(f.abs()));
    }
    Ok(vm.new_bigint(num_traits::Signed::abs(&int_value(&x).unwrap_or_default())))
}

fn truth(vm: &Vm, args: Args<'_>, owner: Owner) -> PyResult<Value> {
    let x = base(vm, &args.values[0], owner).unwrap_or(Value::NONE);
    Ok(Value::bool(vm.is_true(&x)?))
}

fn hash(vm: &Vm, args: Args<'_>, owner: Owner) -> PyResult<Value> {
    let x = base(vm, &args.values[0], owner).unwrap_or(Value::NONE);
    Ok(vm.new_int(vm.hash(&x)?))
}

fn repr(vm: &Vm, args: Args<'_>, owner: Owner) -> PyResult<Value> {
    let x = base(vm, &args.values[0], owner).unwrap_or(Value::NONE);
    Ok(vm.new_str(&vm.repr_string(&x)?))
}

fn to_int(vm: &Vm, args: Args<'_>, owner: Owner) -> PyResult<Value> {
    let x = base(vm, &args.values[0], owner).unwrap_or(Value::NONE);
    if let Some(n) = int_value(&x) {
        return Ok(vm.new_bigint(n));
    }
    vm.call(&vm.types.int, &[x], &[])
}

fn to_float(vm: &Vm, args: Args<'_>, owner: Owner) -> PyResult<Value> {
    let x = base(vm, &args.values[0], owner).unwrap_or(Value::NONE);
    vm.call(&vm.types.float, &[x], &[])
}

/// Declares one slot function per `(name => body)` row, each a `fn(&Vm, Args)`.
macro_rules! slot_fns {
    ($( $f:ident => |$vm:ident, $a:ident| $body:expr; )*) => {
        $( fn $f($vm: &Vm, $a: Args<'_>) -> PyResult<Value> { $body } )*
    };
}

/// The arithmetic, comparison and conversion slots shared by `int` and `float`, for one owner.
macro_rules! number_slots {
    ($owner:ident: $( $f:ident => $kind:ident $(($arg:expr))?; )*) => {
        slot_fns! { $( $f => |vm, a| number_slots!(@call vm, a, $owner, $kind $(($arg))?); )* }
    };
    (@call $vm:ident, $a:ident, $owner:ident, bin($op:expr)) => { binary($vm, $a, $op, Owner::$owner, false) };
    (@call $vm:ident, $a:ident, $owner:ident, rbin($op:expr)) => { binary($vm, $a, $op, Owner::$owner, true) };
    (@call $vm:ident, $a:ident, $owner:ident, cmp($op:expr)) => { compare($vm, $a, $op, Owner::$owner) };
    (@call $vm:ident, $a:ident, $owner:ident, un($op:expr)) => { unary($vm, $a, $op, Owner::$owner) };
    (@call $vm:ident, $a:ident, $owner:ident, divmod) => { divmod($vm, $a, Owner::$owner, false) };
    (@call $vm:ident, $a:ident, $owner:ident, rdivmod) => { divmod($vm, $a, Owner::$owner, true) };
    (@call $vm:ident, $a:ident, $owner:ident, pow) => { power($vm, $a, Owner::$owner, false) };
    (@call $vm:ident, $a:ident, $owner:ident, rpow) => { power($vm, $a, Owner::$owner, true) };
    (@call $vm:ident, $a:ident, $owner:ident, abs) => { abs($vm, $a, Owner::$owner) };
    (@call $vm:ident, $a:ident, $owner:ident, truth) => { truth($vm, $a, Owner::$owner) };
    (@call $vm:ident, $a:ident, $owner:ident, hash) => { hash($vm, $a, Owner::$owner) };
    (@call $vm:ident, $a:ident, $owner:ident, repr) => { repr($vm, $a, Owner::$owner) };
    (@call $vm:ident, $a:ident, $owner:ident, int) => { to_int($vm, $a, Owner::$owner) };
    (@call $vm:ident, $a:ident, $owner:ident, float) => { to_float($vm, $a, Owner::$owner) };
}

number_slots! { Int:
    int_add => bin(NbOp::Add); int_radd => rbin(NbOp::Add);
    int_sub => bin(NbOp::Subtract); int_rsub => rbin(NbOp::Subtract);
    int_mul => bin(NbOp::Multiply); int_rmul => rbin(NbOp::Multiply);
    int_mod => bin(NbOp::Remainder); int_rmod => rbin(NbOp::Remainder);
    int_floordiv => bin(NbOp::FloorDivide); int_rfloordiv => rbin(NbOp::FloorDivide);
    int_truediv => bin(NbOp::TrueDivide); int_rtruediv => rbin(NbOp::TrueDivide);
    int_lshift => bin(NbOp::Lshift); int_rlshift => rbin(NbOp::Lshift);
    int_rshift => bin(NbOp::Rshift); int_rrshift => rbin(NbOp::Rshift);
    int_and => bin(NbOp::And); int_rand => rbin(NbOp::And);
    int_or => bin(NbOp::Or); int_ror => rbin(NbOp::Or);
    int_xor => bin(NbOp::Xor); int_rxor => rbin(NbOp::Xor);
    int_divmod => divmod; int_rdivmod => rdivmod;
    int_pow => pow; int_rpow => rpow;
    int_lt => cmp(Comparison::Lt); int_le => cmp(Comparison::Le);
    int_eq => cmp(Comparison::Eq); int_ne => cmp(Comparison::Ne);
    int_gt => cmp(Comparison::Gt); int_ge => cmp(Comparison::Ge);
    int_neg => un(Opcode::UnaryNegative); int_pos => un(Opcode::UnaryPositive);
    int_invert => un(Opcode::UnaryInvert);
    int_abs => abs; int_bool => truth; int_hash => hash; int_repr => repr;
    int_int => int; int_float => float;
}

number_slots! { Float:
    float_add => bin(NbOp::Add); float_radd => rbin(NbOp::Add);
    float_sub => bin(NbOp::Subtract); float_rsub => rbin(NbOp::Subtract);
    float_mul => bin(NbOp::Multiply); float_rmul => rbin(NbOp::Multiply);
    float_mod => bin(NbOp::Remainder); float_rmod => rbin(NbOp::Remainder);
    float_floordiv => bin(NbOp::FloorDivide); float_rfloordiv => rbin(NbOp::FloorDivide);
    float_truediv => bin(NbOp::TrueDivide); float_rtruediv => rbin(NbOp::TrueDivide);
    float_divmod => divmod; float_rdivmod => rdivmod;
    float_pow => pow; float_rpow => rpow;
    float_lt => cmp(Comparison::Lt); float_le => cmp(Comparison::Le);
    float_eq => cmp(Comparison::Eq); float_ne => cmp(Comparison::Ne);
    float_gt => cmp(Comparison::Gt); float_ge => cmp(Comparison::Ge);
    float_neg => un(Opcode::UnaryNegative); float_pos => un(Opcode::UnaryPositive);
    float_abs => abs; float_bool => truth; float_hash => hash; float_repr => repr;
    float_int => int; float_float => float;
}

number_slots! { Complex:
    complex_add => bin(NbOp::Add); complex_radd => rbin(NbOp::Add);
    complex_sub => bin(NbOp::Subtract); complex_rsub => rbin(NbOp::Subtract);
    complex_mul => bin(NbOp::Multiply); complex_rmul => rbin(NbOp::Multiply);
    complex_truediv => bin(NbOp::TrueDivide); complex_rtruediv => rbin(NbOp::TrueDivide);
    complex_pow => pow; complex_rpow => rpow;
    complex_eq => cmp(Comparison::Eq); complex_ne => cmp(Comparison::Ne);
    complex_neg => un(Opcode::UnaryNegative); complex_pos => un(Opcode::UnaryPositive);
    complex_hash => hash; complex_repr => repr;
}

slot_fns! {
    int_index => |vm, a| to_int(vm, a, Owner::Int);
    bool_repr => |vm, a| Ok(vm.new_str(if vm.is_true(&a.values[0])? { "True" } else { "False" }));
    bool_and => |vm, a| bool_bits(vm, a, NbOp::And, false);
    bool_rand => |vm, a| bool_bits(vm, a, NbOp::And, true);
    bool_or => |vm, a| bool_bits(vm, a, NbOp::Or, false);
    bool_ror => |vm, a| bool_bits(vm, a, NbOp::Or, true);
    bool_xor => |vm, a| bool_bits(vm, a, NbOp::Xor, false);
    bool_rxor => |vm, a| bool_bits(vm, a, NbOp::Xor, true);
    none_repr => |vm, _a| Ok(vm.new_str("None"));
    none_bool => |_vm, _a| Ok(Value::FALSE);
    unordered => |_vm, _a| Ok(Value::NOT_IMPLEMENTED);
}

/// `bool & bool` (and `|`, `^`) is a bool; with any other int it is `int`'s operation.
fn bool_bits(vm: &Vm, args: Args<'_>, op: NbOp, reflected: bool) -> PyResult<Value> {
    let a = args.values;
    let is_bool = |v: &Value| {
        matches!(
            v.as_immediate(),
            Some(crate::value::Immediate::True | crate::value::Immediate::False)
        )
    };
    if is_bool(&a[0]) && is_bool(&a[1]) {
        let r = vm.binary_op(&a[0], &a[1], op)?;
        return Ok(Value::bool(vm.is_true(&r)?));
    }
    binary(vm, args, op, Owner::Int, reflected)
}

method_table!(INT_SLOTS, Method, {
    "__add__" => int_add, "", ""; "__radd__" => int_radd, "", "";
    "__sub__" => int_sub, "", ""; "__rsub__" => int_rsub, "", "";
    "__mul__" => int_mul, "", ""; "__rmul__" => int_rmul, "", "";
    "__mod__" => int_mod, "", ""; "__rmod__" => int_rmod, "", "";
    "__floordiv__" => int_floordiv, "", ""; "__rfloordiv__" => int_rfloordiv, "", "";
    "__truediv__" => int_truediv, "", ""; "__rtruediv__" => int_rtruediv, "", "";
    "__lshift__" => int_lshift, "", ""; "__rlshift__" => int_rlshift, "", "";
    "__rshift__" => int_rshift, "", ""; "__rrshift__" => int_rrshift, "", "";
    "__and__" => int_and, "", ""; "__rand__" => int_rand, "", "";
    "__or__" => int_or, "", ""; "__ror__" => int_ror, "", "";
    "__xor__" => int_xor, "", ""; "__rxor__" => int_rxor, "", "";
    "__divmod__" => int_divmod, "", ""; "__rdivmod__" => int_rdivmod, "", "";
    "__pow__" => int_pow, "", ""; "__rpow__" => int_rpow, "", "";
    "__lt__" => int_lt, "", ""; "__le__" => int_le, "", "";
    "__eq__" => int_eq, "", ""; "__ne__" => int_ne, "", "";
    "__gt__" => int_gt, "", ""; "__ge__" => int_ge, "", "";
    "__neg__" => int_neg, "", ""; "__pos__" => int_pos, "", "";
    "__invert__" => int_invert, "", ""; "__abs__" => int_abs, "", "";
    "__bool__" => int_bool, "", ""; "__hash__" => int_hash, "", "";
    "__repr__" => int_repr, "", ""; "__int__" => int_int, "", "";
    "__float__" => int_float, "", ""; "__index__" => int_index, "", "";
});

method_table!(FLOAT_SLOTS, Method, {
    "__add__" => float_add, "", ""; "__radd__" => float_radd, "", "";
    "__sub__" => float_sub, "", ""; "__rsub__" => float_rsub, "", "";
    "__mul__" => float_mul, "", ""; "__rmul__" => float_rmul, "", "";
    "__mod__" => float_mod, "", ""; "__rmod__" => float_rmod, "", "";
    "__floordiv__" => float_floordiv, "", ""; "__rfloordiv__" => float_rfloordiv, "", "";
    "__truediv__" => float_truediv, "", ""; "__rtruediv__" => float_rtruediv, "", "";
    "__divmod__" => float_divmod, "", ""; "__rdivmod__" => float_rdivmod, "", "";
    "__pow__" => float_pow, "", ""; "__rpow__" => float_rpow, "", "";
    "__lt__" => float_lt, "", ""; "__le__" => float_le, "", "";
    "__eq__" => float_eq, "", ""; "__ne__" => float_ne, "", "";
    "__gt__" => float_gt, "", ""; "__ge__" => float_ge, "", "";
    "__neg__" => float_neg, "", ""; "__pos__" => float_pos, "", "";
    "__abs__" => float_abs, "", ""; "__bool__" => float_bool, "", "";
    "__hash__" => float_hash, "", ""; "__repr__" => float_repr, "", "";
    "__int__" => float_int, "", ""; "__float__" => float_float, "", "";
});

method_table!(COMPLEX_SLOTS, Method, {
    "__add__" => complex_add, "", ""; "__radd__" => complex_radd, "", "";
    "__sub__" => complex_sub, "", ""; "__rsub__" => complex_rsub, "", "";
    "__mul__" => complex_mul, "", ""; "__rmul__" => complex_rmul, "", "";
    "__truediv__" => complex_truediv, "", ""; "__rtruediv__" => complex_rtruediv, "", "";
    "__pow__" => complex_pow, "", ""; "__rpow__" => complex_rpow, "", "";
    "__lt__" => unordered, "", ""; "__le__" => unordered, "", "";
    "__eq__" => complex_eq, "", ""; "__ne__" => complex_ne, "", "";
    "__gt__" => unordered, "", ""; "__ge__" => unordered, "", "";
    "__neg__" => complex_neg, "", ""; "__pos__" => complex_pos, "", "";
    "__hash__" => complex_hash, "", ""; "__repr__" => complex_repr, "", "";
});

method_table!(BOOL_SLOTS, Method, {
    "__repr__" => bool_repr, "", "";
    "__and__" => bool_and, "", ""; "__rand__" => bool_rand, "", "";
    "__or__" => bool_or, "", ""; "__ror__" => bool_ror, "", "";
    "__xor__" => bool_xor, "", ""; "__rxor__" => bool_rxor, "", "";
});

method_table!(NONE_SLOTS, Method, {
    "__repr__" => none_repr, "", ""; "__bool__" => none_bool, "", "";
});

/// Installs the tables.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    install_methods(vm, &t.int, INT_SLOTS);
    install_methods(vm, &t.float, FLOAT_SLOTS);
    install_methods(vm, &t.complex, COMPLEX_SLOTS);
    install_methods(vm, &t.bool_, BOOL_SLOTS);
    install_methods(vm, &t.none_type, NONE_SLOTS);
}
