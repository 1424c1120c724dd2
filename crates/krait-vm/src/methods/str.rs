//! Methods of `str` (CPython's Objects/unicodeobject.c), working on code points.

use crate::error::PyResult;
use crate::native::method_table;
use crate::native::Args;
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;

method_table!(
    /// The methods of `str`.
    METHODS,
    Method,
    {
    "join" => join, "($self, iterable, /)", "Concatenate any number of strings.";
    "split" => split, "($self, /, sep=None, maxsplit=-1)", "Return a list of the substrings in the string, using sep as the separator string.";
    "strip" => strip, "($self, chars=None, /)", "Return a copy of the string with leading and trailing whitespace removed.";
    "lstrip" => lstrip, "($self, chars=None, /)", "Return a copy of the string with leading whitespace removed.";
    "rstrip" => rstrip, "($self, chars=None, /)", "Return a copy of the string with trailing whitespace removed.";
    "replace" => replace, "($self, old, new, count=-1, /)", "Return a copy with all occurrences of substring old replaced by new.";
    }
);

fn cps(v: &Value) -> Vec<u32> {
    payload::<StrData>(v)
        .map(|s| s.code_points().collect())
        .unwrap_or_default()
}

fn text_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<u32>> {
    if payload::<StrData>(v).is_none() {
        return Err(vm.type_error(&format!("{what} must be str, not {}", vm.type_name(v))));
    }
    Ok(cps(v))
}

fn make(vm: &Vm, cps: Vec<u32>) -> Value {
    vm.str_value(StrData::from_code_points(cps))
}

/// Python's `str.isspace` for one code point (the whitespace CPython's `split()` splits on).
fn is_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0D | 0x1C..=0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
}

fn find_sub(hay: &[u32], pat: &[u32], from: usize) -> Option<usize> {
    if pat.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    (from..hay.len().saturating_sub(pat.len() - 1)).find(|&i| hay[i..i + pat.len()] == *pat)
}

fn join(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [sep, iterable] = args.positional_range(vm, "str.join", 2, 2)? else {
        unreachable!("checked")
    };
    let sep = cps(sep);
    let mut out = Vec::new();
    for (i, item) in vm.collect_iterable(iterable)?.iter().enumerate() {
        if payload::<StrData>(item).is_none() {
            return Err(vm.type_error(&format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            )));
        }
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(cps(item));
    }
    Ok(make(vm, out))
}

fn split(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let mut sep = pos.get(1).cloned().unwrap_or(Value::NONE);
    let mut maxsplit = pos.get(2).and_then(Value::as_small_int).unwrap_or(-1);
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "sep" => sep = v.clone(),
            "maxsplit" => maxsplit = v.as_small_int().unwrap_or(-1),
            other => {
                return Err(vm.type_error(&format!(
                    "split() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let s = cps(&pos[0]);
    let mut parts: Vec<Vec<u32>> = Vec::new();
    if sep.is_none() {
        let mut i = 0;
        while i < s.len() {
            while i < s.len() && is_space(s[i]) {
                i += 1;
            }
            if i >= s.len() {
                break;
            }
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                parts.push(s[i..].to_vec());
                break;
            }
            let start = i;
            while i < s.len() && !is_space(s[i]) {
                i += 1;
            }
            parts.push(s[start..i].to_vec());
        }
    } else {
        let pat = text_arg(vm, &sep, "must be str or None")?;
        if pat.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        let mut start = 0;
        while let Some(i) =
            find_sub(&s, &pat, start).filter(|_| maxsplit < 0 || (parts.len() as i64) < maxsplit)
        {
            parts.push(s[start..i].to_vec());
            start = i + pat.len();
        }
        parts.push(s[start..].to_vec());
    }
    Ok(vm.new_list(parts.into_iter().map(|p| make(vm, p)).collect()))
}

fn strip_impl(vm: &Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let a = args.positional_range(vm, name, 1, 2)?;
    let s = cps(&a[0]);
    let chars = match a.get(1) {
        Some(c) if !c.is_none() => Some(text_arg(vm, c, &format!("{name} arg"))?),
        _ => None,
    };
    let strip = |c: u32| chars.as_ref().map_or(is_space(c), |set| set.contains(&c));
    let mut lo = 0;
    let mut hi = s.len();
    if left {
        while lo < hi && strip(s[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(s[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(make(vm, s[lo..hi].to_vec()))
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
    let a = args.positional_range(vm, "replace", 3, 4)?;
    let s = cps(&a[0]);
    let old = text_arg(vm, &a[1], "replace() argument 1")?;
    let new = text_arg(vm, &a[2], "replace() argument 2")?;
    let mut count = a.get(3).and_then(Value::as_small_int).unwrap_or(-1);
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        // Insert `new` before every code point and at the end, as CPython.
        for &c in &s {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(c);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(make(vm, out));
    }
    while count != 0 {
        let Some(j) = find_sub(&s, &old, i) else {
            break;
        };
        out.extend_from_slice(&s[i..j]);
        out.extend_from_slice(&new);
        i = j + old.len();
        count -= 1;
    }
    out.extend_from_slice(&s[i..]);
    Ok(make(vm, out))
}
