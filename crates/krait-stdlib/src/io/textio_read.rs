//! Reading a `TextIOWrapper` (CPython's textio.c): `read`, `readline`, iteration, and the
//! opaque `tell()` cookies (byte position, decoder flags, bytes to feed, characters to skip,
//! need-EOF) that `seek()` restores; plus `truncate` and `reconfigure`.

use super::stringio::find_line;
use super::textio::{check_closed, flush, ready, write_pending, TextIo};
use super::textio_dec::{dec_getstate, dec_reset, dec_setstate, decode, encoder_at};
use super::util::{index_i64, new_str_cps, size_arg, unsupported};
use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

method_table!(
    /// The reading methods of `TextIOWrapper`.
    METHODS,
    Method,
    {
    "read" => text_read, "($self, size=-1, /)", "";
    "readline" => text_readline, "($self, size=-1, /)", "";
    "__next__" => text_next, "($self, /)", "Implement next(self).";
    "tell" => text_tell, "($self, /)", "";
    "seek" => text_seek, "($self, cookie, whence=0, /)", "";
    "truncate" => text_truncate, "($self, pos=None, /)", "";
    "reconfigure" => text_reconfigure, "($self, /, *, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None)", "Reconfigure the text stream with new parameters.";
    }
);

/// Fails with "not readable" when the stream has no decoder.
fn check_readable(vm: &Vm, t: &TextIo) -> PyResult<()> {
    if t.st.borrow().dec.is_none() {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// Bytes returned by the buffer.
fn bytes_of(vm: &Vm, v: &Value, method: &str) -> PyResult<Vec<u8>> {
    super::util::bytes_like(v).ok_or_else(|| {
        vm.type_error(&format!(
            "underlying {method}() should have returned a bytes-like object, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Reads and decodes one chunk; false at end of file.
fn read_chunk(vm: &Vm, t: &TextIo) -> PyResult<bool> {
    check_readable(vm, t)?;
    let (telling, size, read1) = {
        let st = t.st.borrow();
        (st.telling, st.chunk_size, st.has_read1)
    };
    let snap_state = if telling {
        Some(dec_getstate(vm, t)?)
    } else {
        None
    };
    let method = if read1 { "read1" } else { "read" };
    let chunk = vm.call_method(&t.buffer.get(), method, &[vm.new_int(size as i64)])?;
    let input = bytes_of(vm, &chunk, method)?;
    let eof = input.is_empty();
    let decoded = decode(vm, t, &input, eof)?;
    let mut st = t.st.borrow_mut();
    st.decoded = decoded;
    st.decoded_pos = 0;
    if telling {
        if let Some((mut pending, flags)) = snap_state {
            pending.extend_from_slice(&input);
            st.snapshot = Some((flags, pending));
        }
    }
    Ok(!eof)
}

/// Takes up to `n` decoded characters (all if `None`).
fn take_decoded(t: &TextIo, n: Option<usize>) -> Vec<u32> {
    let mut st = t.st.borrow_mut();
    let start = st.decoded_pos.min(st.decoded.len());
    let end = n.map_or(st.decoded.len(), |n| (start + n).min(st.decoded.len()));
    let out = st.decoded[start..end].to_vec();
    st.decoded_pos = end;
    out
}

fn text_read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    let a = args.positional_range(vm, "read", 1, 2)?;
    let n = size_arg(vm, a.get(1))?;
    check_closed(vm, t)?;
    check_readable(vm, t)?;
    write_pending(vm, t)?;
    if n < 0 {
        let all = vm.call_method(&t.buffer.get(), "read", &[])?;
        let input = bytes_of(vm, &all, "read")?;
        let mut out = take_decoded(t, None);
        out.extend(decode(vm, t, &input, true)?);
        let mut st = t.st.borrow_mut();
        st.decoded.clear();
        st.decoded_pos = 0;
        st.snapshot = None;
        return Ok(new_str_cps(vm, &out));
    }
    let n = n as usize;
    let mut out = take_decoded(t, Some(n));
    while out.len() < n {
        if !read_chunk(vm, t)? {
            break;
        }
        out.extend(take_decoded(t, Some(n - out.len())));
    }
    Ok(new_str_cps(vm, &out))
}

/// One line (at most `limit` characters if non-negative).
fn readline(vm: &Vm, t: &TextIo, limit: i64) -> PyResult<Vec<u32>> {
    check_closed(vm, t)?;
    write_pending(vm, t)?;
    let (translate, universal, readnl) = {
        let st = t.st.borrow();
        (st.readtranslate, st.readuniversal, st.readnl.clone())
    };
    let mut chunks: Vec<u32> = Vec::new();
    let mut line = take_decoded(t, None);
    let endpos;
    loop {
        if let Some(k) = find_line(&line, translate, universal, readnl.as_deref()) {
            endpos = k;
            break;
        }
        if limit >= 0 && (chunks.len() + line.len()) as i64 >= limit {
            endpos = (limit as usize).saturating_sub(chunks.len());
            break;
        }
        chunks.extend_from_slice(&line);
        line.clear();
        let mut more = false;
        while read_chunk(vm, t)? {
            if !t.st.borrow().decoded.is_empty() {
                more = true;
                break;
            }
        }
        if !more {
            let mut st = t.st.borrow_mut();
            st.decoded.clear();
            st.decoded_pos = 0;
            st.snapshot = None;
            if limit >= 0 && chunks.len() as i64 > limit {
                chunks.truncate(limit as usize);
            }
            return Ok(chunks);
        }
        line = take_decoded(t, None);
    }
    let mut endpos = endpos;
    if limit >= 0 && (chunks.len() + endpos) as i64 > limit {
        endpos = (limit as usize).saturating_sub(chunks.len());
    }
    {
        let mut st = t.st.borrow_mut();
        st.decoded_pos -= line.len() - endpos;
    }
    chunks.extend_from_slice(&line[..endpos]);
    Ok(chunks)
}

fn text_readline(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    let a = args.positional_range(vm, "readline", 1, 2)?;
    let limit = match a.get(1) {
        None => -1,
        Some(v) => index_i64(vm, v)?,
    };
    check_closed(vm, t)?;
    check_readable(vm, t)?;
    Ok(new_str_cps(vm, &readline(vm, t, limit)?))
}

fn text_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, t) = ready(vm, &args)?;
    t.st.borrow_mut().telling = false;
    let exact = krait_vm::vm::type_data(&vm.type_of(v))
        .is_some_and(|td| !td.has_flag(krait_vm::types::flags::HEAPTYPE));
    let line = if exact {
        check_closed(vm, t)?;
        check_readable(vm, t)?;
        new_str_cps(vm, &readline(vm, t, -1)?)
    } else {
        vm.call_method(v, "readline", &[])?
    };
    let empty = super::util::str_cps(&line).is_some_and(|l| l.is_empty());
    if empty {
        let mut st = t.st.borrow_mut();
        st.snapshot = None;
        st.telling = st.seekable;
        return Err(vm.new_exception(&vm.types.stop_iteration, Vec::new()));
    }
    Ok(line)
}

/// Packs a cookie as CPython's `_pack_cookie`.
fn pack(pos: i64, flags: u64, feed: usize, need_eof: bool, skip: usize) -> BigInt {
    // The C layout: a 64-bit position, three 32-bit ints, one byte.
    BigInt::from(pos)
        | (BigInt::from(flags as u32) << 64)
        | (BigInt::from(feed as u32) << 96)
        | (BigInt::from(skip as u32) << 128)
        | (BigInt::from(u8::from(need_eof)) << 160)
}

/// The current position as a cookie.
fn tell(vm: &Vm, t: &TextIo) -> PyResult<BigInt> {
    check_closed(vm, t)?;
    {
        let st = t.st.borrow();
        if !st.seekable {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        if !st.telling {
            return Err(vm.new_error(
                &vm.types.os_error,
                "telling position disabled by next() call",
            ));
        }
    }
    flush(vm, t)?;
    let p = vm.call_method(&t.buffer.get(), "tell", &[])?;
    let position = index_i64(vm, &p)?;
    let (flags, input, skip) = {
        let st = t.st.borrow();
        match (st.dec.as_ref(), st.snapshot.as_ref()) {
            (Some(_), Some((flags, input))) => (*flags, input.clone(), st.decoded_pos),
            _ => return Ok(BigInt::from(position)),
        }
    };
    let position = position - input.len() as i64;
    if skip == 0 {
        return Ok(pack(position, flags, 0, false, 0));
    }
    // Feed the decoder byte by byte from the snapshot's state until `skip` characters came out,
    // remembering the last point where it held no pending bytes; then restore it.
    let saved_native = t.st.borrow().dec.clone();
    let saved_py = if t.py_decoder.get().is_null() {
        None
    } else {
        Some(dec_getstate(vm, t)?)
    };
    let result = reconstruct(vm, t, position, flags, &input, skip);
    t.st.borrow_mut().dec = saved_native;
    if let Some((p, f)) = saved_py {
        dec_setstate(vm, t, p, f)?;
    }
    result
}

/// The cookie for `skip` characters into the snapshot `input` decoded from `flags`.
fn reconstruct(
    vm: &Vm,
    t: &TextIo,
    position: i64,
    flags: u64,
    input: &[u8],
    mut skip: usize,
) -> PyResult<BigInt> {
    dec_setstate(vm, t, Vec::new(), flags)?;
    let (mut start_pos, mut start_flags) = (position, flags);
    let (mut fed, mut chars, mut need_eof) = (0usize, 0usize, false);
    let mut done = false;
    for i in 0..input.len() {
        fed += 1;
        chars += decode(vm, t, &input[i..=i], false)?.len();
        let (pend, fl) = dec_getstate(vm, t)?;
        if pend.is_empty() && chars <= skip {
            start_pos += fed as i64;
            skip -= chars;
            start_flags = fl;
            fed = 0;
            chars = 0;
        }
        if chars >= skip {
            done = true;
            break;
        }
    }
    if !done {
        chars += decode(vm, t, &[], true)?.len();
        need_eof = true;
        if chars < skip {
            return Err(vm.new_error(
                &vm.types.os_error,
                "can't reconstruct logical file position",
            ));
        }
    }
    Ok(pack(start_pos, start_flags, fed, need_eof, skip))
}

fn text_tell(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    Ok(vm.new_bigint(tell(vm, t)?))
}

fn text_seek(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, t) = ready(vm, &args)?;
    let a = args.positional_range(vm, "seek", 2, 3)?;
    let whence = match a.get(2) {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    check_closed(vm, t)?;
    if !t.st.borrow().seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let mut cookie = crate::convert::index(vm, &a[1])?;
    match whence {
        0 => {}
        1 => {
            if !cookie.is_zero() {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            cookie = tell(vm, t)?;
        }
        2 => {
            if !cookie.is_zero() {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            flush(vm, t)?;
            {
                let mut st = t.st.borrow_mut();
                st.decoded.clear();
                st.decoded_pos = 0;
                st.snapshot = None;
            }
            dec_reset(vm, t)?;
            let r = vm.call_method(&t.buffer.get(), "seek", &[vm.new_int(0), vm.new_int(2)])?;
            encoder_at(vm, t, false)?;
            return Ok(r);
        }
        _ => return Err(vm.value_error(&format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    if cookie < BigInt::zero() {
        return Err(vm.value_error(&format!("negative seek position {cookie}")));
    }
    flush(vm, t)?;
    let part = |shift: u32, bits: u32| {
        let mask = (BigInt::from(1) << bits) - 1;
        ((&cookie >> shift) & &mask).to_u64().unwrap_or(0)
    };
    let start_pos = part(0, 64) as i64;
    let flags = part(64, 32);
    let feed = part(96, 32) as usize;
    let skip = part(128, 32) as usize;
    let need_eof = part(160, 8) != 0;
    vm.call_method(&t.buffer.get(), "seek", &[vm.new_int(start_pos)])?;
    let zero = cookie.is_zero();
    let has_dec = {
        let mut st = t.st.borrow_mut();
        st.decoded.clear();
        st.decoded_pos = 0;
        st.snapshot = None;
        st.dec.is_some()
    };
    if has_dec {
        if zero {
            dec_reset(vm, t)?;
        } else {
            dec_setstate(vm, t, Vec::new(), flags)?;
            t.st.borrow_mut().snapshot = Some((flags, Vec::new()));
        }
    }
    encoder_at(vm, t, zero)?;
    if skip > 0 {
        let chunk = vm.call_method(&t.buffer.get(), "read", &[vm.new_int(feed as i64)])?;
        let input = bytes_of(vm, &chunk, "read")?;
        let decoded = decode(vm, t, &input, need_eof)?;
        let mut st = t.st.borrow_mut();
        st.snapshot = Some((flags, input));
        if decoded.len() < skip {
            return Err(vm.new_error(&vm.types.os_error, "can't restore logical file position"));
        }
        st.decoded = decoded;
        st.decoded_pos = skip;
    }
    Ok(vm.new_bigint(cookie))
}

fn text_truncate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, t) = ready(vm, &args)?;
    let a = args.positional_range(vm, "truncate", 1, 2)?;
    vm.call_method(v, "flush", &[])?;
    let pos = match a.get(1) {
        Some(p) if !p.is_none() => p.clone(),
        _ => vm.new_bigint(tell(vm, t)?),
    };
    vm.call_method(&t.buffer.get(), "truncate", &[pos])
}

fn text_reconfigure(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, t) = ready(vm, &args)?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let mut line_buffering = None;
    let mut write_through = None;
    let mut errors = None;
    for (k, val) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "line_buffering" if !val.is_none() => line_buffering = Some(vm.is_true(val)?),
            "write_through" if !val.is_none() => write_through = Some(vm.is_true(val)?),
            "errors" if !val.is_none() => errors = Some(vm.str_of(val)),
            "encoding" | "newline" if !val.is_none() => {
                return Err(
                    vm.not_implemented("TextIOWrapper.reconfigure() of encoding or newline")
                );
            }
            "line_buffering" | "write_through" | "errors" | "encoding" | "newline" => {}
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for reconfigure()"
                )))
            }
        }
    }
    vm.call_method(v, "flush", &[])?;
    let mut st = t.st.borrow_mut();
    if let Some(e) = errors {
        st.errors = e;
    }
    if let Some(lb) = line_buffering {
        st.line_buffering = lb;
    }
    if let Some(wt) = write_through {
        st.write_through = wt;
    }
    Ok(Value::NONE)
}
