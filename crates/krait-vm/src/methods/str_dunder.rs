//! The special methods of `str` as named attributes (`str.__len__`, `"ab".__mul__(2)`,
//! `super().__mod__(…)` in a subclass), each delegating to the protocol the operators use.

use crate::error::PyResult;
use crate::native::{method_table, Args};
use crate::objects::str::StrData;
use crate::protocols::format::int_value;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::NbOp;

method_table!(
    /// Special methods of `str`.
    METHODS,
    Method,
    {
    "__len__" => len, "($self, /)", "Return len(self).";
    "__contains__" => contains, "($self, key, /)", "Return key in self.";
    "__getitem__" => getitem, "($self, key, /)", "Return self[key].";
    "__add__" => add, "($self, value, /)", "Return self+value.";
    "__mul__" => mul, "($self, value, /)", "Return self*value.";
    "__rmul__" => mul, "($self, value, /)", "Return value*self.";
    "__mod__" => mod_, "($self, value, /)", "Return self%value.";
    "__rmod__" => rmod, "($self, value, /)", "Return value%self.";
    "__iter__" => iter, "($self, /)", "Implement iter(self).";
    "__getnewargs__" => getnewargs, "($self, /)", "";
    }
);

/// `self` and the one argument of a binary special method.
fn two<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.no_kwargs(vm, name)?;
    let a = args.pos();
    if a.len() != 2 {
        return Err(vm.type_error(&format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    check_self(vm, &a[0], name)?;
    Ok(a)
}

/// Refuses a `self` that is not a `str`, with the message of CPython's slot wrappers.
fn check_self(vm: &Vm, v: &Value, name: &str) -> PyResult<()> {
    if payload::<StrData>(v).is_some() {
        return Ok(());
    }
    Err(vm.type_error(&format!(
        "descriptor '{name}' requires a 'str' object but received a '{}'",
        vm.type_name(v)
    )))
}

/// `self` of a special method taking no arguments.
fn one<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(vm, name)?;
    let a = args.pos();
    if a.len() != 1 {
        return Err(vm.type_error(&format!(
            "expected 0 arguments, got {}",
            a.len().saturating_sub(1)
        )));
    }
    check_self(vm, &a[0], name)?;
    Ok(&a[0])
}

fn exact_str(vm: &Vm, v: &Value) -> Value {
    if vm.type_of(v).is(&vm.types.str) {
        return v.clone();
    }
    let cps: Vec<u32> = payload::<StrData>(v)
        .map(|s| s.code_points().collect())
        .unwrap_or_default();
    vm.str_value(StrData::from_code_points(cps))
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = one(vm, &args, "__len__")?;
    Ok(vm.new_int(payload::<StrData>(s).map_or(0, StrData::len) as i64))
}

fn contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = two(vm, &args, "__contains__")?;
    Ok(Value::bool(vm.contains(&exact_str(vm, &a[0]), &a[1])?))
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = two(vm, &args, "__getitem__")?;
    vm.get_item(&exact_str(vm, &a[0]), &a[1])
}

fn add(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = two(vm, &args, "__add__")?;
    match (payload::<StrData>(&a[0]), payload::<StrData>(&a[1])) {
        (Some(x), Some(y)) => Ok(vm.str_value(x.concat(y))),
        _ => Err(vm.type_error(&format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&a[1])
        ))),
    }
}

fn mul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = two(vm, &args, "__mul__")?;
    if a[1].as_float().is_some() || int_value(&a[1]).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    vm.binary_op(&exact_str(vm, &a[0]), &a[1], NbOp::Multiply)
}

fn mod_(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = two(vm, &args, "__mod__")?;
    vm.percent_format(&a[0], &a[1])
}

fn rmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = two(vm, &args, "__rmod__")?;
    if payload::<StrData>(&a[1]).is_some() {
        return vm.percent_format(&a[1], &a[0]);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = one(vm, &args, "__iter__")?;
    vm.get_iter(&exact_str(vm, s))
}

fn getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = one(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![exact_str(vm, s)]))
}
