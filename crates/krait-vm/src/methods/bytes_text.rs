//! The text-like methods shared by `bytes` and `bytearray` (CPython's Objects/bytes_methods.c
//! and the byte-string parts of stringlib): searching, splitting, stripping, case mapping
//! (ASCII only), padding, predicates. Results have the type of `self` (bytes or bytearray).

use super::bytes::{buffer, find};
use crate::error::PyResult;
use crate::native::{method_table, Args};
use crate::value::Value;
use crate::vm::Vm;

method_table!(
    /// The methods shared by `bytes` and `bytearray`.
    METHODS,
    Method,
    {
    "count" => count, "($self, sub[, start[, end]], /)", "Return the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end].";
    "find" => find_m, "($self, sub[, start[, end]], /)", "Return the lowest index in B where subsection 'sub' is found.";
    "rfind" => rfind_m, "($self, sub[, start[, end]], /)", "Return the highest index in B where subsection 'sub' is found.";
    "index" => index_m, "($self, sub[, start[, end]], /)", "Return the lowest index in B where subsection 'sub' is found; raise ValueError if not found.";
    "rindex" => rindex_m, "($self, sub[, start[, end]], /)", "Return the highest index in B where subsection 'sub' is found; raise ValueError if not found.";
    "startswith" => startswith, "($self, prefix[, start[, end]], /)", "Return True if B starts with the specified prefix, False otherwise.";
    "endswith" => endswith, "($self, suffix[, start[, end]], /)", "Return True if B ends with the specified suffix, False otherwise.";
    "split" => split, "($self, /, sep=None, maxsplit=-1)", "Return a list of the sections in the bytes, using sep as the delimiter.";
    "rsplit" => rsplit, "($self, /, sep=None, maxsplit=-1)", "Return a list of the sections in the bytes, using sep as the delimiter.";
    "join" => join, "($self, iterable_of_bytes, /)", "Concatenate any number of bytes objects.";
    "strip" => strip, "($self, bytes=None, /)", "Strip leading and trailing bytes contained in the argument.";
    "lstrip" => lstrip, "($self, bytes=None, /)", "Strip leading bytes contained in the argument.";
    "rstrip" => rstrip, "($self, bytes=None, /)", "Strip trailing bytes contained in the argument.";
    "replace" => replace, "($self, old, new, count=-1, /)", "Return a copy with all occurrences of substring old replaced by new.";
    "partition" => partition, "($self, sep, /)", "Partition the bytes into three parts using the given separator.";
    "rpartition" => rpartition, "($self, sep, /)", "Partition the bytes into three parts using the given separator.";
    "upper" => upper, "($self, /)", "B.upper() -> copy of B";
    "lower" => lower, "($self, /)", "B.lower() -> copy of B";
    "swapcase" => swapcase, "($self, /)", "B.swapcase() -> copy of B";
    "title" => title, "($self, /)", "B.title() -> copy of B";
    "capitalize" => capitalize, "($self, /)", "B.capitalize() -> copy of B";
    "isdigit" => isdigit, "($self, /)", "B.isdigit() -> bool";
    "isalpha" => isalpha, "($self, /)", "B.isalpha() -> bool";
    "isalnum" => isalnum, "($self, /)", "B.isalnum() -> bool";
    "isspace" => isspace, "($self, /)", "B.isspace() -> bool";
    "isupper" => isupper, "($self, /)", "B.isupper() -> bool";
    "islower" => islower, "($self, /)", "B.islower() -> bool";
    "istitle" => istitle, "($self, /)", "B.istitle() -> bool";
    "isascii" => isascii, "($self, /)", "B.isascii() -> bool";
    "center" => center, "($self, width, fillchar=b' ', /)", "Return a centered string of length width.";
    "ljust" => ljust, "($self, width, fillchar=b' ', /)", "Return a left-justified string of length width.";
    "rjust" => rjust, "($self, width, fillchar=b' ', /)", "Return a right-justified string of length width.";
    "zfill" => zfill, "($self, width, /)", "Pad a numeric string with zeros on the left, to fill a field of the given width.";
    "expandtabs" => expandtabs, "($self, /, tabsize=8)", "Return a copy where all tab characters are expanded using spaces.";
    "splitlines" => splitlines, "($self, /, keepends=False)", "Return a list of the lines in the bytes, breaking at line boundaries.";
    "removeprefix" => removeprefix, "($self, prefix, /)", "Return a bytes object with the given prefix string removed if present.";
    "removesuffix" => removesuffix, "($self, suffix, /)", "Return a bytes object with the given suffix string removed if present.";
    "translate" => translate, "($self, table, /, delete=b'')", "Return a copy with each character mapped by the given translation table.";
    }
);

/// `self`'s bytes (a copy, so no borrow of a bytearray is held while Python code runs).
fn me(vm: &Vm, args: &Args<'_>) -> PyResult<Vec<u8>> {
    let v = args.pos().first();
    match v.and_then(bytes_of) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

/// The contents of a bytes-like object as an owned vector.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Some(b.to_vec());
    }
    if let Some(m) = crate::protocols::payload::<crate::objects::memoryview::MemoryViewData>(v) {
        return Some(m.to_vec());
    }
    crate::objects::bytearray::contents(v)
}

/// A new object of `self`'s kind (bytes or bytearray) holding `data`.
fn make(vm: &Vm, args: &Args<'_>, data: Vec<u8>) -> Value {
    match args.pos().first() {
        Some(v) if crate::objects::bytearray::is_bytearray(v) => {
            crate::objects::bytearray::new_bytearray(vm, data)
        }
        _ => vm.new_bytes(data),
    }
}

fn arg_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// `(sub, start, end)` of the search methods, with `start`/`end` adjusted as slice bounds.
fn search_args(
    vm: &Vm,
    args: &Args<'_>,
    name: &str,
    len: usize,
) -> PyResult<(Vec<u8>, usize, usize)> {
    let a = args.positional_range(vm, name, 2, 4)?;
    let sub = if let Some(b) = bytes_of(&a[1]) {
        b
    } else if a[1].as_float().is_none() && vm.index_value(&a[1])?.is_some() {
        vec![super::bytes::byte_value(
            vm,
            &a[1],
            "byte must be in range(0, 256)",
        )?]
    } else {
        return Err(vm.type_error(&format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(&a[1])
        )));
    };
    let (start, end) = bounds(vm, a.get(2), a.get(3), len)?;
    Ok((sub, start, end))
}

fn bounds(vm: &Vm, s: Option<&Value>, e: Option<&Value>, len: usize) -> PyResult<(usize, usize)> {
    let adj = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let Some(v) = v.filter(|v| !v.is_none()) else {
            return Ok(default);
        };
        let i = vm.slice_bound(v)?.unwrap_or(default);
        Ok(if i < 0 { (i + len as i64).max(0) } else { i })
    };
    let start = adj(s, 0)?;
    let end = adj(e, len as i64)?.min(len as i64);
    Ok((start.max(0) as usize, end.max(0) as usize))
}

fn rfind(hay: &[u8], pat: &[u8], start: usize, end: usize) -> Option<usize> {
    let end = end.min(hay.len());
    if start > end || pat.len() > end - start {
        return None;
    }
    (start..=end - pat.len())
        .rev()
        .find(|&i| &hay[i..i + pat.len()] == pat)
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let (sub, start, end) = search_args(vm, &args, "count", b.len())?;
    if start > end.min(b.len()) {
        return Ok(vm.new_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_int((end - start + 1) as i64));
    }
    let mut n = 0;
    let mut i = start;
    while let Some(j) = find(&b, &sub, i, end) {
        n += 1;
        i = j + sub.len();
    }
    Ok(vm.new_int(n))
}

fn found(vm: &Vm, r: Option<usize>) -> Value {
    vm.new_int(r.map_or(-1, |i| i as i64))
}

fn find_m(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let (sub, start, end) = search_args(vm, &args, "find", b.len())?;
    Ok(found(vm, find(&b, &sub, start, end)))
}

fn rfind_m(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let (sub, start, end) = search_args(vm, &args, "rfind", b.len())?;
    Ok(found(vm, rfind(&b, &sub, start, end)))
}

fn index_m(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let (sub, start, end) = search_args(vm, &args, "index", b.len())?;
    match find(&b, &sub, start, end) {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex_m(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let (sub, start, end) = search_args(vm, &args, "rindex", b.len())?;
    match rfind(&b, &sub, start, end) {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn affix(vm: &Vm, args: Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let a = args.positional_range(vm, name, 2, 4)?;
    let (start, end) = bounds(vm, a.get(2), a.get(3), b.len())?;
    let candidates = if let Some(items) = vm.tuple_items(&a[1]) {
        items
    } else {
        vec![a[1].clone()]
    };
    for c in &candidates {
        let Some(p) = bytes_of(c) else {
            let what = if vm.tuple_items(&a[1]).is_some() {
                format!("a bytes-like object is required, not '{}'", vm.type_name(c))
            } else {
                format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    vm.type_name(c)
                )
            };
            return Err(vm.type_error(&what));
        };
        if start > b.len() || end < start || end - start < p.len() {
            continue;
        }
        let hit = if suffix {
            b[end - p.len()..end] == p[..]
        } else {
            b[start..start + p.len()] == p[..]
        };
        if hit {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn startswith(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

/// `(sep, maxsplit)` of split/rsplit.
fn split_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(vm.type_error(&format!(
            "{name}() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let mut sep = pos.get(1).cloned().unwrap_or(Value::NONE);
    let mut maxsplit = pos.get(2).cloned();
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "sep" => sep = v.clone(),
            "maxsplit" => maxsplit = Some(v.clone()),
            other => {
                return Err(vm.type_error(&format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => vm.slice_bound(&v)?.unwrap_or(-1),
    };
    if sep.is_none() {
        return Ok((None, maxsplit));
    }
    let s = arg_bytes(vm, &sep)?;
    if s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    Ok((Some(s), maxsplit))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            while i < b.len() {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i >= b.len() {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    parts.push(b[i..].to_vec());
                    break;
                }
                let start = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                parts.push(b[start..i].to_vec());
            }
        }
        Some(pat) => {
            let mut start = 0;
            while maxsplit < 0 || (parts.len() as i64) < maxsplit {
                let Some(i) = find(&b, &pat, start, b.len()) else {
                    break;
                };
                parts.push(b[start..i].to_vec());
                start = i + pat.len();
            }
            parts.push(b[start..].to_vec());
        }
    }
    Ok(vm.new_list(parts.into_iter().map(|p| make(vm, &args, p)).collect()))
}

fn rsplit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None => {
            let mut i = b.len();
            while i > 0 {
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    parts.push(b[..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                parts.push(b[i..end].to_vec());
            }
        }
        Some(pat) => {
            let mut end = b.len();
            while maxsplit < 0 || (parts.len() as i64) < maxsplit {
                let Some(i) = rfind(&b, &pat, 0, end) else {
                    break;
                };
                parts.push(b[i + pat.len()..end].to_vec());
                end = i;
            }
            parts.push(b[..end].to_vec());
        }
    }
    parts.reverse();
    Ok(vm.new_list(parts.into_iter().map(|p| make(vm, &args, p)).collect()))
}

fn join(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let sep = me(vm, &args)?;
    let a = args.positional_range(vm, "join", 2, 2)?;
    let mut out = Vec::new();
    for (i, item) in vm.collect_iterable(&a[1])?.iter().enumerate() {
        let Some(b) = bytes_of(item) else {
            return Err(vm.type_error(&format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make(vm, &args, out))
}

fn strip_impl(vm: &Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let a = args.positional_range(vm, name, 1, 2)?;
    let chars: Option<Vec<u8>> = match a.get(1) {
        Some(v) if !v.is_none() => Some(arg_bytes(vm, v)?),
        _ => None,
    };
    let strip_it = |c: u8| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let (mut i, mut j) = (0, b.len());
    if left {
        while i < j && strip_it(b[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip_it(b[j - 1]) {
            j -= 1;
        }
    }
    Ok(make(vm, &args, b[i..j].to_vec()))
}

fn strip(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let a = args.positional_range(vm, "replace", 3, 4)?;
    let old = arg_bytes(vm, &a[1])?;
    let new = arg_bytes(vm, &a[2])?;
    let max = match a.get(3) {
        Some(v) => vm.slice_bound(v)?.unwrap_or(-1),
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut n = 0;
    if old.is_empty() {
        for (k, &c) in b.iter().enumerate() {
            if max < 0 || n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
            let _ = k;
        }
        if max < 0 || n < max {
            out.extend_from_slice(&new);
        }
        return Ok(make(vm, &args, out));
    }
    let mut i = 0;
    while max < 0 || n < max {
        let Some(j) = find(&b, &old, i, b.len()) else {
            break;
        };
        out.extend_from_slice(&b[i..j]);
        out.extend_from_slice(&new);
        i = j + old.len();
        n += 1;
    }
    out.extend_from_slice(&b[i..]);
    Ok(make(vm, &args, out))
}

fn partition_impl(vm: &Vm, args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let a = args.positional_range(vm, name, 2, 2)?;
    let sep = arg_bytes(vm, &a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let hit = if right {
        rfind(&b, &sep, 0, b.len())
    } else {
        find(&b, &sep, 0, b.len())
    };
    let parts = match hit {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if right => [Vec::new(), Vec::new(), b.clone()],
        None => [b.clone(), Vec::new(), Vec::new()],
    };
    Ok(vm.new_tuple(parts.into_iter().map(|p| make(vm, &args, p)).collect()))
}

fn partition(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn rpartition(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn map_bytes(vm: &Vm, args: Args<'_>, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    args.positional_range(vm, "method", 1, 1)?;
    Ok(make(vm, &args, f(&b)))
}

fn upper(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, args, |b| b.to_ascii_uppercase())
}
fn lower(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, args, |b| b.to_ascii_lowercase())
}
fn swapcase(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, args, |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn title(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, args, |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}
fn capitalize(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, args, |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(vm: &Vm, args: Args<'_>, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = me(vm, &args)?;
    args.positional_range(vm, "method", 1, 1)?;
    Ok(Value::bool(f(&b)))
}

fn isdigit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}
fn isalpha(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}
fn isalnum(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}
fn isspace(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, |b| {
        !b.is_empty() && b.iter().all(|&c| is_space(c))
    })
}
fn isupper(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}
fn islower(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}
fn isascii(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, |b| b.is_ascii())
}
fn istitle(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, |b| {
        let (mut cased, mut prev_cased) = (false, false);
        for &c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn pad_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(Vec<u8>, usize, u8)> {
    let b = me(vm, args)?;
    let a = args.positional_range(vm, name, 2, 3)?;
    let width = vm.slice_bound(&a[1])?.unwrap_or(0).max(0) as usize;
    let fill = match a.get(2) {
        None => b' ',
        Some(f) => match bytes_of(f) {
            Some(v) if v.len() == 1 => v[0],
            _ => {
                return Err(vm.type_error(&format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(f)
                )))
            }
        },
    };
    Ok((b, width, fill))
}

fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = vec![fill; left];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn center(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, &args, "center")?;
    if width <= b.len() {
        return Ok(make(vm, &args, b));
    }
    let total = width - b.len();
    let left = total / 2 + (total & width & 1);
    Ok(make(vm, &args, pad(&b, left, total - left, fill)))
}
fn ljust(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, &args, "ljust")?;
    let right = width.saturating_sub(b.len());
    Ok(make(vm, &args, pad(&b, 0, right, fill)))
}
fn rjust(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (b, width, fill) = pad_args(vm, &args, "rjust")?;
    let left = width.saturating_sub(b.len());
    Ok(make(vm, &args, pad(&b, left, 0, fill)))
}
fn zfill(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let a = args.positional_range(vm, "zfill", 2, 2)?;
    let width = vm.slice_bound(&a[1])?.unwrap_or(0).max(0) as usize;
    if width <= b.len() {
        return Ok(make(vm, &args, b));
    }
    let fill = width - b.len();
    let mut out = pad(&b, fill, 0, b'0');
    if matches!(b.first(), Some(b'+' | b'-')) {
        out[0] = b[0];
        out[fill] = b'0';
    }
    Ok(make(vm, &args, out))
}

fn expandtabs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let mut tab = args.pos().get(1).cloned();
    for (k, v) in args.kwargs() {
        if vm.str_of(k) == "tabsize" {
            tab = Some(v.clone());
        }
    }
    let size = match tab {
        Some(v) => vm.slice_bound(&v)?.unwrap_or(8),
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0usize;
    for &c in &b {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size as usize - col % size as usize;
                    out.extend(std::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make(vm, &args, out))
}

fn splitlines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let mut keep = args.pos().get(1).cloned();
    for (k, v) in args.kwargs() {
        if vm.str_of(k) == "keepends" {
            keep = Some(v.clone());
        }
    }
    let keep = match keep {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < b.len() {
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        parts.push(b[start..eol].to_vec());
    }
    Ok(vm.new_list(parts.into_iter().map(|p| make(vm, &args, p)).collect()))
}

fn removeprefix(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let a = args.positional_range(vm, "removeprefix", 2, 2)?;
    let p = arg_bytes(vm, &a[1])?;
    let out = b.strip_prefix(&p[..]).unwrap_or(&b).to_vec();
    Ok(make(vm, &args, out))
}

fn removesuffix(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let a = args.positional_range(vm, "removesuffix", 2, 2)?;
    let p = arg_bytes(vm, &a[1])?;
    let out = b.strip_suffix(&p[..]).unwrap_or(&b).to_vec();
    Ok(make(vm, &args, out))
}

fn translate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let b = me(vm, &args)?;
    let pos = args.pos();
    let table = pos.get(1).cloned().unwrap_or(Value::NONE);
    let mut delete = pos.get(2).cloned();
    for (k, v) in args.kwargs() {
        if vm.str_of(k) == "delete" {
            delete = Some(v.clone());
        }
    }
    let table = if table.is_none() {
        None
    } else {
        let t = arg_bytes(vm, &table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => arg_bytes(vm, &d)?,
        None => Vec::new(),
    };
    let out = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(make(vm, &args, out))
}
