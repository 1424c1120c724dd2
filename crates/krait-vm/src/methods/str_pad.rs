//! `str` padding and rewriting: center/ljust/rjust/zfill, expandtabs, removeprefix/removesuffix,
//! translate/maketrans, and encode (utf-8, ascii, latin-1 with CPython's error handlers).

use super::str_case::self_cps;
use crate::error::{PyErr, PyResult};
use crate::native::{method_table, Args};
use crate::objects::dict::DictData;
use crate::objects::str::StrData;
use crate::protocols::format::int_value;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use num_traits::ToPrimitive;

method_table!(
    /// Padding and rewriting methods of `str`.
    METHODS,
    Method,
    {
    "center" => center, "($self, width, fillchar=' ', /)", "Return a centered string of length width.";
    "ljust" => ljust, "($self, width, fillchar=' ', /)", "Return a left-justified string of length width.";
    "rjust" => rjust, "($self, width, fillchar=' ', /)", "Return a right-justified string of length width.";
    "zfill" => zfill, "($self, width, /)", "Pad a numeric string with zeros on the left, to fill a field of the given width.";
    "expandtabs" => expandtabs, "($self, /, tabsize=8)", "Return a copy where all tab characters are expanded using spaces.";
    "removeprefix" => removeprefix, "($self, prefix, /)", "Return a str with the given prefix string removed if present.";
    "removesuffix" => removesuffix, "($self, suffix, /)", "Return a str with the given suffix string removed if present.";
    "translate" => translate, "($self, table, /)", "Replace each character in the string using the given translation table.";
    "encode" => encode, "($self, /, encoding='utf-8', errors='strict')", "Encode the string using the codec registered for encoding.";
    }
);

method_table!(
    /// `str.maketrans`, a static method.
    STATIC_METHODS,
    Static,
    {
    "maketrans" => maketrans, "(x, y=<unrepresentable>, z=<unrepresentable>, /)", "Return a translation table usable for str.translate().";
    }
);

method_table!(
    /// `UnicodeEncodeError.__str__`, built from the exception's attributes as CPython's.
    ENCODE_ERROR_METHODS,
    Method,
    {
    "__str__" => encode_error_str, "($self, /)", "Return str(self).";
    }
);

/// A `UnicodeEncodeError` with CPython's arguments `(encoding, object, start, end, reason)` and
/// the same values as attributes.
fn encode_error(vm: &Vm, name: &str, s: &[u32], start: usize, end: usize, reason: &str) -> PyErr {
    let vals = [
        ("encoding", vm.new_str(name)),
        ("object", make(vm, s.to_vec())),
        ("start", vm.new_int(start as i64)),
        ("end", vm.new_int(end as i64)),
        ("reason", vm.new_str(reason)),
    ];
    let err = vm.new_exception(
        &vm.types.unicode_encode_error,
        vals.iter().map(|(_, v)| v.clone()).collect(),
    );
    let exc = err.exception_value();
    for (k, v) in vals {
        if let Err(e) = vm.set_attr(&exc, &vm.intern(k), v) {
            return e;
        }
    }
    err
}

fn encode_error_str(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "__str__", 1, 1)?;
    let attr = |k: &str| vm.get_attr(&a[0], &vm.intern(k));
    let (Ok(encoding), Ok(object), Ok(start), Ok(end), Ok(reason)) = (
        attr("encoding"),
        attr("object"),
        attr("start"),
        attr("end"),
        attr("reason"),
    ) else {
        return Ok(vm.new_str(""));
    };
    let (start, end) = (
        int_value(&start).and_then(|n| n.to_i64()).unwrap_or(0),
        int_value(&end).and_then(|n| n.to_i64()).unwrap_or(0),
    );
    let (encoding, reason) = (vm.str_string(&encoding)?, vm.str_string(&reason)?);
    let obj = payload::<StrData>(&object);
    let msg = match obj {
        Some(o) if end == start + 1 && start >= 0 && (start as usize) < o.len() => format!(
            "'{encoding}' codec can't encode character '{}' in position {start}: {reason}",
            ascii_char(o.code_point(start as usize))
        ),
        _ => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    };
    Ok(vm.new_str(&msg))
}

fn make(vm: &Vm, cps: Vec<u32>) -> Value {
    vm.str_value(StrData::from_code_points(cps))
}

/// An integer argument (`__index__` semantics: no floats), as a width.
fn width_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    if v.as_float().is_none() {
        if let Some(n) = int_value(v) {
            return n.to_i64().ok_or_else(|| {
                vm.new_error(
                    &vm.types.overflow_error,
                    "Python int too large to convert to C ssize_t",
                )
            });
        }
    }
    Err(vm.type_error(&format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// Refuses results too large to allocate, as CPython's MemoryError/OverflowError would.
fn check_size(vm: &Vm, n: i64) -> PyResult<usize> {
    if n > (1 << 31) {
        return Err(vm.new_error(&vm.types.memory_error, ""));
    }
    Ok(n.max(0) as usize)
}

fn pad_impl(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    let a = args.pos();
    let n = a.len().saturating_sub(1);
    if n < 1 {
        return Err(vm.type_error(&format!("{name} expected at least 1 argument, got {n}")));
    }
    if n > 2 {
        return Err(vm.type_error(&format!("{name} expected at most 2 arguments, got {n}")));
    }
    let s = self_cps(vm, &a[0], name)?;
    let width = width_arg(vm, &a[1])?;
    let fill = match a.get(2) {
        None => 0x20,
        Some(f) => match payload::<StrData>(f) {
            Some(d) if d.len() == 1 => d.code_point(0),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
            None => {
                return Err(vm.type_error(&format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(f)
                )))
            }
        },
    };
    if width <= s.len() as i64 {
        return Ok(if vm.type_of(&a[0]).is(&vm.types.str) {
            a[0].clone()
        } else {
            make(vm, s)
        });
    }
    let width = check_size(vm, width)?;
    let marg = width - s.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&s);
    out.resize(width, fill);
    Ok(make(vm, out))
}

fn center(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(vm, args, "center")
}

fn ljust(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(vm, args, "ljust")
}

fn rjust(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(vm, args, "rjust")
}

/// The single argument of a one-argument method, with CPython's count message.
fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.no_kwargs(vm, &format!("str.{name}"))?;
    let a = args.pos();
    if a.len() != 2 {
        return Err(vm.type_error(&format!(
            "str.{name}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    Ok(a)
}

fn zfill(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one_arg(vm, &args, "zfill")?;
    let s = self_cps(vm, &a[0], "zfill")?;
    let width = width_arg(vm, &a[1])?;
    if width <= s.len() as i64 {
        return Ok(make(vm, s));
    }
    let width = check_size(vm, width)?;
    let fill = width - s.len();
    let mut out = vec![0x30; fill];
    out.extend_from_slice(&s);
    if matches!(out.get(fill), Some(0x2B | 0x2D)) {
        out.swap(0, fill);
    }
    Ok(make(vm, out))
}

fn expandtabs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(&format!(
            "expandtabs() takes at most 1 argument ({} given)",
            pos.len() - 1
        )));
    }
    let mut tab = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        if vm.str_of(k) != "tabsize" {
            return Err(vm.type_error(&format!(
                "'{}' is an invalid keyword argument for expandtabs()",
                vm.str_of(k)
            )));
        }
        tab = Some(v.clone());
    }
    let tabsize = match tab {
        Some(t) => width_arg(vm, &t)?,
        None => 8,
    };
    let s = self_cps(vm, &pos[0], "expandtabs")?;
    let mut out = Vec::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s {
        match c {
            0x09 => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    check_size(vm, out.len() as i64 + n)?;
                    out.extend(std::iter::repeat_n(0x20, n as usize));
                    col += n;
                }
            }
            0x0A | 0x0D => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make(vm, out))
}

fn affix_remove(vm: &Vm, args: Args<'_>, name: &str, prefix: bool) -> PyResult<Value> {
    let a = one_arg(vm, &args, name)?;
    let s = self_cps(vm, &a[0], name)?;
    let Some(p) = payload::<StrData>(&a[1]) else {
        return Err(vm.type_error(&format!(
            "{name}() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    let p: Vec<u32> = p.code_points().collect();
    let out = if prefix && s.starts_with(&p) {
        s[p.len()..].to_vec()
    } else if !prefix && s.ends_with(&p) {
        s[..s.len() - p.len()].to_vec()
    } else {
        s
    };
    Ok(make(vm, out))
}

fn removeprefix(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", true)
}

fn removesuffix(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", false)
}

fn is_lookup_error(vm: &Vm, e: &PyErr) -> bool {
    vm.is_instance_of(&e.exception_value(), &vm.types.lookup_error)
}

fn translate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = one_arg(vm, &args, "translate")?;
    let s = self_cps(vm, &a[0], "translate")?;
    let table = &a[1];
    let mut out = Vec::with_capacity(s.len());
    for c in s {
        let r = match vm.get_item(table, &vm.new_int(c as i64)) {
            Ok(r) => r,
            Err(e) if is_lookup_error(vm, &e) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is_none() {
            continue;
        }
        if let Some(d) = payload::<StrData>(&r) {
            out.extend(d.code_points());
        } else if let Some(n) = int_value(&r).filter(|_| r.as_float().is_none()) {
            match n.to_u32().filter(|&c| c < 0x110000) {
                Some(m) => out.push(m),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(make(vm, out))
}

fn maketrans(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "maketrans", 1, 3)?;
    let d = vm.new_dict();
    if a.len() == 1 {
        let Some(src) = payload::<DictData>(&a[0]) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = if let Some(s) = payload::<StrData>(&k) {
                if s.len() != 1 {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                vm.new_int(s.code_point(0) as i64)
            } else if int_value(&k).is_some() && k.as_float().is_none() {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set_item(&d, key, v)?;
        }
        return Ok(d);
    }
    let text = |i: usize| -> PyResult<Vec<u32>> {
        match payload::<StrData>(&a[i]) {
            Some(s) => Ok(s.code_points().collect()),
            None => Err(vm.type_error(&format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                vm.type_name(&a[i])
            ))),
        }
    };
    let (x, y) = (text(0)?, text(1)?);
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (f, t) in x.into_iter().zip(y) {
        vm.dict_set_item(&d, vm.new_int(f as i64), vm.new_int(t as i64))?;
    }
    if a.len() == 3 {
        for c in text(2)? {
            vm.dict_set_item(&d, vm.new_int(c as i64), Value::NONE)?;
        }
    }
    Ok(d)
}

/// The codecs `encode` knows, by CPython's normalized names and aliases.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    /// UTF-16 or UTF-32: unit size in bytes, big-endian, with a byte-order mark.
    Wide(usize, bool, bool),
    Ascii,
    Latin1,
}

fn codec(name: &str) -> Option<Codec> {
    let n: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => {
            Some(Codec::Utf8)
        }
        "utf_16" | "utf16" => Some(Codec::Wide(2, false, true)),
        "utf_16_le" | "utf_16le" => Some(Codec::Wide(2, false, false)),
        "utf_16_be" | "utf_16be" => Some(Codec::Wide(2, true, false)),
        "utf_32" | "utf32" => Some(Codec::Wide(4, false, true)),
        "utf_32_le" | "utf_32le" => Some(Codec::Wide(4, false, false)),
        "utf_32_be" | "utf_32be" => Some(Codec::Wide(4, true, false)),
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" | "cp367" => {
            Some(Codec::Ascii)
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" => Some(Codec::Latin1),
        _ => None,
    }
}

fn str_kwarg(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    match payload::<StrData>(v) {
        Some(s) => Ok(s.to_string_lossy()),
        None => Err(vm.type_error(&format!(
            "encode() argument '{what}' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

fn encode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(vm.type_error(&format!(
            "encode() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let mut encoding = pos.get(1).cloned();
    let mut errors = pos.get(2).cloned();
    for (k, v) in args.kwargs() {
        let slot = match vm.str_of(k).as_str() {
            "encoding" => &mut encoding,
            "errors" => &mut errors,
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for encode()"
                )))
            }
        };
        *slot = Some(v.clone());
    }
    let s = self_cps(vm, &pos[0], "encode")?;
    let encoding = match encoding {
        Some(e) => str_kwarg(vm, &e, "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match errors {
        Some(e) => str_kwarg(vm, &e, "errors")?,
        None => "strict".into(),
    };
    let native_errors = matches!(
        errors.as_str(),
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace"
    );
    if !native_errors {
        if let Some(r) = super::bytes_codec::registry_codec(vm, &pos[0], &encoding, &errors, true) {
            return r;
        }
    }
    let Some(codec) = codec(&encoding) else {
        if let Some(r) = super::bytes_codec::registry_codec(vm, &pos[0], &encoding, &errors, true) {
            return r;
        }
        return Err(vm.new_error(
            &vm.types.lookup_error,
            &format!("unknown encoding: {encoding}"),
        ));
    };
    let (name, limit) = match codec {
        Codec::Utf8 => ("utf-8", 0x110000),
        Codec::Wide(2, false, true) => ("utf-16", 0x110000),
        Codec::Wide(2, false, false) => ("utf-16-le", 0x110000),
        Codec::Wide(2, true, _) => ("utf-16-be", 0x110000),
        Codec::Wide(_, false, true) => ("utf-32", 0x110000),
        Codec::Wide(_, false, false) => ("utf-32-le", 0x110000),
        Codec::Wide(..) => ("utf-32-be", 0x110000),
        Codec::Ascii => ("ascii", 0x80),
        Codec::Latin1 => ("latin-1", 0x100),
    };
    let encodable = |c: u32| {
        if limit == 0x110000 {
            !(0xD800..0xE000).contains(&c)
        } else {
            c < limit
        }
    };
    let mut out = Vec::with_capacity(s.len());
    if let Codec::Wide(size, _, true) = codec {
        push_wide(&mut out, 0xFEFF, size, false);
    }
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if encodable(c) {
            match codec {
                Codec::Wide(size, be, _) => push_wide(&mut out, c, size, be),
                Codec::Utf8 => {
                    let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(c as u8),
            }
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < s.len() && !encodable(s[end]) {
            end += 1;
        }
        match errors.as_str() {
            "strict" => {
                let reason = if limit == 0x110000 {
                    "surrogates not allowed".to_owned()
                } else {
                    format!("ordinal not in range({limit})")
                };
                // CPython reports the whole run of unencodable characters.
                return Err(encode_error(vm, name, &s, i, end, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &s[i..end] {
                    out.extend_from_slice(ascii_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &s[i..end] {
                    out.extend_from_slice(format!("&#{c};").as_bytes());
                }
            }
            "surrogateescape" | "surrogatepass" => {
                for (k, &c) in s[i..end].iter().enumerate() {
                    if errors == "surrogateescape" && (0xDC80..0xDD00).contains(&c) {
                        out.push((c - 0xDC00) as u8);
                    } else if errors == "surrogatepass"
                        && codec == Codec::Utf8
                        && (0xD800..0xE000).contains(&c)
                    {
                        out.extend_from_slice(&[
                            0xE0 | (c >> 12) as u8,
                            0x80 | ((c >> 6) & 0x3F) as u8,
                            0x80 | (c & 0x3F) as u8,
                        ]);
                    } else {
                        let pos = i + k;
                        let reason = if limit == 0x110000 {
                            "surrogates not allowed".to_owned()
                        } else {
                            format!("ordinal not in range({limit})")
                        };
                        return Err(encode_error(vm, name, &s, pos, pos + 1, &reason));
                    }
                }
            }
            other => {
                return Err(vm.new_error(
                    &vm.types.lookup_error,
                    &format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i = end;
    }
    Ok(vm.new_bytes(out))
}

/// Appends `c` as UTF-16 (with a surrogate pair above U+FFFF) or UTF-32 units.
fn push_wide(out: &mut Vec<u8>, c: u32, size: usize, be: bool) {
    let mut unit = |u: u32| {
        let bytes = u.to_le_bytes();
        let mut b = bytes[..size].to_vec();
        if be {
            b.reverse();
        }
        out.extend_from_slice(&b);
    };
    if size == 2 && c > 0xFFFF {
        let v = c - 0x10000;
        unit(0xD800 + (v >> 10));
        unit(0xDC00 + (v & 0x3FF));
    } else {
        unit(c);
    }
}

/// One code point as CPython escapes it in codec error messages (`\xe9`, `\u20ac`, …).
fn ascii_char(c: u32) -> String {
    match c {
        0..=0xFF => format!("\\x{c:02x}"),
        0x100..=0xFFFF => format!("\\u{c:04x}"),
        _ => format!("\\U{c:08x}"),
    }
}
