//! The `unicodedata` module (CPython's Modules/unicodedata.c): the character properties,
//! names, decompositions and normal forms of CPython 3.11's Unicode database (14.0.0), and the
//! same through `unicodedata.ucd_3_2_0` for Unicode 3.2.0 (what `stringprep` and IDNA use).
//!
//! The data is generated from CPython itself (tests/tools/gen_unicodedata_tables.py); the names
//! come from krait-parser's `unicode_names`, which `\N{...}` escapes share.

mod normalize;
mod tables;

use crate::convert::{one_arg, positional};
use crate::native_type::{alloc, new_type, state};
use krait_parser::unicode_names::{self, Version};
use krait_vm::native::{Args, MethodDef, MethodKind};
use krait_vm::objects::bytes::BytesData;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use tables::Record;

/// A `unicodedata.UCD` object: which database version it answers for.
struct Ucd(Version);

impl NativeObject for Ucd {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn clear(&self) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Declares the module function and the `UCD` method of each operation: both run `$imp` with
/// the database version (the module's is the current one) and the arguments after `self`.
macro_rules! both {
    ($($m:ident, $u:ident => $imp:ident;)*) => {$(
        fn $m(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            $imp(vm, &args, Version::Current, "unicodedata.", 0)
        }
        fn $u(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            let v = ucd_version(vm, &args)?;
            $imp(vm, &args, v, "UCD.", 1)
        }
    )*};
}

both!(
    m_decimal, u_decimal => decimal;
    m_digit, u_digit => digit;
    m_numeric, u_numeric => numeric;
    m_category, u_category => category;
    m_bidirectional, u_bidirectional => bidirectional;
    m_combining, u_combining => combining;
    m_mirrored, u_mirrored => mirrored;
    m_east_asian_width, u_east_asian_width => east_asian_width;
    m_decomposition, u_decomposition => decomposition;
    m_name, u_name => name;
    m_lookup, u_lookup => lookup;
    m_is_normalized, u_is_normalized => is_normalized;
    m_normalize, u_normalize => normalize;
);

/// Declares the module functions and the `UCD` methods from one list.
macro_rules! defs {
    ($($name:literal => $m:ident, $u:ident, $sig:literal, $doc:ident;)*) => {
        /// The functions of `unicodedata`.
        static FUNCTIONS: &[MethodDef] = &[$(MethodDef {
            name: $name,
            func: $m,
            kind: MethodKind::Static,
            signature: concat!("($self, ", $sig),
            doc: $doc,
        },)*];
        /// The methods of `UCD`.
        static UCD_METHODS: &[MethodDef] = &[$(MethodDef {
            name: $name,
            func: $u,
            kind: MethodKind::Method,
            signature: concat!("($self, ", $sig),
            doc: $doc,
        },)*];
    };
}

defs!(
    "decimal" => m_decimal, u_decimal, "chr, default=<unrepresentable>, /)", DECIMAL_DOC;
    "digit" => m_digit, u_digit, "chr, default=<unrepresentable>, /)", DIGIT_DOC;
    "numeric" => m_numeric, u_numeric, "chr, default=<unrepresentable>, /)", NUMERIC_DOC;
    "category" => m_category, u_category, "chr, /)", CATEGORY_DOC;
    "bidirectional" => m_bidirectional, u_bidirectional, "chr, /)", BIDI_DOC;
    "combining" => m_combining, u_combining, "chr, /)", COMBINING_DOC;
    "mirrored" => m_mirrored, u_mirrored, "chr, /)", MIRRORED_DOC;
    "east_asian_width" => m_east_asian_width, u_east_asian_width, "chr, /)", EAW_DOC;
    "decomposition" => m_decomposition, u_decomposition, "chr, /)", DECOMPOSITION_DOC;
    "name" => m_name, u_name, "chr, default=<unrepresentable>, /)", NAME_DOC;
    "lookup" => m_lookup, u_lookup, "name, /)", LOOKUP_DOC;
    "is_normalized" => m_is_normalized, u_is_normalized, "form, unistr, /)", IS_NORMALIZED_DOC;
    "normalize" => m_normalize, u_normalize, "form, unistr, /)", NORMALIZE_DOC;
);

method_table!(
    /// The attributes of `UCD`.
    UCD_GETTERS,
    Static,
    {
    "unidata_version" => u_unidata_version, "($self, /)", "";
    }
);

method_table!(
    /// `UCD.__new__`: only the module makes them.
    UCD_NEW,
    Static,
    {
    "__new__" => ucd_new, "($type, *args, **kwargs)", "Create and return a new object.";
    }
);

const DECIMAL_DOC: &str = "Converts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.";
const DIGIT_DOC: &str = "Converts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.";
const NUMERIC_DOC: &str = "Converts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.";
const CATEGORY_DOC: &str = "Returns the general category assigned to the character chr as string.";
const BIDI_DOC: &str = "Returns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an empty string is returned.";
const COMBINING_DOC: &str = "Returns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining class is defined.";
const MIRRORED_DOC: &str = "Returns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise.";
const EAW_DOC: &str = "Returns the east asian width assigned to the character chr as string.";
const DECOMPOSITION_DOC: &str = "Returns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is returned in case no such mapping is defined.";
const NAME_DOC: &str = "Returns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised.";
const LOOKUP_DOC: &str = "Look up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised.";
const IS_NORMALIZED_DOC: &str = "Return whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.";
const NORMALIZE_DOC: &str = "Return the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.";

const MODULE_DOC: &str = "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0.";

/// Creates the `unicodedata` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "unicodedata", FUNCTIONS)?;
    vm.module_set(&m, "__doc__", vm.new_str(MODULE_DOC))?;
    let ucd = new_type(
        vm,
        "unicodedata",
        "UCD",
        &[UCD_METHODS, UCD_NEW],
        UCD_GETTERS,
    )?;
    vm.module_set(&m, "UCD", ucd.clone())?;
    vm.module_set(&m, "ucd_3_2_0", alloc(&ucd, Ucd(Version::V3_2)))?;
    vm.module_set(&m, "unidata_version", vm.new_str("14.0.0"))?;
    Ok(m)
}

fn ucd_new(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'unicodedata.UCD' instances"))
}

/// The version of the `UCD` that is `args`' first argument.
fn ucd_version(vm: &Vm, args: &Args<'_>) -> PyResult<Version> {
    match args.pos().first().and_then(state::<Ucd>) {
        Some(u) => Ok(u.0),
        None => Err(vm.type_error("descriptor requires a 'unicodedata.UCD' object")),
    }
}

fn u_unidata_version(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str(match ucd_version(vm, &args)? {
        Version::Current => "14.0.0",
        Version::V3_2 => "3.2.0",
    }))
}

/// The arguments after `self` of a function with `min..=max` positional arguments.
fn args_of<'a>(
    vm: &Vm,
    args: &Args<'a>,
    prefix: &str,
    skip: usize,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let qual = format!("{}{name}", prefix.trim_end_matches('.'));
    let a = positional(vm, args, &qual, name, min + skip, max + skip)?;
    Ok(&a[skip..])
}

/// The code point of a one-character `str`, or CPython's TypeError for `name()`'s argument
/// (`nth` is "argument 1" for the functions with more arguments, "argument" otherwise).
fn char_arg(vm: &Vm, v: &Value, name: &str, nth: &str) -> PyResult<u32> {
    match payload::<StrData>(v) {
        Some(s) if s.len() == 1 => Ok(s.code_point(0)),
        _ => Err(vm.type_error(&format!(
            "{name}() {nth} must be a unicode character, not {}",
            if payload::<StrData>(v).is_some() {
                "str".to_owned()
            } else {
                vm.type_name(v)
            }
        ))),
    }
}

/// The single `chr` argument of the one-argument functions.
fn single_char(vm: &Vm, args: &Args<'_>, prefix: &str, skip: usize, name: &str) -> PyResult<u32> {
    let v = if skip == 0 {
        one_arg(vm, args, &format!("{prefix}{name}"))?
    } else {
        let rest = Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        };
        one_arg(vm, &rest, &format!("{prefix}{name}"))?
    };
    char_arg(vm, v, name, "argument")
}

/// The record of `c` in `version`.
pub(crate) fn record(c: u32, version: Version) -> Record {
    let runs = tables::RUNS;
    let i = runs.partition_point(|&(start, _)| start <= c);
    let (now, old) = tables::RECORDS[runs[i.saturating_sub(1)].1 as usize];
    match version {
        Version::Current => now,
        Version::V3_2 => old,
    }
}

/// The numeric property `which` (0 decimal, 1 digit, 2 numeric) of `c` in `version`.
fn numeric_value(c: u32, version: Version, which: usize) -> Option<f64> {
    let t = tables::NUMERIC;
    let i = t.binary_search_by_key(&c, |e| e.0).ok()?;
    match version {
        Version::Current => t[i].1[which],
        Version::V3_2 => t[i].2[which],
    }
}

fn numeric_common(
    vm: &Vm,
    args: &Args<'_>,
    version: Version,
    prefix: &str,
    skip: usize,
    which: usize,
) -> PyResult<Value> {
    let name = ["decimal", "digit", "numeric"][which];
    let a = args_of(vm, args, prefix, skip, name, 1, 2)?;
    let c = char_arg(vm, &a[0], name, "argument 1")?;
    match numeric_value(c, version, which) {
        Some(x) if which == 2 => Ok(Value::float(x)),
        Some(x) => Ok(vm.new_int(x as i64)),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(
                vm.value_error(["not a decimal", "not a digit", "not a numeric character"][which])
            ),
        },
    }
}

fn decimal(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    numeric_common(vm, args, v, p, skip, 0)
}

fn digit(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    numeric_common(vm, args, v, p, skip, 1)
}

fn numeric(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    numeric_common(vm, args, v, p, skip, 2)
}

fn category(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let c = single_char(vm, args, p, skip, "category")?;
    Ok(vm.new_str(tables::CATEGORIES[record(c, v).category as usize]))
}

fn bidirectional(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let c = single_char(vm, args, p, skip, "bidirectional")?;
    Ok(vm.new_str(tables::BIDIRECTIONAL[record(c, v).bidirectional as usize]))
}

fn combining(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let c = single_char(vm, args, p, skip, "combining")?;
    Ok(vm.new_int(i64::from(record(c, v).combining)))
}

fn mirrored(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let c = single_char(vm, args, p, skip, "mirrored")?;
    Ok(vm.new_int(i64::from(record(c, v).mirrored)))
}

fn east_asian_width(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let c = single_char(vm, args, p, skip, "east_asian_width")?;
    Ok(vm.new_str(tables::EAST_ASIAN_WIDTHS[record(c, v).east_asian_width as usize]))
}

/// `unicodedata.decomposition(chr(c))` in `version` ("" if none).
pub(crate) fn decomposition_str(c: u32, version: Version) -> &'static str {
    if version == Version::V3_2 {
        if record(c, version).category == CN {
            return "";
        }
        let t = tables::DECOMPOSITION_3_2;
        if let Ok(i) = t.binary_search_by_key(&c, |e| e.0) {
            return t[i].1;
        }
    }
    let t = tables::DECOMPOSITION;
    match t.binary_search_by_key(&c, |e| e.0) {
        Ok(i) => t[i].1,
        Err(_) => "",
    }
}

/// The index of "Cn" (unassigned) in `tables::CATEGORIES`.
const CN: u8 = 2;

fn decomposition(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let c = single_char(vm, args, p, skip, "decomposition")?;
    Ok(vm.new_str(decomposition_str(c, v)))
}

fn name(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let a = args_of(vm, args, p, skip, "name", 1, 2)?;
    let c = char_arg(vm, &a[0], "name", "argument 1")?;
    match unicode_names::name(c, v) {
        Some(n) => Ok(vm.new_str(&n)),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error("no such name")),
        },
    }
}

/// The longest name `lookup` considers (CPython's `NAME_MAXLEN`).
const NAME_MAXLEN: usize = 256;

fn lookup(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let rest = Args {
        values: &args.values[skip..],
        kwnames: args.kwnames,
    };
    let arg = one_arg(vm, &rest, &format!("{p}lookup"))?;
    let text: String = if let Some(s) = payload::<StrData>(arg) {
        s.to_string_lossy()
    } else if let Some(b) = payload::<BytesData>(arg) {
        String::from_utf8_lossy(&b.bytes).into_owned()
    } else if payload::<StrData>(arg).is_none() && vm.is_instance_of(arg, &vm.types.bytearray)
        || vm.type_name(arg) == "memoryview"
    {
        return Err(vm.type_error(&format!(
            "lookup() argument must be read-only bytes-like object, not {}",
            vm.type_name(arg)
        )));
    } else {
        return Err(vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(arg)
        )));
    };
    if text.len() > NAME_MAXLEN {
        return Err(vm.new_error(&vm.types.key_error, "name too long"));
    }
    match unicode_names::lookup(&text, v, true) {
        Some(cps) => Ok(vm.str_value(StrData::from_code_points(cps))),
        None => Err(vm.new_error(
            &vm.types.key_error,
            &format!("undefined character name '{text}'"),
        )),
    }
}

/// The form and string arguments of `normalize`/`is_normalized`.
fn form_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    p: &str,
    skip: usize,
    name: &str,
) -> PyResult<(normalize::Form, &'a StrData, &'a Value)> {
    let a = args_of(vm, args, p, skip, name, 2, 2)?;
    let form = payload::<StrData>(&a[0]).ok_or_else(|| {
        vm.type_error(&format!(
            "{name}() argument 1 must be str, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    let s = payload::<StrData>(&a[1]).ok_or_else(|| {
        vm.type_error(&format!(
            "{name}() argument 2 must be str, not {}",
            vm.type_name(&a[1])
        ))
    })?;
    let form = match form.as_ascii() {
        Some("NFC") => normalize::Form::Nfc,
        Some("NFKC") => normalize::Form::Nfkc,
        Some("NFD") => normalize::Form::Nfd,
        Some("NFKD") => normalize::Form::Nfkd,
        _ => return Err(vm.value_error("invalid normalization form")),
    };
    Ok((form, s, &a[1]))
}

fn normalize(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let (form, s, orig) = form_args(vm, args, p, skip, "normalize")?;
    let cps: Vec<u32> = s.code_points().collect();
    let out = normalize::normalize(&cps, form, v);
    if out == cps && vm.type_of(orig).is(&vm.types.str) {
        return Ok(orig.clone());
    }
    Ok(vm.str_value(StrData::from_code_points(out)))
}

fn is_normalized(vm: &Vm, args: &Args<'_>, v: Version, p: &str, skip: usize) -> PyResult<Value> {
    let (form, s, _) = form_args(vm, args, p, skip, "is_normalized")?;
    let cps: Vec<u32> = s.code_points().collect();
    Ok(Value::bool(normalize::normalize(&cps, form, v) == cps))
}
