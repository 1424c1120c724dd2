//! The decoder and encoder of a `TextIOWrapper` seen uniformly: the native codecs' state, or a
//! registry codec's incremental decoder (with the newline state kept natively), as CPython's
//! `decoder.decode/getstate/setstate/reset` that `read`, `tell` and `seek` use.

use super::textio::TextIo;
use super::util::index_i64;
use krait_vm::{PyResult, Value, Vm};

/// Decodes `input` with the stream's decoder (native, or the registry codec's incremental
/// decoder followed by the newline state).
pub(super) fn decode(vm: &Vm, t: &TextIo, input: &[u8], final_: bool) -> PyResult<Vec<u32>> {
    let py = t.py_decoder.get();
    if !py.is_null() {
        let f = vm.get_attr(&py, &vm.intern("decode"))?;
        let r = vm.call(
            &f,
            &[vm.new_bytes(input.to_vec()), Value::bool(final_)],
            &[vm.intern("final")],
        )?;
        let Some(out) = super::util::str_cps(&r) else {
            return Err(vm.type_error(&format!(
                "decoder should return a string result, not '{}'",
                vm.type_name(&r)
            )));
        };
        let mut st = t.st.borrow_mut();
        return Ok(match st.dec.as_mut().and_then(|d| d.nl.as_mut()) {
            Some(nl) => nl.process(out, final_),
            None => out,
        });
    }
    let mut st = t.st.borrow_mut();
    let codec = st.codec.unwrap_or(super::textcodec::Codec::Utf8);
    let errors = st.errors.clone();
    let Some(dec) = st.dec.as_mut() else {
        return Ok(Vec::new());
    };
    dec.decode(vm, codec, &errors, input, final_)
}

/// The decoder's `(pending bytes, flags)`, as CPython's `decoder.getstate()`.
pub(super) fn dec_getstate(vm: &Vm, t: &TextIo) -> PyResult<(Vec<u8>, u64)> {
    let py = t.py_decoder.get();
    let (native, nl) = {
        let st = t.st.borrow();
        let d = st.dec.as_ref();
        (d.map(|d| d.getstate()), d.and_then(|d| d.nl))
    };
    if py.is_null() {
        return Ok(native.unwrap_or_default());
    }
    let r = vm.call_method(&py, "getstate", &[])?;
    let items = vm
        .tuple_items(&r)
        .filter(|t| t.len() == 2)
        .ok_or_else(|| vm.type_error("illegal decoder state"))?;
    let buf = super::util::bytes_like(&items[0]).unwrap_or_default();
    let flag = index_i64(vm, &items[1])? as u64;
    Ok(match nl {
        Some(n) => (buf, (flag << 1) | u64::from(n.pendingcr)),
        None => (buf, flag),
    })
}

/// `decoder.setstate((pending, flags))`.
pub(super) fn dec_setstate(vm: &Vm, t: &TextIo, pending: Vec<u8>, flags: u64) -> PyResult<()> {
    let py = t.py_decoder.get();
    let has_nl = {
        let mut st = t.st.borrow_mut();
        match st.dec.as_mut() {
            Some(d) if py.is_null() => {
                d.setstate(pending.clone(), flags);
                return Ok(());
            }
            Some(d) => {
                if let Some(nl) = &mut d.nl {
                    nl.pendingcr = flags & 1 != 0;
                }
                d.nl.is_some()
            }
            None => return Ok(()),
        }
    };
    let inner = if has_nl { flags >> 1 } else { flags };
    let state = vm.new_tuple(vec![vm.new_bytes(pending), vm.new_int(inner as i64)]);
    vm.call_method(&py, "setstate", &[state])?;
    Ok(())
}

/// `decoder.reset()`.
pub(super) fn dec_reset(vm: &Vm, t: &TextIo) -> PyResult<()> {
    if let Some(d) = &mut t.st.borrow_mut().dec {
        d.reset();
    }
    let py = t.py_decoder.get();
    if !py.is_null() {
        vm.call_method(&py, "reset", &[])?;
    }
    Ok(())
}

/// After a seek: a registry encoder starts over (emitting a BOM again) only at the start of the
/// stream (CPython's `_textiowrapper_encoder_reset`).
pub(super) fn encoder_at(vm: &Vm, t: &TextIo, start: bool) -> PyResult<()> {
    let enc = t.py_encoder.get();
    if enc.is_null() {
        return Ok(());
    }
    if start {
        vm.call_method(&enc, "reset", &[])?;
    } else {
        vm.call_method(&enc, "setstate", &[vm.new_int(0)])?;
    }
    Ok(())
}
