//! The built-in codec error handlers as the functions `codecs.lookup_error` returns
//! (`strict_errors`, `ignore_errors`, …), each taking a `UnicodeEncodeError` or
//! `UnicodeDecodeError` and returning `(replacement, position)` as CPython's.

use super::errors;
use crate::io_util::{bytes_like, str_cps};
use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};

method_table!(
    /// The built-in error handlers, as `lookup_error` returns them.
    HANDLERS,
    Static,
    {
    "strict_errors" => handler_strict, "($module, exc, /)", "Implements the 'strict' error handling, which raises a UnicodeError on coding errors.";
    "ignore_errors" => handler_ignore, "($module, exc, /)", "Implements the 'ignore' error handling, which ignores malformed data and continues.";
    "replace_errors" => handler_replace, "($module, exc, /)", "Implements the 'replace' error handling, which replaces malformed data with a replacement marker.";
    "backslashreplace_errors" => handler_backslash, "($module, exc, /)", "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence.";
    "xmlcharrefreplace_errors" => handler_xml, "($module, exc, /)", "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference.";
    "namereplace_errors" => handler_name, "($module, exc, /)", "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence.";
    "surrogateescape" => handler_surrogateescape, "($module, exc, /)", "";
    "surrogatepass" => handler_surrogatepass, "($module, exc, /)", "";
    }
);

/// The exception argument of a handler, with its kind (true: encode error) and fields.
struct HandlerExc {
    exc: Value,
    encode: bool,
    start: usize,
    end: usize,
}

fn handler_exc(vm: &Vm, args: &Args<'_>) -> PyResult<HandlerExc> {
    let a = crate::convert::positional(vm, args, "handler", "handler", 1, 1)?;
    let exc = a[0].clone();
    let encode = vm.is_instance_of(&exc, &vm.types.unicode_encode_error);
    let decode = vm.is_instance_of(&exc, &vm.types.unicode_decode_error);
    if !encode && !decode {
        return Err(vm.type_error(&format!(
            "don't know how to handle {} in error callback",
            vm.type_name(&exc)
        )));
    }
    let field = |k: &str| -> PyResult<usize> {
        let v = vm.get_attr(&exc, &vm.intern(k))?;
        Ok(crate::io_util::index_i64(vm, &v)?.max(0) as usize)
    };
    Ok(HandlerExc {
        start: field("start")?,
        end: field("end")?,
        exc,
        encode,
    })
}

fn handler_result(vm: &Vm, text: &str, end: usize) -> Value {
    vm.new_tuple(vec![vm.new_str(text), vm.new_int(end as i64)])
}

fn bad_text(vm: &Vm, h: &HandlerExc) -> PyResult<Vec<u32>> {
    let obj = vm.get_attr(&h.exc, &vm.intern("object"))?;
    let t = str_cps(&obj).unwrap_or_default();
    Ok(t[h.start.min(t.len())..h.end.min(t.len())].to_vec())
}

fn handler_strict(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "strict_errors", "strict_errors", 1, 1)?;
    Err(vm.make_raisable(a[0].clone(), None)?)
}

fn handler_ignore(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handler_exc(vm, &args)?;
    Ok(handler_result(vm, "", h.end))
}

fn handler_replace(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handler_exc(vm, &args)?;
    let text = if h.encode {
        "?".repeat(h.end.saturating_sub(h.start))
    } else {
        "\u{FFFD}".to_owned()
    };
    Ok(handler_result(vm, &text, h.end))
}

fn handler_backslash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handler_exc(vm, &args)?;
    let text: String = if h.encode {
        bad_text(vm, &h)?
            .iter()
            .map(|&c| errors::backslash(c))
            .collect()
    } else {
        let obj = vm.get_attr(&h.exc, &vm.intern("object"))?;
        let b = bytes_like(&obj).unwrap_or_default();
        b[h.start.min(b.len())..h.end.min(b.len())]
            .iter()
            .map(|c| format!("\\x{c:02x}"))
            .collect()
    };
    Ok(handler_result(vm, &text, h.end))
}

/// A handler that only handles encode errors.
fn encode_only(vm: &Vm, args: &Args<'_>, f: &dyn Fn(u32) -> String) -> PyResult<Value> {
    let h = handler_exc(vm, args)?;
    if !h.encode {
        return Err(vm.type_error(&format!(
            "don't know how to handle {} in error callback",
            vm.type_name(&h.exc)
        )));
    }
    let text: String = bad_text(vm, &h)?.iter().map(|&c| f(c)).collect();
    Ok(handler_result(vm, &text, h.end))
}

fn handler_xml(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    encode_only(vm, &args, &|c| format!("&#{c};"))
}

fn handler_name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    encode_only(vm, &args, &|c| match krait_parser::unicode_names::name(
        c,
        krait_parser::unicode_names::Version::Current,
    ) {
        Some(n) => format!("\\N{{{n}}}"),
        None => errors::backslash(c),
    })
}

fn handler_surrogateescape(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handler_exc(vm, &args)?;
    if h.encode {
        let mut out = Vec::new();
        for c in bad_text(vm, &h)? {
            if !(0xDC80..=0xDCFF).contains(&c) {
                return Err(vm.make_raisable(h.exc.clone(), None)?);
            }
            out.push((c - 0xDC00) as u8);
        }
        return Ok(vm.new_tuple(vec![vm.new_bytes(out), vm.new_int(h.end as i64)]));
    }
    let obj = vm.get_attr(&h.exc, &vm.intern("object"))?;
    let b = bytes_like(&obj).unwrap_or_default();
    let mut out = Vec::new();
    for &c in &b[h.start.min(b.len())..h.end.min(b.len())] {
        if c < 0x80 {
            return Err(vm.make_raisable(h.exc.clone(), None)?);
        }
        out.push(0xDC00 + u32::from(c));
    }
    Ok(vm.new_tuple(vec![
        crate::io_util::new_str_cps(vm, &out),
        vm.new_int(h.end as i64),
    ]))
}

fn handler_surrogatepass(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handler_exc(vm, &args)?;
    Err(vm.make_raisable(h.exc, None)?)
}
