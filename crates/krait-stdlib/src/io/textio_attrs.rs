//! The attributes of `_io.TextIOWrapper` (`encoding`, `errors`, `buffer`, `closed`, `name`,
//! `newlines`, …), its `repr` and its refusal to be pickled.

use super::textio::{is_closed, me, ready};
use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};

method_table!(
    /// `repr` and pickling of `TextIOWrapper`.
    METHODS,
    Method,
    {
    "__repr__" => text_repr, "($self, /)", "Return repr(self).";
    "__getstate__" => text_getstate, "($self, /)", "";
    }
);

method_table!(
    /// The attributes of `TextIOWrapper`.
    GETTERS,
    Static,
    {
    "encoding" => get_encoding, "($self, /)", "";
    "errors" => get_errors, "($self, /)", "";
    "buffer" => get_buffer, "($self, /)", "";
    "line_buffering" => get_line_buffering, "($self, /)", "";
    "write_through" => get_write_through, "($self, /)", "";
    "closed" => get_closed, "($self, /)", "";
    "name" => get_name, "($self, /)", "";
    "newlines" => get_newlines, "($self, /)", "";
    "_CHUNK_SIZE" => get_chunk_size, "($self, /)", "";
    }
);

/// `repr()` of an attribute for the repr, or `None` if it is missing or raises ValueError.
fn attr_repr(vm: &Vm, v: &Value, name: &str) -> PyResult<Option<String>> {
    match vm.get_attr(v, &vm.intern(name)) {
        Ok(x) => Ok(Some(vm.repr_string(&x)?)),
        Err(e) => {
            let exc = e.exception_value();
            if vm.is_instance_of(&exc, &vm.types.attribute_error)
                || vm.is_instance_of(&exc, &vm.types.value_error)
            {
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

fn text_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, t) = ready(vm, &args)?;
    let mut text = String::from("<_io.TextIOWrapper");
    if let Some(n) = attr_repr(vm, v, "name")? {
        text.push_str(&format!(" name={n}"));
    }
    if let Some(m) = attr_repr(vm, v, "mode")? {
        text.push_str(&format!(" mode={m}"));
    }
    let enc = t.st.borrow().encoding.clone();
    text.push_str(&format!(
        " encoding={}>",
        vm.repr_string(&vm.new_str(&enc))?
    ));
    Ok(vm.new_str(&text))
}

fn text_getstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, _) = me(vm, &args)?;
    Err(vm.type_error(&format!("cannot pickle '{}' object", vm.type_name(v))))
}

fn get_encoding(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    let e = t.st.borrow().encoding.clone();
    Ok(vm.new_str(&e))
}

fn get_errors(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    let e = t.st.borrow().errors.clone();
    Ok(vm.new_str(&e))
}

fn get_buffer(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(ready(vm, &args)?.1.buffer.get())
}

fn get_line_buffering(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(ready(vm, &args)?.1.st.borrow().line_buffering))
}

fn get_write_through(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(ready(vm, &args)?.1.st.borrow().write_through))
}

fn get_closed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    Ok(Value::bool(is_closed(vm, t)?))
}

fn get_name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    vm.get_attr(&t.buffer.get(), &vm.intern("name"))
}

fn get_newlines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    let st = t.st.borrow();
    Ok(st
        .dec
        .as_ref()
        .and_then(|d| d.nl.as_ref())
        .map_or(Value::NONE, |n| n.newlines(vm)))
}

fn get_chunk_size(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    Ok(vm.new_int(t.st.borrow().chunk_size as i64))
}
