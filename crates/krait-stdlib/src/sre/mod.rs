//! The `_sre` module (CPython's Modules/_sre/sre.c): the regular expression engine under
//! Lib/re. `re._compiler` turns a pattern into SRE code and calls [`compile`]; the resulting
//! `re.Pattern` runs it with krait's own matcher (`engine`), a backtracking machine with an
//! explicit stack over the subject's stored code units.

mod chars;
mod constants;
mod engine;
mod matchobj;
mod pattern;
mod scanner;
mod search;
mod text;
mod validate;

use crate::convert::parse_keywords;
use crate::native_type::{alloc, new_type};
use constants::{CODESIZE, MAGIC, MAXGROUPS, MAXREPEAT};
use krait_vm::native::Args;
use krait_vm::objects::dict::DictData;
use krait_vm::objects::list::ListData;
use krait_vm::objects::tuple::TupleData;
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_traits::ToPrimitive;

method_table!(
    /// The functions of `_sre`.
    FUNCTIONS,
    Static,
    {
    "compile" => compile, "($module, /, pattern, flags, code, groups, groupindex, indexgroup)", "";
    "getcodesize" => getcodesize, "($module, /)", "";
    "ascii_iscased" => ascii_iscased, "($module, character, /)", "";
    "unicode_iscased" => unicode_iscased, "($module, character, /)", "";
    "ascii_tolower" => ascii_tolower, "($module, character, /)", "";
    "unicode_tolower" => unicode_tolower, "($module, character, /)", "";
    }
);

/// Creates the `_sre` module (and its types `re.Pattern`, `re.Match`, `_sre.SRE_Scanner`).
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_sre", FUNCTIONS)?;
    vm.module_set(&m, "MAGIC", vm.new_int(MAGIC))?;
    vm.module_set(&m, "CODESIZE", vm.new_int(CODESIZE))?;
    vm.module_set(&m, "MAXREPEAT", vm.new_int(i64::from(MAXREPEAT)))?;
    vm.module_set(&m, "MAXGROUPS", vm.new_int(MAXGROUPS))?;
    vm.module_set(
        &m,
        "copyright",
        vm.new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
    )?;
    let types = vm.internal_types();
    let pattern = new_type(
        vm,
        "re",
        "Pattern",
        &[pattern::PATTERN_METHODS],
        pattern::PATTERN_GETTERS,
    )?;
    vm.dict_set_item(&types, vm.new_str("_sre.Pattern"), pattern)?;
    let matcht = new_type(
        vm,
        "re",
        "Match",
        &[matchobj::MATCH_METHODS],
        matchobj::MATCH_GETTERS,
    )?;
    vm.dict_set_item(&types, vm.new_str("_sre.Match"), matcht)?;
    let scanner = new_type(
        vm,
        "_sre",
        "SRE_Scanner",
        &[scanner::SCANNER_METHODS],
        scanner::SCANNER_GETTERS,
    )?;
    vm.dict_set_item(&types, vm.new_str("_sre.SRE_Scanner"), scanner)?;
    Ok(m)
}

/// One of `_sre`'s types (`Pattern`, `Match`, `SRE_Scanner`).
fn sre_type(vm: &Vm, name: &str) -> PyResult<Value> {
    let key = vm.new_str(&format!("_sre.{name}"));
    if let Some(t) = vm.dict_get_item(&vm.internal_types(), &key)? {
        return Ok(t);
    }
    vm.import_absolute("_sre")?;
    vm.dict_get_item(&vm.internal_types(), &key)?
        .ok_or_else(|| vm.new_error(&vm.types.runtime_error, "_sre is not initialized"))
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
fn compile(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = parse_keywords(
        vm,
        &args,
        "compile",
        &[
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        0,
        6,
        6,
    )?;
    let arg = |i: usize| a[i].clone().unwrap_or(Value::NONE);
    let (pattern, flags, code, groups, groupindex, indexgroup) =
        (arg(0), arg(1), arg(2), arg(3), arg(4), arg(5));
    let flags = crate::convert::index(vm, &flags)?.to_u32().unwrap_or(0);
    let Some(list) = payload::<ListData>(&code) else {
        return Err(vm.type_error(&format!(
            "compile() argument 'code' must be list, not {}",
            vm.type_name(&code)
        )));
    };
    let items = list.items.borrow().clone();
    let mut words = Vec::with_capacity(items.len());
    for item in items.iter() {
        let n = crate::convert::index(vm, item)?;
        if n.sign() == num_bigint::Sign::Minus {
            return Err(crate::convert::overflow(
                vm,
                "can't convert negative value to unsigned int",
            ));
        }
        let w = n.to_u32().ok_or_else(|| {
            crate::convert::overflow(vm, "regular expression code size limit exceeded")
        })?;
        words.push(w);
    }
    let groups = crate::convert::index(vm, &groups)?
        .to_usize()
        .filter(|&g| g as i64 <= MAXGROUPS)
        .ok_or_else(|| vm.new_error(&vm.types.runtime_error, "invalid SRE code"))?;
    if payload::<DictData>(&groupindex).is_none() {
        return Err(vm.type_error(&format!(
            "compile() argument 'groupindex' must be dict, not {}",
            vm.type_name(&groupindex)
        )));
    }
    if payload::<TupleData>(&indexgroup).is_none() {
        return Err(vm.type_error(&format!(
            "compile() argument 'indexgroup' must be tuple, not {}",
            vm.type_name(&indexgroup)
        )));
    }
    let is_bytes = if pattern.is_none() {
        None
    } else {
        Some(text::Text::new(vm, &pattern)?.is_bytes)
    };
    if !validate::validate(&words, groups) {
        return Err(vm.new_error(&vm.types.runtime_error, "invalid SRE code"));
    }
    let ty = sre_type(vm, "Pattern")?;
    Ok(alloc(
        &ty,
        pattern::Pattern {
            pattern: Slot::new(pattern),
            flags,
            code: words.into_boxed_slice(),
            groups,
            groupindex: Slot::new(groupindex),
            indexgroup: Slot::new(indexgroup),
            is_bytes,
        },
    ))
}

fn getcodesize(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    crate::convert::positional(vm, &args, "getcodesize", "getcodesize", 0, 0)?;
    Ok(vm.new_int(CODESIZE))
}

/// The `int character` argument of the case helpers.
fn character(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<u32> {
    let a = crate::convert::positional(vm, args, name, name, 1, 1)?;
    let n = crate::convert::index(vm, &a[0])?;
    let c = n.to_i32().ok_or_else(|| {
        crate::convert::overflow(
            vm,
            if n.sign() == num_bigint::Sign::Minus {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            },
        )
    })?;
    Ok(c as u32)
}

fn ascii_iscased(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let c = character(vm, &args, "ascii_iscased")?;
    Ok(Value::bool(c < 128 && (c as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let c = character(vm, &args, "unicode_iscased")?;
    Ok(Value::bool(
        c != chars::lower_unicode(c) || c != chars::upper_unicode(c),
    ))
}

fn ascii_tolower(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let c = character(vm, &args, "ascii_tolower")?;
    Ok(vm.new_int(i64::from(chars::lower_ascii(c))))
}

fn unicode_tolower(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let c = character(vm, &args, "unicode_tolower")?;
    Ok(vm.new_int(i64::from(chars::lower_unicode(c))))
}
