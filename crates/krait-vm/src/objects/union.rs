//! `types.UnionType` (PEP 604; CPython's Objects/unionobject.c): what `int | str` and
//! `list[int] | None` make. Arguments are flattened and deduplicated, `None` stands for
//! `type(None)`, and `isinstance`/`issubclass` accept a union of plain classes.
//!
//! Not yet: substituting type variables (`(T | int)[str]`).

use crate::error::PyResult;
use crate::heap::{self, InstanceAttrs, Sub};
use crate::layouts::Kind;
use crate::native::{install_methods, method_table, Args};
use crate::objects::object::ObjectData;
use crate::types::{flags, TypeData};
use crate::value::Value;
use crate::vm::{type_data, Vm};

method_table!(
    /// The methods of `types.UnionType`.
    METHODS,
    Method,
    {
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    "__eq__" => eq, "($self, value, /)", "Return self==value.";
    "__hash__" => hash, "($self, /)", "Return hash(self).";
    "__or__" => or, "($self, value, /)", "Return self|value.";
    "__ror__" => ror, "($self, value, /)", "Return value|self.";
    "__instancecheck__" => instancecheck, "($self, obj, /)", "Check if an object is an instance.";
    "__subclasscheck__" => subclasscheck, "($self, cls, /)", "Check if a class is a subclass.";
    }
);

method_table!(
    /// `type.__or__` and `type.__ror__`.
    TYPE_OR,
    Method,
    {
    "__or__" => or, "($self, value, /)", "Return self|value.";
    "__ror__" => ror, "($self, value, /)", "Return value|self.";
    }
);

/// The `types.UnionType` type (made on first use).
pub fn union_type(vm: &Vm) -> Value {
    let key = vm.intern("UnionType");
    if let Ok(Some(t)) = vm.dict_get_item(&vm.internal_types(), &key) {
        return t;
    }
    let dict = vm.new_dict();
    let _ = vm.dict_set_item(&dict, vm.intern("__module__"), vm.new_str("types"));
    let _ = vm.dict_set_item(
        &dict,
        vm.intern("__doc__"),
        vm.new_str("Represent a PEP 604 union type\n\nE.g. for int | str"),
    );
    let td = TypeData::new(
        "UnionType",
        "UnionType",
        dict,
        flags::IMMUTABLETYPE | flags::HEAPTYPE,
        Kind::ObjectSub,
    );
    *td.bases.borrow_mut() = vec![vm.types.object.clone()];
    let ty = heap::alloc(vm.types.type_.to_obj(), td).into_value();
    if let Some(t) = type_data(&ty) {
        *t.mro.borrow_mut() = vec![ty.clone(), vm.types.object.clone()];
    }
    install_methods(vm, &ty, METHODS);
    let _ = vm.dict_set_item(&vm.internal_types(), key, ty.clone());
    ty
}

/// Installs `type.__or__`/`__ror__` and the alias's.
pub fn install(vm: &Vm) {
    install_methods(vm, &vm.types.type_, TYPE_OR);
    install_methods(vm, &super::generic_alias::generic_alias_type(vm), TYPE_OR);
}

/// Whether `v` may be an argument of a union (CPython's `is_unionable`).
fn unionable(vm: &Vm, v: &Value) -> bool {
    v.is_none()
        || type_data(v).is_some()
        || vm.is_instance_of(v, &super::generic_alias::generic_alias_type(vm))
        || vm.is_instance_of(v, &union_type(vm))
}

/// The members a union of `v` contributes: its arguments if it is a union, else itself.
fn members(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    if vm.is_instance_of(v, &union_type(vm)) {
        return Ok(vm.tuple_items(&args_of(vm, v)?).unwrap_or_default());
    }
    Ok(vec![if v.is_none() {
        vm.type_of(&Value::NONE)
    } else {
        v.clone()
    }])
}

fn args_of(vm: &Vm, u: &Value) -> PyResult<Value> {
    vm.get_attr(u, &vm.intern("__args__"))
}

/// `a | b`: a union, or `a` itself when everything is the same class.
fn make_union(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let mut items: Vec<Value> = Vec::new();
    for m in members(vm, a)?.into_iter().chain(members(vm, b)?) {
        let mut dup = false;
        for i in &items {
            // Classes by identity; aliases by equality (CPython's `dedup_and_flatten_args`).
            let same = i.is(&m)
                || (type_data(i).is_none()
                    && type_data(&m).is_none()
                    && vm.is_true(&vm.rich_compare(
                        i,
                        &m,
                        krait_bytecode::opcode::Comparison::Eq,
                    )?)?);
            if same {
                dup = true;
                break;
            }
        }
        if !dup {
            items.push(m);
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or(Value::NONE));
    }
    let data = Sub {
        base: ObjectData,
        attrs: InstanceAttrs::default(),
    };
    let u = heap::alloc(union_type(vm).to_obj(), data).into_value();
    let params: Vec<Value> = {
        let mut ps: Vec<Value> = Vec::new();
        for i in &items {
            if type_data(i).is_some() {
                continue;
            }
            if let Some(p) = vm.get_attr_opt(i, "__parameters__")? {
                for x in vm.tuple_items(&p).unwrap_or_default() {
                    if !ps.iter().any(|y| y.is(&x)) {
                        ps.push(x);
                    }
                }
            } else if vm.lookup_special(i, "__typing_subst__")?.is_some()
                && !ps.iter().any(|y| y.is(i))
            {
                ps.push(i.clone());
            }
        }
        ps
    };
    vm.set_attr(&u, &vm.intern("__args__"), vm.new_tuple(items))?;
    vm.set_attr(&u, &vm.intern("__parameters__"), vm.new_tuple(params))?;
    Ok(u)
}

fn or(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__or__", 2, 2)?;
    if !unionable(vm, &a[0]) || !unionable(vm, &a[1]) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    make_union(vm, &a[0], &a[1])
}

fn ror(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__ror__", 2, 2)?;
    if !unionable(vm, &a[0]) || !unionable(vm, &a[1]) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    make_union(vm, &a[1], &a[0])
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__repr__", 1, 1)?;
    let none_type = vm.type_of(&Value::NONE);
    let mut parts = Vec::new();
    for m in vm.tuple_items(&args_of(vm, &a[0])?).unwrap_or_default() {
        parts.push(if m.is(&none_type) {
            "None".to_owned()
        } else if let Some(t) = type_data(&m) {
            let module = vm
                .get_attr_opt(&m, "__module__")?
                .map(|v| vm.str_of(&v))
                .unwrap_or_default();
            let q = t.qualname.borrow().clone();
            if module == "builtins" {
                q
            } else {
                format!("{module}.{q}")
            }
        } else {
            vm.repr_string(&m)?
        });
    }
    Ok(vm.new_str(&parts.join(" | ")))
}

fn eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__eq__", 2, 2)?;
    if !vm.is_instance_of(&a[1], &union_type(vm)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let set =
        |u: &Value| -> PyResult<Value> { vm.call(&vm.types.frozenset, &[args_of(vm, u)?], &[]) };
    vm.rich_compare(
        &set(&a[0])?,
        &set(&a[1])?,
        krait_bytecode::opcode::Comparison::Eq,
    )
}

fn hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__hash__", 1, 1)?;
    let s = vm.call(&vm.types.frozenset, &[args_of(vm, &a[0])?], &[])?;
    Ok(vm.new_int(vm.hash(&s)?))
}

/// The union's members for `isinstance`/`issubclass`, which must all be plain classes.
fn check_members(vm: &Vm, u: &Value, what: &str) -> PyResult<Vec<Value>> {
    let items = vm.tuple_items(&args_of(vm, u)?).unwrap_or_default();
    if items.iter().any(|m| type_data(m).is_none()) {
        return Err(vm.type_error(&format!(
            "{what}() argument 2 cannot contain a parameterized generic"
        )));
    }
    Ok(items)
}

fn instancecheck(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__instancecheck__", 2, 2)?;
    for m in check_members(vm, &a[0], "isinstance")? {
        if vm.is_instance_of(&a[1], &m) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn subclasscheck(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__subclasscheck__", 2, 2)?;
    for m in check_members(vm, &a[0], "issubclass")? {
        if type_data(&a[1]).is_some() && vm.is_subclass(&a[1], &m) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}
