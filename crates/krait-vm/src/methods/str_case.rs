//! `str` case conversions and character-class predicates (upper, lower, casefold, swapcase,
//! title, capitalize, isalpha … isidentifier), Unicode-exact through the generated tables.

use super::unicode::{self as u, has};
use crate::error::PyResult;
use crate::native::{method_table, Args};
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;

method_table!(
    /// Case conversions and predicates of `str`.
    METHODS,
    Method,
    {
    "upper" => upper, "($self, /)", "Return a copy of the string converted to uppercase.";
    "lower" => lower, "($self, /)", "Return a copy of the string converted to lowercase.";
    "casefold" => casefold, "($self, /)", "Return a version of the string suitable for caseless comparisons.";
    "swapcase" => swapcase, "($self, /)", "Convert uppercase characters to lowercase and lowercase characters to uppercase.";
    "title" => title, "($self, /)", "Return a version of the string where each word is titlecased.";
    "capitalize" => capitalize, "($self, /)", "Return a capitalized version of the string.";
    "isalpha" => isalpha, "($self, /)", "Return True if the string is an alphabetic string, False otherwise.";
    "isalnum" => isalnum, "($self, /)", "Return True if the string is an alpha-numeric string, False otherwise.";
    "isdecimal" => isdecimal, "($self, /)", "Return True if the string is a decimal string, False otherwise.";
    "isdigit" => isdigit, "($self, /)", "Return True if the string is a digit string, False otherwise.";
    "isnumeric" => isnumeric, "($self, /)", "Return True if the string is a numeric string, False otherwise.";
    "isspace" => isspace, "($self, /)", "Return True if the string is a whitespace string, False otherwise.";
    "isprintable" => isprintable, "($self, /)", "Return True if the string is printable, False otherwise.";
    "isascii" => isascii, "($self, /)", "Return True if all characters in the string are ASCII, False otherwise.";
    "isupper" => isupper, "($self, /)", "Return True if the string is an uppercase string, False otherwise.";
    "islower" => islower, "($self, /)", "Return True if the string is a lowercase string, False otherwise.";
    "istitle" => istitle, "($self, /)", "Return True if the string is a title-cased string, False otherwise.";
    "isidentifier" => isidentifier, "($self, /)", "Return True if the string is a valid Python identifier, False otherwise.";
    }
);

/// The code points of `self` for a method taking no other arguments, with CPython's
/// "str.NAME() takes no arguments (N given)" otherwise.
pub fn self_only(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Vec<u32>> {
    let a = args.pos();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("str.{name}() takes no keyword arguments")));
    }
    if a.len() != 1 {
        return Err(vm.type_error(&format!(
            "str.{name}() takes no arguments ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    self_cps(vm, &a[0], name)
}

/// The code points of a `self` that must be a `str` (as for `str.upper(1)`).
pub fn self_cps(vm: &Vm, s: &Value, name: &str) -> PyResult<Vec<u32>> {
    match payload::<StrData>(s) {
        Some(d) => Ok(d.code_points().collect()),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        ))),
    }
}

fn make(vm: &Vm, cps: Vec<u32>) -> Value {
    vm.str_value(StrData::from_code_points(cps))
}

fn map_each(
    vm: &Vm,
    args: Args<'_>,
    name: &str,
    f: fn(&[u32], usize, &mut Vec<u32>),
) -> PyResult<Value> {
    let s = self_only(vm, &args, name)?;
    let mut out = Vec::with_capacity(s.len());
    for i in 0..s.len() {
        f(&s, i, &mut out);
    }
    Ok(make(vm, out))
}

fn upper(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    map_each(vm, args, "upper", |s, i, out| u::push_upper(s[i], out))
}

fn lower(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    map_each(vm, args, "lower", u::push_lower_at)
}

fn casefold(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    map_each(vm, args, "casefold", |s, i, out| u::push_fold(s[i], out))
}

fn swapcase(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    map_each(vm, args, "swapcase", |s, i, out| {
        if has(s[i], u::UPPER) {
            u::push_lower_at(s, i, out);
        } else if has(s[i], u::LOWER) {
            u::push_upper(s[i], out);
        } else {
            out.push(s[i]);
        }
    })
}

fn title(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_only(vm, &args, "title")?;
    let mut out = Vec::with_capacity(s.len());
    let mut previous_cased = false;
    for i in 0..s.len() {
        if previous_cased {
            u::push_lower_at(&s, i, &mut out);
        } else {
            u::push_title(s[i], &mut out);
        }
        previous_cased = has(s[i], u::CASED);
    }
    Ok(make(vm, out))
}

fn capitalize(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_only(vm, &args, "capitalize")?;
    let mut out = Vec::with_capacity(s.len());
    for i in 0..s.len() {
        if i == 0 {
            u::push_title(s[0], &mut out);
        } else {
            u::push_lower_at(&s, i, &mut out);
        }
    }
    Ok(make(vm, out))
}

fn all_nonempty(vm: &Vm, args: Args<'_>, name: &str, mask: u16) -> PyResult<Value> {
    let s = self_only(vm, &args, name)?;
    Ok(Value::bool(
        !s.is_empty() && s.iter().all(|&c| has(c, mask)),
    ))
}

fn isalpha(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    all_nonempty(vm, args, "isalpha", u::ALPHA)
}

fn isalnum(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    all_nonempty(
        vm,
        args,
        "isalnum",
        u::ALPHA | u::DECIMAL | u::DIGIT | u::NUMERIC,
    )
}

fn isdecimal(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    all_nonempty(vm, args, "isdecimal", u::DECIMAL)
}

fn isdigit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    all_nonempty(vm, args, "isdigit", u::DIGIT)
}

fn isnumeric(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    all_nonempty(vm, args, "isnumeric", u::NUMERIC)
}

fn isspace(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    all_nonempty(vm, args, "isspace", u::SPACE)
}

fn isprintable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_only(vm, &args, "isprintable")?;
    Ok(Value::bool(s.iter().all(|&c| has(c, u::PRINTABLE))))
}

fn isascii(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_only(vm, &args, "isascii")?;
    Ok(Value::bool(s.iter().all(|&c| c < 0x80)))
}

fn isupper(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_only(vm, &args, "isupper")?;
    let mut cased = false;
    for &c in &s {
        if has(c, u::LOWER | u::TITLE) {
            return Ok(Value::FALSE);
        }
        cased |= has(c, u::UPPER);
    }
    Ok(Value::bool(cased))
}

fn islower(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_only(vm, &args, "islower")?;
    let mut cased = false;
    for &c in &s {
        if has(c, u::UPPER | u::TITLE) {
            return Ok(Value::FALSE);
        }
        cased |= has(c, u::LOWER);
    }
    Ok(Value::bool(cased))
}

fn istitle(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_only(vm, &args, "istitle")?;
    let mut cased = false;
    let mut previous_cased = false;
    for &c in &s {
        if has(c, u::UPPER | u::TITLE) {
            if previous_cased {
                return Ok(Value::FALSE);
            }
            previous_cased = true;
            cased = true;
        } else if has(c, u::LOWER) {
            if !previous_cased {
                return Ok(Value::FALSE);
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

fn isidentifier(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_only(vm, &args, "isidentifier")?;
    let ok = match s.split_first() {
        None => false,
        Some((&first, rest)) => {
            (first == 0x5F || has(first, u::XID_START))
                && rest.iter().all(|&c| has(c, u::XID_CONTINUE))
        }
    };
    Ok(Value::bool(ok))
}
