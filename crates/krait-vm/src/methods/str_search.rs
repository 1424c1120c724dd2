//! `str` searching and splitting: find/rfind/index/rindex/count/startswith/endswith with
//! `start`/`end`, partition/rpartition, rsplit and splitlines (CPython's Objects/stringlib).

use super::str_case::self_cps;
use crate::error::PyResult;
use crate::native::{method_table, Args};
use crate::objects::str::StrData;
use crate::protocols::format::int_value;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use num_traits::{Signed, ToPrimitive};

method_table!(
    /// Search and split methods of `str`.
    METHODS,
    Method,
    {
    "find" => find, "($self, sub[, start[, end]], /)", "Return the lowest index in S where substring sub is found.";
    "rfind" => rfind, "($self, sub[, start[, end]], /)", "Return the highest index in S where substring sub is found.";
    "index" => index, "($self, sub[, start[, end]], /)", "Return the lowest index in S where substring sub is found; raise ValueError when not found.";
    "rindex" => rindex, "($self, sub[, start[, end]], /)", "Return the highest index in S where substring sub is found; raise ValueError when not found.";
    "count" => count, "($self, sub[, start[, end]], /)", "Return the number of non-overlapping occurrences of substring sub in string S[start:end].";
    "startswith" => startswith, "($self, prefix[, start[, end]], /)", "Return True if S starts with the specified prefix, False otherwise.";
    "endswith" => endswith, "($self, suffix[, start[, end]], /)", "Return True if S ends with the specified suffix, False otherwise.";
    "partition" => partition, "($self, sep, /)", "Partition the string into three parts using the given separator.";
    "rpartition" => rpartition, "($self, sep, /)", "Partition the string into three parts using the given separator, from the right.";
    "rsplit" => rsplit, "($self, /, sep=None, maxsplit=-1)", "Return a list of the substrings in the string, using sep as the separator string, from the right.";
    "splitlines" => splitlines, "($self, /, keepends=False)", "Return a list of the lines in the string, breaking at line boundaries.";
    }
);

fn make(vm: &Vm, cps: &[u32]) -> Value {
    vm.str_value(StrData::from_code_points(cps.iter().copied()))
}

/// A `start`/`end` argument: None or an integer (clamped to i64).
fn slice_index(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if v.as_float().is_none() {
        if let Some(n) = int_value(v) {
            return Ok(Some(n.to_i64().unwrap_or(if n.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            })));
        }
        if let Some(m) = vm.lookup_special(v, "__index__")? {
            let r = vm.call(&m, std::slice::from_ref(v), &[])?;
            if let Some(n) = int_value(&r) {
                return Ok(Some(n.to_i64().unwrap_or(i64::MAX)));
            }
        }
    }
    Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
}

/// CPython's ADJUST_INDICES: clamps `start`/`end` to the string like a slice.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len).min(len);
    if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Parsed `(self, sub[, start[, end]])`.
struct SubArgs {
    s: Vec<u32>,
    sub: Value,
    start: i64,
    end: i64,
}

fn sub_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<SubArgs> {
    args.no_kwargs(vm, name)?;
    let a = args.pos();
    let n = a.len().saturating_sub(1);
    if n < 1 {
        return Err(vm.type_error(&format!("{name}() takes at least 1 argument ({n} given)")));
    }
    if n > 3 {
        return Err(vm.type_error(&format!("{name}() takes at most 3 arguments ({n} given)")));
    }
    let s = self_cps(vm, &a[0], name)?;
    let (start, end) = adjust(
        slice_index(vm, a.get(2))?,
        slice_index(vm, a.get(3))?,
        s.len(),
    );
    Ok(SubArgs {
        s,
        sub: a[1].clone(),
        start,
        end,
    })
}

fn sub_text(vm: &Vm, v: &Value) -> PyResult<Vec<u32>> {
    match payload::<StrData>(v) {
        Some(d) => Ok(d.code_points().collect()),
        None => Err(vm.type_error(&format!("must be str, not {}", vm.type_name(v)))),
    }
}

/// The first (or last, `reverse`) index of `sub` in `s[start..end]`.
fn search(s: &[u32], sub: &[u32], start: i64, end: i64, reverse: bool) -> Option<usize> {
    if start > s.len() as i64 || end - start < sub.len() as i64 {
        return None;
    }
    let (start, end) = (start as usize, end as usize);
    let last = end - sub.len();
    if reverse {
        (start..=last).rev().find(|&i| s[i..i + sub.len()] == *sub)
    } else {
        (start..=last).find(|&i| s[i..i + sub.len()] == *sub)
    }
}

fn find_impl(vm: &Vm, args: Args<'_>, name: &str, reverse: bool, raise: bool) -> PyResult<Value> {
    let a = sub_args(vm, &args, name)?;
    let sub = sub_text(vm, &a.sub)?;
    match search(&a.s, &sub, a.start, a.end, reverse) {
        Some(i) => Ok(vm.new_int(i as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(vm.new_int(-1)),
    }
}

fn find(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, args, "find", false, false)
}

fn rfind(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true, false)
}

fn index(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, args, "index", false, true)
}

fn rindex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, args, "rindex", true, true)
}

fn count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = sub_args(vm, &args, "count")?;
    let sub = sub_text(vm, &a.sub)?;
    if a.start > a.s.len() as i64 || a.end < a.start {
        return Ok(vm.new_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_int(a.end - a.start + 1));
    }
    let (mut i, end) = (a.start as usize, a.end as usize);
    let mut n = 0;
    while i + sub.len() <= end {
        if a.s[i..i + sub.len()] == *sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn affix(vm: &Vm, args: Args<'_>, name: &str, at_start: bool) -> PyResult<Value> {
    let a = sub_args(vm, &args, name)?;
    let candidates = vm
        .tuple_items(&a.sub)
        .unwrap_or_else(|| vec![a.sub.clone()]);
    let is_tuple = vm.tuple_items(&a.sub).is_some();
    for c in &candidates {
        let Some(d) = payload::<StrData>(c) else {
            let msg = if is_tuple {
                format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(c)
                )
            } else {
                format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    vm.type_name(c)
                )
            };
            return Err(vm.type_error(&msg));
        };
        let p: Vec<u32> = d.code_points().collect();
        if a.end - a.start < p.len() as i64 || a.start > a.s.len() as i64 {
            continue;
        }
        let (start, end) = (a.start as usize, a.end as usize);
        let hit = if at_start {
            a.s[start..start + p.len()] == *p
        } else {
            a.s[end - p.len()..end] == *p
        };
        if hit {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn startswith(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn partition_impl(vm: &Vm, args: Args<'_>, name: &str, reverse: bool) -> PyResult<Value> {
    let a = args.positional_range(vm, name, 2, 2).map_err(|_| {
        vm.type_error(&format!(
            "str.{name}() takes exactly one argument ({} given)",
            args.values.len().saturating_sub(1)
        ))
    })?;
    let s = self_cps(vm, &a[0], name)?;
    let sep = sub_text(vm, &a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts = match search(&s, &sep, 0, s.len() as i64, reverse) {
        Some(i) => [
            make(vm, &s[..i]),
            a[1].clone(),
            make(vm, &s[i + sep.len()..]),
        ],
        None if reverse => [make(vm, &[]), make(vm, &[]), a[0].clone()],
        None => [a[0].clone(), make(vm, &[]), make(vm, &[])],
    };
    Ok(vm.new_tuple(parts.into()))
}

fn partition(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

/// Binds `(self, /, sep=None, maxsplit=-1)`.
fn split_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(Vec<u32>, Value, i64)> {
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(vm.type_error(&format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.values.len() - 1
        )));
    }
    let mut sep = pos.get(1).cloned();
    let mut maxsplit = pos.get(2).cloned();
    for (k, v) in args.kwargs() {
        let slot = match vm.str_of(k).as_str() {
            "sep" => &mut sep,
            "maxsplit" => &mut maxsplit,
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(&format!(
                "argument for {name}() given by name ('{}') and position",
                vm.str_of(k)
            )));
        }
        *slot = Some(v.clone());
    }
    let maxsplit = match maxsplit {
        None => -1,
        Some(m) => match int_value(&m).filter(|_| m.as_float().is_none()) {
            Some(n) => n.to_i64().unwrap_or(i64::MAX),
            None => {
                return Err(vm.type_error(&format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&m)
                )))
            }
        },
    };
    let s = self_cps(vm, &pos[0], name)?;
    Ok((s, sep.unwrap_or(Value::NONE), maxsplit))
}

fn rsplit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let mut parts: Vec<&[u32]> = Vec::new();
    let space = |c: u32| super::unicode::has(c, super::unicode::SPACE);
    if sep.is_none() {
        let mut i = s.len();
        loop {
            while i > 0 && space(s[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                parts.push(&s[..i]);
                break;
            }
            let end = i;
            while i > 0 && !space(s[i - 1]) {
                i -= 1;
            }
            parts.push(&s[i..end]);
        }
    } else {
        let Some(d) = payload::<StrData>(&sep) else {
            return Err(vm.type_error(&format!("must be str or None, not {}", vm.type_name(&sep))));
        };
        let pat: Vec<u32> = d.code_points().collect();
        if pat.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        let mut end = s.len();
        while maxsplit < 0 || (parts.len() as i64) < maxsplit {
            let Some(i) = search(&s, &pat, 0, end as i64, true) else {
                break;
            };
            parts.push(&s[i + pat.len()..end]);
            end = i;
        }
        parts.push(&s[..end]);
    }
    parts.reverse();
    Ok(vm.new_list(parts.into_iter().map(|p| make(vm, p)).collect()))
}

fn splitlines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let mut keep = pos.get(1).cloned();
    if pos.len() > 2 {
        return Err(vm.type_error(&format!(
            "splitlines() takes at most 1 argument ({} given)",
            pos.len() - 1
        )));
    }
    for (k, v) in args.kwargs() {
        if vm.str_of(k) != "keepends" {
            return Err(vm.type_error(&format!(
                "'{}' is an invalid keyword argument for splitlines()",
                vm.str_of(k)
            )));
        }
        keep = Some(v.clone());
    }
    let keepends = match keep {
        Some(k) => vm.is_true(&k)?,
        None => false,
    };
    let s = self_cps(vm, &pos[0], "splitlines")?;
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < s.len() {
        let c = s[i];
        let brk = matches!(
            c,
            0x0A | 0x0B | 0x0C | 0x0D | 0x1C | 0x1D | 0x1E | 0x85 | 0x2028 | 0x2029
        );
        if !brk {
            i += 1;
            continue;
        }
        let mut next = i + 1;
        if c == 0x0D && s.get(i + 1) == Some(&0x0A) {
            next += 1;
        }
        out.push(make(vm, &s[start..if keepends { next } else { i }]));
        start = next;
        i = next;
    }
    if start < s.len() {
        out.push(make(vm, &s[start..]));
    }
    Ok(vm.new_list(out))
}
