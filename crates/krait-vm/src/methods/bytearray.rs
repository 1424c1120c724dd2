//! The `bytearray` type's constructor, item and slice assignment and deletion, in-place
//! operators and mutators (CPython's Objects/bytearrayobject.c); the read-only methods are
//! shared with `bytes` (methods/bytes.rs, methods/bytes_text.rs).

use super::bytes::{self as b, b_mod, b_rmod, byte_value, from_source};
use super::bytes::{
    b_add, b_contains, b_eq, b_ge, b_gt, b_iter, b_le, b_lt, b_mul, b_ne, b_reversed, decode, hex,
    maketrans,
};
use super::bytes_text::bytes_of;
use crate::error::PyResult;
use crate::native::{install_methods, method_table, new_def, Args};
use crate::objects::bytearray::{new_bytearray, ByteArrayData};
use crate::objects::slice::SliceData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;

new_def!(
    BYTEARRAY_NEW,
    bytearray_new,
    "(type, source=b'', encoding=None, errors=None)",
    "Create and return a new bytearray object."
);

method_table!(
    /// The methods of `bytearray`.
    METHODS,
    Method,
    {
    "__len__" => len, "($self, /)", "Return len(self).";
    "__getitem__" => getitem, "($self, key, /)", "Return self[key].";
    "__setitem__" => setitem, "($self, key, value, /)", "Set self[key] to value.";
    "__delitem__" => delitem, "($self, key, /)", "Delete self[key].";
    "__iter__" => b_iter, "($self, /)", "Implement iter(self).";
    "__reversed__" => b_reversed, "($self, /)", "Return a reverse iterator.";
    "__contains__" => b_contains, "($self, key, /)", "Return key in self.";
    "__add__" => b_add, "($self, value, /)", "Return self+value.";
    "__iadd__" => iadd, "($self, value, /)", "Implement self+=value.";
    "__mul__" => b_mul, "($self, value, /)", "Return self*value.";
    "__rmul__" => b_mul, "($self, value, /)", "Return value*self.";
    "__mod__" => b_mod, "($self, value, /)", "Return self%value.";
    "__rmod__" => b_rmod, "($self, value, /)", "Return value%self.";
    "__imul__" => imul, "($self, value, /)", "Implement self*=value.";
    "__eq__" => b_eq, "($self, value, /)", "Return self==value.";
    "__ne__" => b_ne, "($self, value, /)", "Return self!=value.";
    "__lt__" => b_lt, "($self, value, /)", "Return self<value.";
    "__le__" => b_le, "($self, value, /)", "Return self<=value.";
    "__gt__" => b_gt, "($self, value, /)", "Return self>value.";
    "__ge__" => b_ge, "($self, value, /)", "Return self>=value.";
    "__repr__" => repr, "($self, /)", "Return repr(self).";
    "__str__" => repr, "($self, /)", "Return str(self).";
    "decode" => decode, "($self, /, encoding='utf-8', errors='strict')", "Decode the bytearray using the codec registered for encoding.";
    "hex" => hex, "($self, sep=<unrepresentable>, bytes_per_sep=1, /)", "Create a string of hexadecimal numbers from a bytearray object.";
    "append" => append, "($self, item, /)", "Append a single item to the end of the bytearray.";
    "extend" => extend, "($self, iterable_of_ints, /)", "Append all the items from the iterator or sequence to the end of the bytearray.";
    "insert" => insert, "($self, index, item, /)", "Insert a single item into the bytearray before the given index.";
    "pop" => pop, "($self, index=-1, /)", "Remove and return a single item from B.";
    "remove" => remove, "($self, value, /)", "Remove the first occurrence of a value in the bytearray.";
    "clear" => clear, "($self, /)", "Remove all items from the bytearray.";
    "copy" => copy, "($self, /)", "Return a copy of B.";
    "reverse" => reverse, "($self, /)", "Reverse the order of the values in B in place.";
    }
);

method_table!(
    /// Class methods of `bytearray`.
    CLASS_METHODS,
    Class,
    {
    "fromhex" => fromhex, "($type, string, /)", "Create a bytearray object from a string of hexadecimal numbers.";
    }
);

method_table!(
    /// Static methods of `bytearray`.
    STATIC_METHODS,
    Static,
    {
    "maketrans" => maketrans, "(frm, to, /)", "Return a translation table usable for the bytes or bytearray translate method.";
    }
);

/// Installs `bytearray.__new__`, its methods and `__hash__ = None`.
pub fn install(vm: &Vm) {
    let t = &vm.types.bytearray;
    install_methods(vm, t, &BYTEARRAY_NEW);
    install_methods(vm, t, METHODS);
    install_methods(vm, t, CLASS_METHODS);
    install_methods(vm, t, STATIC_METHODS);
    install_methods(vm, t, super::bytes_text::METHODS);
    if let Some(td) = crate::vm::type_data(t) {
        // Start-up: the key is a fresh interned str.
        let _ = vm.dict_set_item(&td.dict(), vm.intern("__hash__"), Value::NONE);
        td.modified();
    }
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a ByteArrayData> {
    args.pos()
        .first()
        .and_then(payload::<ByteArrayData>)
        .ok_or_else(|| vm.type_error("descriptor requires a 'bytearray' object"))
}

fn bytearray_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 4 {
        return Err(vm.type_error(&format!(
            "bytearray() takes at most 3 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let (mut source, mut encoding, mut errors) = (
        pos.get(1).cloned().unwrap_or(Value::NULL),
        pos.get(2).cloned().unwrap_or(Value::NULL),
        pos.get(3).cloned().unwrap_or(Value::NULL),
    );
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "source" => source = v.clone(),
            "encoding" => encoding = v.clone(),
            "errors" => errors = v.clone(),
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for bytearray()"
                )))
            }
        }
    }
    let is_str = payload::<crate::objects::str::StrData>(&source).is_some();
    let data = if !encoding.is_null() || !errors.is_null() {
        if source.is_null() || !is_str {
            let msg = if encoding.is_null() {
                "errors without a string argument"
            } else {
                "encoding without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        let enc = if encoding.is_null() {
            vm.new_str("utf-8")
        } else {
            encoding
        };
        b::encode_str(vm, &source, &enc, &errors)?
    } else if source.is_null() {
        Vec::new()
    } else {
        from_source(vm, &source, "bytearray")?
    };
    let cls = &pos[0];
    if cls.is(&vm.types.bytearray) {
        return Ok(new_bytearray(vm, data));
    }
    let sub = crate::heap::Sub {
        base: ByteArrayData::new(data),
        attrs: crate::heap::InstanceAttrs::default(),
    };
    Ok(crate::heap::alloc(cls.to_obj(), sub).into_value())
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(me(vm, &args)?.bytes.borrow().len() as i64))
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "__getitem__", 2, 2)?;
    if payload::<SliceData>(&a[1]).is_some() {
        return b::b_getitem(vm, args);
    }
    let len = ba.bytes.borrow().len();
    let i = index_of(vm, &a[1], len)?;
    let byte = ba.bytes.borrow().get(i).copied().unwrap_or(0);
    Ok(vm.new_int(byte as i64))
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let data = me(vm, &args)?.bytes.borrow().clone();
    // CPython's bytearray_repr: like bytes, except that `'` is escaped even inside `"…"`.
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut inner = format!("b{quote}");
    for &c in &data {
        match c {
            b'\'' | b'\\' => {
                inner.push('\\');
                inner.push(c as char);
            }
            b'\t' => inner.push_str("\\t"),
            b'\n' => inner.push_str("\\n"),
            b'\r' => inner.push_str("\\r"),
            0x20..=0x7e => inner.push(c as char),
            _ => inner.push_str(&format!("\\x{c:02x}")),
        }
    }
    inner.push(quote);
    let name = vm.type_name(&args.pos()[0]);
    Ok(vm.new_str(&format!("{name}({inner})")))
}

/// The bytes to store from the right-hand side of a slice assignment.
fn assigned_bytes(vm: &Vm, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(v) = bytes_of(value) {
        return Ok(v);
    }
    if payload::<crate::objects::str::StrData>(value).is_some()
        || value.as_small_int().is_some()
        || vm.get_iter(value).is_err()
    {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    from_source(vm, value, "bytearray")
}

fn index_of(vm: &Vm, key: &Value, len: usize) -> PyResult<usize> {
    let Some(n) = vm.index_value(key)?.filter(|_| key.as_float().is_none()) else {
        return Err(vm.type_error(&format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let i = i64::try_from(n).unwrap_or(i64::MAX);
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_error(&vm.types.index_error, "bytearray index out of range"));
    }
    Ok(j as usize)
}

fn setitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "__setitem__", 3, 3)?;
    let (key, value) = (&a[1], &a[2]);
    let len = ba.bytes.borrow().len();
    if let Some(s) = payload::<SliceData>(key) {
        let data = assigned_bytes(vm, value)?;
        let (start, stop, step, count) = vm.slice_adjust(s, len)?;
        let mut v = ba.bytes.borrow_mut();
        if step == 1 {
            let start = (start as usize).min(v.len());
            let stop = (stop.max(start as i64) as usize).min(v.len());
            v.splice(start..stop, data);
            return Ok(Value::NONE);
        }
        if data.len() != count {
            return Err(vm.value_error(&format!(
                "attempt to assign bytes of size {} to extended slice of size {count}",
                data.len()
            )));
        }
        for (k, byte) in data.into_iter().enumerate() {
            v[(start + k as i64 * step) as usize] = byte;
        }
        return Ok(Value::NONE);
    }
    let i = index_of(vm, key, len)?;
    let byte = byte_value(vm, value, "byte must be in range(0, 256)")?;
    if let Some(slot) = ba.bytes.borrow_mut().get_mut(i) {
        *slot = byte;
    }
    Ok(Value::NONE)
}

fn delitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "__delitem__", 2, 2)?;
    let len = ba.bytes.borrow().len();
    if let Some(s) = payload::<SliceData>(&a[1]) {
        let (start, step, count) = vm.slice_indices(s, len)?;
        let mut doomed = vec![false; len];
        for k in 0..count as i64 {
            doomed[(start + k * step) as usize] = true;
        }
        let mut v = ba.bytes.borrow_mut();
        let kept: Vec<u8> = v
            .iter()
            .zip(&doomed)
            .filter(|(_, &d)| !d)
            .map(|(&c, _)| c)
            .collect();
        *v = kept;
        return Ok(Value::NONE);
    }
    let i = index_of(vm, &a[1], len)?;
    ba.bytes.borrow_mut().remove(i);
    Ok(Value::NONE)
}

fn iadd(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "__iadd__", 2, 2)?;
    let Some(extra) = bytes_of(&a[1]) else {
        return Err(vm.type_error(&format!(
            "can't concat {} to bytearray",
            vm.type_name(&a[1])
        )));
    };
    ba.bytes.borrow_mut().extend_from_slice(&extra);
    Ok(a[0].clone())
}

fn imul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "__imul__", 2, 2)?;
    let Some(n) = b::repeat_count(vm, &a[1])? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let rep = ba.bytes.borrow().repeat(n);
    *ba.bytes.borrow_mut() = rep;
    Ok(a[0].clone())
}

fn append(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "append", 2, 2)?;
    let byte = byte_value(vm, &a[1], "byte must be in range(0, 256)")?;
    ba.bytes.borrow_mut().push(byte);
    Ok(Value::NONE)
}

fn extend(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "extend", 2, 2)?;
    let data = if let Some(v) = bytes_of(&a[1]) {
        v
    } else if payload::<crate::objects::str::StrData>(&a[1]).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    } else {
        let it = vm.get_iter(&a[1]).map_err(|_| {
            vm.type_error(&format!(
                "can't extend bytearray with {}",
                vm.type_name(&a[1])
            ))
        })?;
        let mut out = Vec::new();
        while let Some(v) = vm.next(&it)? {
            out.push(byte_value(vm, &v, "byte must be in range(0, 256)")?);
        }
        out
    };
    ba.bytes.borrow_mut().extend_from_slice(&data);
    Ok(Value::NONE)
}

fn insert(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "insert", 3, 3)?;
    let i = vm.slice_bound(&a[1])?.unwrap_or(0);
    let byte = byte_value(vm, &a[2], "byte must be in range(0, 256)")?;
    let mut v = ba.bytes.borrow_mut();
    let len = v.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    v.insert(at as usize, byte);
    Ok(Value::NONE)
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "pop", 1, 2)?;
    let i = match a.get(1) {
        Some(v) => vm.slice_bound(v)?.unwrap_or(-1),
        None => -1,
    };
    let mut v = ba.bytes.borrow_mut();
    if v.is_empty() {
        return Err(vm.new_error(&vm.types.index_error, "pop from empty bytearray"));
    }
    let len = v.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.new_error(&vm.types.index_error, "pop index out of range"));
    }
    let byte = v.remove(j as usize);
    Ok(vm.new_int(byte as i64))
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ba = me(vm, &args)?;
    let a = args.positional_range(vm, "remove", 2, 2)?;
    let byte = byte_value(vm, &a[1], "byte must be in range(0, 256)")?;
    let mut v = ba.bytes.borrow_mut();
    match v.iter().position(|&c| c == byte) {
        Some(i) => {
            v.remove(i);
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me(vm, &args)?.bytes.borrow_mut().clear();
    Ok(Value::NONE)
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let data = me(vm, &args)?.bytes.borrow().clone();
    Ok(new_bytearray(vm, data))
}

fn reverse(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me(vm, &args)?.bytes.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn fromhex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "fromhex", 2, 2)?;
    let data = b::parse_hex(vm, &a[1])?;
    let v = new_bytearray(vm, data);
    if a[0].is(&vm.types.bytearray) {
        Ok(v)
    } else {
        vm.call(&a[0], &[v], &[])
    }
}
