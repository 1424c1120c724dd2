//! `__new__` of the built-in types that can be called to make values (`int(x)`, `str(x)`,
//! `range(n)`, …), with CPython's argument rules and error messages. Installed as static
//! methods in each type's dict, so calling the type goes through the generic `type_call` path.

use crate::error::PyResult;
use crate::native::new_def;
use crate::native::{install_methods, Args};
use crate::objects::int::IntData;
use crate::objects::range::RangeData;
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Num};

/// Installs the constructors into the built-in types' dicts.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    for (ty, defs) in [
        (&t.range, &RANGE_NEW),
        (&t.str, &STR_NEW),
        (&t.int, &INT_NEW),
        (&t.float, &FLOAT_NEW),
        (&t.list, &LIST_NEW),
        (&t.tuple, &TUPLE_NEW),
        (&t.bool_, &BOOL_NEW),
        (&t.dict, &DICT_NEW),
    ] {
        install_methods(vm, ty, defs);
    }
}

new_def!(
    RANGE_NEW,
    range_new,
    "(type, *args)",
    "Create and return a new range object."
);
new_def!(
    STR_NEW,
    str_new,
    "(type, object='')",
    "Create and return a new str object."
);
new_def!(
    INT_NEW,
    int_new,
    "(type, x=0, /, base=10)",
    "Create and return a new int object."
);
new_def!(
    FLOAT_NEW,
    float_new,
    "(type, x=0, /)",
    "Create and return a new float object."
);
new_def!(
    LIST_NEW,
    list_new,
    "(type, iterable=(), /)",
    "Create and return a new list object."
);
new_def!(
    TUPLE_NEW,
    tuple_new,
    "(type, iterable=(), /)",
    "Create and return a new tuple object."
);
new_def!(
    BOOL_NEW,
    bool_new,
    "(type, x=False, /)",
    "Create and return a new bool object."
);
new_def!(
    DICT_NEW,
    dict_new,
    "(type, /, *args, **kwargs)",
    "Create and return a new dict object."
);

/// The arguments after `cls`, checked to number `min..=max` with no keywords.
fn rest<'a>(vm: &Vm, args: Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let all = args
        .positional_range(vm, name, min + 1, max + 1)
        .map_err(|_| {
            let n = args.pos().len().saturating_sub(1);
            let plural = |k: usize| if k == 1 { "" } else { "s" };
            let msg = if !args.kwnames.is_empty() {
                format!("{name}() takes no keyword arguments")
            } else if min == max {
                format!("{name} expected {min} argument{}, got {n}", plural(min))
            } else if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            };
            vm.type_error(&msg)
        })?;
    Ok(&all[1..])
}

/// The value of an int argument (`__index__` semantics for built-in ints and bools).
fn index_of(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    match v.as_immediate() {
        Some(crate::value::Immediate::True) => return Ok(1),
        Some(crate::value::Immediate::False) => return Ok(0),
        _ => {}
    }
    if payload::<IntData>(v).is_some() {
        return Err(vm.not_implemented("ranges with bounds beyond 48 bits"));
    }
    Err(vm.type_error(&format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

fn range_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = rest(vm, args, "range", 1, 3)?;
    let (start, stop, step) = match a {
        [stop] => (0, index_of(vm, stop)?, 1),
        [start, stop] => (index_of(vm, start)?, index_of(vm, stop)?, 1),
        [start, stop, step] => (
            index_of(vm, start)?,
            index_of(vm, stop)?,
            index_of(vm, step)?,
        ),
        _ => unreachable!("checked: 1 to 3 arguments"),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(crate::heap::alloc(vm.types.range.to_obj(), RangeData { start, stop, step }).into_value())
}

fn str_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = str_new_exact(vm, args)?;
    Ok(vm.as_instance_of(&args.values[0], v))
}

fn str_new_exact(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() || args.pos().len() > 2 {
        return str_decode(vm, args);
    }
    let a = rest(vm, args, "str", 0, 1)?;
    match a {
        [] => Ok(vm.new_str("")),
        [x] if vm.type_of(x).is(&vm.types.str) => Ok(x.clone()),
        [x] => Ok(vm.new_str(&vm.str_string(x)?)),
        _ => unreachable!("checked: at most 1 argument"),
    }
}

/// `str(object, encoding, errors)`: a bytes-like object decoded (`bytes.decode`).
fn str_decode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() > 3 {
        return Err(vm.type_error(&format!(
            "str() takes at most 3 arguments ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let mut slots: [Option<Value>; 3] = [
        pos.first().cloned(),
        pos.get(1).cloned(),
        pos.get(2).cloned(),
    ];
    for (k, v) in args.kwargs() {
        let i = match vm.str_of(k).as_str() {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for str()"
                )))
            }
        };
        slots[i] = Some(v.clone());
    }
    let [obj, encoding, errors] = slots;
    let obj = obj.unwrap_or_else(|| vm.new_bytes(Vec::new()));
    if encoding.is_none() && errors.is_none() {
        return Ok(vm.new_str(&vm.str_string(&obj)?));
    }
    if payload::<StrData>(&obj).is_some() {
        return Err(vm.type_error("decoding str is not supported"));
    }
    let bytes = if let Some(b) = payload::<crate::objects::bytes::BytesData>(&obj) {
        b.bytes.to_vec()
    } else if let Some(b) = crate::objects::bytearray::contents(&obj) {
        b
    } else if let Some(m) = payload::<crate::objects::memoryview::MemoryViewData>(&obj) {
        m.to_vec()
    } else {
        return Err(vm.type_error(&format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(&obj)
        )));
    };
    let encoding = encoding.unwrap_or_else(|| vm.new_str("utf-8"));
    let errors = errors.unwrap_or_else(|| vm.new_str("strict"));
    vm.call_method(&vm.new_bytes(bytes), "decode", &[encoding, errors])
}

fn int_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = int_new_exact(vm, args)?;
    Ok(vm.as_instance_of(&args.values[0], v))
}

fn int_new_exact(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = rest(vm, args, "int", 0, 2)?;
    let (x, base) = match a {
        [] => return Ok(vm.new_int(0)),
        [x] => (x, None),
        [x, b] => (x, Some(index_of(vm, b)?)),
        _ => unreachable!("checked: at most 2 arguments"),
    };
    let bytes_text = payload::<crate::objects::bytes::BytesData>(x)
        .map(|b| b.bytes.to_vec())
        .or_else(|| crate::objects::bytearray::contents(x))
        .map(|b| b.iter().map(|&c| char::from(c)).collect::<String>());
    if let Some(text) = bytes_text.or_else(|| payload::<StrData>(x).map(StrData::to_string_lossy)) {
        let base = base.unwrap_or(10);
        check_str_digits(vm, &text, base)?;
        return parse_int(&text, base as u32)
            .map(|n| vm.new_bigint(n))
            .ok_or_else(|| {
                let repr = vm.repr_string(x).unwrap_or_default();
                vm.value_error(&format!(
                    "invalid literal for int() with base {base}: {repr}"
                ))
            });
    }
    if base.is_some() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    if let Some(f) = x.as_float() {
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.new_error(
                &vm.types.overflow_error,
                "cannot convert float infinity to integer",
            ));
        }
        return Ok(vm.new_bigint(BigInt::from_f64(f.trunc()).unwrap_or_default()));
    }
    if x.is_small_int() {
        return Ok(x.clone());
    }
    if let Some(n) = payload::<IntData>(x) {
        return Ok(vm.new_bigint(n.value.clone()));
    }
    if let Some(b) = x.as_immediate().filter(|i| {
        matches!(
            i,
            crate::value::Immediate::True | crate::value::Immediate::False
        )
    }) {
        return Ok(vm.new_int(i64::from(b == crate::value::Immediate::True)));
    }
    match vm
        .lookup_special(x, "__int__")?
        .or(vm.lookup_special(x, "__index__")?)
    {
        Some(f) => vm.call(&f, std::slice::from_ref(x), &[]),
        None => Err(vm.type_error(&format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// Parses an int literal as `int(text, base)` does: surrounding whitespace, a sign, single
/// underscores between digits, and for base 0 (or matching bases) a `0x`/`0o`/`0b` prefix.
/// CPython 3.11's limit on decimal digits when parsing an int in a base that is not a power of
/// two (`sys.set_int_max_str_digits`).
fn check_str_digits(vm: &Vm, text: &str, base: i64) -> PyResult<()> {
    let t = text.trim().trim_start_matches(['+', '-']);
    let lower = t.to_ascii_lowercase();
    let binary_prefix = base == 0
        && (lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b"));
    if matches!(base, 2 | 4 | 8 | 16 | 32) || binary_prefix {
        return Ok(());
    }
    let limit = vm.int_max_str_digits();
    let digits = t.chars().filter(|c| *c != '_').count() as u64;
    if limit > 0 && digits > 640 && digits > limit {
        return Err(vm.value_error(&format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let prefix_base = |p: &str| lower.starts_with(p);
    let (base, digits) = match base {
        0 if prefix_base("0x") => (16, &t[2..]),
        0 if prefix_base("0o") => (8, &t[2..]),
        0 if prefix_base("0b") => (2, &t[2..]),
        0 => {
            // Base 0: a decimal literal may not have leading zeros (except all zeros).
            if t.len() > 1 && t.starts_with('0') && t.bytes().any(|b| b != b'0' && b != b'_') {
                return None;
            }
            (10, t)
        }
        16 if prefix_base("0x") => (16, &t[2..]),
        8 if prefix_base("0o") => (8, &t[2..]),
        2 if prefix_base("0b") => (2, &t[2..]),
        b if (2..=36).contains(&b) => (b, t),
        _ => return None,
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| digits.len() != t.len())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let n = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -n } else { n })
}

fn float_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = float_new_exact(vm, args)?;
    Ok(vm.as_instance_of(&args.values[0], v))
}

fn float_new_exact(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = rest(vm, args, "float", 0, 1)?;
    let Some(x) = a.first() else {
        return Ok(Value::float(0.0));
    };
    if x.is_float() {
        return Ok(x.clone());
    }
    if let Some(i) = x.as_small_int() {
        return Ok(Value::float(i as f64));
    }
    let bytes_text = payload::<crate::objects::bytes::BytesData>(x)
        .map(|b| b.bytes.to_vec())
        .or_else(|| crate::objects::bytearray::contents(x))
        .map(|b| b.iter().map(|&c| char::from(c)).collect::<String>());
    if let Some(text) = bytes_text.or_else(|| payload::<StrData>(x).map(StrData::to_string_lossy)) {
        return parse_float(&text).map(Value::float).ok_or_else(|| {
            let repr = vm.repr_string(x).unwrap_or_default();
            vm.value_error(&format!("could not convert string to float: {repr}"))
        });
    }
    if let Some(n) = payload::<IntData>(x) {
        return num_traits::ToPrimitive::to_f64(&n.value)
            .filter(|f| f.is_finite())
            .map(Value::float)
            .ok_or_else(|| {
                vm.new_error(
                    &vm.types.overflow_error,
                    "int too large to convert to float",
                )
            });
    }
    match x.as_immediate() {
        Some(crate::value::Immediate::True) => return Ok(Value::float(1.0)),
        Some(crate::value::Immediate::False) => return Ok(Value::float(0.0)),
        _ => {}
    }
    match vm.lookup_special(x, "__float__")? {
        Some(f) => vm.call(&f, std::slice::from_ref(x), &[]),
        None => Err(vm.type_error(&format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// Parses a float as `float(text)` does: whitespace, sign, `inf`/`infinity`/`nan` in any case,
/// and single underscores between digits.
fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let body = t.trim_start_matches(['+', '-']);
    if t.len() - body.len() > 1 {
        return None;
    }
    let neg = t.starts_with('-');
    let special = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let ok_underscores = !body.contains("__")
        && !body.starts_with('_')
        && !body.ends_with('_')
        && body.match_indices('_').all(|(i, _)| {
            let b = body.as_bytes();
            b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        });
    if !ok_underscores
        || body.is_empty()
        || !body
            .bytes()
            .all(|c| c.is_ascii_digit() || b"._eE+-".contains(&c))
    {
        return None;
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let v: f64 = clean.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// `list.__new__`: an empty list of the class; `list.__init__` fills it.
fn list_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_instance(
        &args.values[0],
        crate::objects::list::ListData::new(Vec::new()),
    ))
}

fn tuple_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = tuple_new_exact(vm, args)?;
    Ok(vm.as_instance_of(&args.values[0], v))
}

fn tuple_new_exact(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = rest(vm, args, "tuple", 0, 1)?;
    match a.first() {
        Some(x) if vm.type_of(x).is(&vm.types.tuple) => Ok(x.clone()),
        Some(x) => Ok(vm.new_tuple(vm.collect_iterable(x)?)),
        None => Ok(vm.new_tuple(Vec::new())),
    }
}

fn bool_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = rest(vm, args, "bool", 0, 1)?;
    Ok(Value::bool(match a.first() {
        Some(x) => vm.is_true(x)?,
        None => false,
    }))
}

/// `dict.__new__`: an empty dict of the class; `dict.__init__` fills it.
fn dict_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_instance(&args.values[0], crate::objects::dict::DictData::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_literals_parse_as_python() {
        assert_eq!(parse_int(" 12_345 ", 10), Some(BigInt::from(12345)));
        assert_eq!(parse_int("-ff", 16), Some(BigInt::from(-255)));
        assert_eq!(parse_int("0x_ff", 0), Some(BigInt::from(255)));
        assert_eq!(parse_int("0b101", 2), Some(BigInt::from(5)));
        assert_eq!(parse_int("1__0", 10), None);
        assert_eq!(parse_int("010", 0), None);
        assert_eq!(parse_int("", 10), None);
        assert_eq!(parse_float(" -1_000.5e1 "), Some(-10005.0));
        assert_eq!(parse_float("1__0"), None);
        assert!(parse_float("-NaN").unwrap().is_nan());
        assert_eq!(parse_float("+inFinity"), Some(f64::INFINITY));
    }
}
