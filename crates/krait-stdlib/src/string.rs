//! The `_string` module (CPython's Objects/unicodeobject.c `_string` methods and
//! Objects/stringlib/unicode_format.h): `formatter_parser` and `formatter_field_name_split`,
//! the parsers of the `str.format` grammar that `string.Formatter` is built on.

use crate::native_type::{alloc, new_type, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyResult, Value, Vm};
use std::any::Any;
use std::cell::RefCell;
use std::collections::VecDeque;

method_table!(
    /// The functions of `_string`.
    FUNCTIONS,
    Static,
    {
    "formatter_parser" => formatter_parser, "($module, format_string, /)", "";
    "formatter_field_name_split" => formatter_field_name_split, "($module, field_name, /)", "";
    }
);

/// Creates the `_string` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "_string", FUNCTIONS)?;
    vm.module_set(&m, "__doc__", vm.new_str("string helper module"))?;
    let types = vm.internal_types();
    for name in ["formatteriterator", "fieldnameiterator"] {
        let ty = new_type(vm, "builtins", name, &[ITER_METHODS], &[])?;
        vm.dict_set_item(&types, vm.new_str(&format!("_string.{name}")), ty)?;
    }
    Ok(m)
}

/// One item of a parse, or the error that ends it.
enum Item {
    Value(Value),
    Error(&'static str),
}

/// The state of both iterator types: the items still to give.
struct Items(RefCell<VecDeque<Item>>);

impl NativeObject for Items {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.0.try_borrow() {
            for item in items.iter() {
                if let Item::Value(v) = item {
                    visit(v);
                }
            }
        }
    }

    fn clear(&self) {
        if let Ok(mut items) = self.0.try_borrow_mut() {
            let old = std::mem::take(&mut *items);
            drop(items);
            drop(old);
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of the iterators.
    ITER_METHODS,
    Method,
    {
    "__iter__" => it_iter, "($self, /)", "Implement iter(self).";
    "__next__" => it_next, "($self, /)", "Implement next(self).";
    }
);

fn it_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::NONE);
    state::<Items>(&me).ok_or_else(|| vm.type_error("descriptor requires an iterator"))?;
    Ok(me)
}

fn it_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos().first().cloned().unwrap_or(Value::NONE);
    let items =
        state::<Items>(&me).ok_or_else(|| vm.type_error("descriptor requires an iterator"))?;
    let next = items.0.borrow_mut().pop_front();
    match next {
        Some(Item::Value(v)) => Ok(v),
        Some(Item::Error(msg)) => {
            items.0.borrow_mut().clear();
            Err(vm.value_error(msg))
        }
        None => Err(vm.new_exception(&vm.types.stop_iteration, Vec::new())),
    }
}

fn new_iter(vm: &Vm, kind: &str, items: VecDeque<Item>) -> PyResult<Value> {
    let key = vm.new_str(&format!("_string.{kind}"));
    let ty = match vm.dict_get_item(&vm.internal_types(), &key)? {
        Some(t) => t,
        None => {
            vm.import_absolute("_string")?;
            vm.dict_get_item(&vm.internal_types(), &key)?
                .ok_or_else(|| vm.type_error("_string is not initialized"))?
        }
    };
    Ok(alloc(&ty, Items(RefCell::new(items))))
}

/// The code points of the one `str` argument of `name`.
fn str_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Vec<u32>> {
    let a = crate::convert::positional(vm, args, name, name, 1, 1)?;
    payload::<StrData>(&a[0])
        .map(|s| s.code_points().collect())
        .ok_or_else(|| vm.type_error(&format!("expected str, got {}", vm.type_name(&a[0]))))
}

fn text(vm: &Vm, cps: &[u32]) -> Value {
    vm.str_value(StrData::from_code_points(cps.iter().copied()))
}

const LBRACE: u32 = b'{' as u32;
const RBRACE: u32 = b'}' as u32;

/// A parsed replacement field: name, spec and conversion (0 for none).
type Field = (std::ops::Range<usize>, std::ops::Range<usize>, u32);

/// CPython's `parse_field`: the field starting at `s[*i]` (just after its `{`).
fn parse_field(s: &[u32], i: &mut usize) -> Result<Field, &'static str> {
    let name_start = *i;
    let mut c = 0;
    while *i < s.len() {
        c = s[*i];
        *i += 1;
        match c {
            LBRACE => return Err("unexpected '{' in field name"),
            0x5B => {
                while *i < s.len() && s[*i] != 0x5D {
                    *i += 1;
                }
                continue;
            }
            RBRACE | 0x3A | 0x21 => break,
            _ => continue,
        }
    }
    let name = name_start..(*i).saturating_sub(1).max(name_start);
    if c == 0x21 || c == 0x3A {
        let mut conversion = 0;
        if c == 0x21 {
            if *i >= s.len() {
                return Err("end of string while looking for conversion specifier");
            }
            conversion = s[*i];
            *i += 1;
            if *i < s.len() {
                let c2 = s[*i];
                *i += 1;
                if c2 == RBRACE {
                    return Ok((name, *i..*i, conversion));
                }
                if c2 != 0x3A {
                    return Err("expected ':' after conversion specifier");
                }
            }
        }
        let spec_start = *i;
        let mut count = 1;
        while *i < s.len() {
            let c = s[*i];
            *i += 1;
            if c == LBRACE {
                count += 1;
            } else if c == RBRACE {
                count -= 1;
                if count == 0 {
                    return Ok((name, spec_start..*i - 1, conversion));
                }
            }
        }
        return Err("unmatched '{' in format spec");
    }
    if c != RBRACE {
        return Err("expected '}' before end of string");
    }
    Ok((name, *i..*i, 0))
}

fn formatter_parser(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_arg(vm, &args, "formatter_parser")?;
    let mut items = VecDeque::new();
    let mut i = 0;
    while i < s.len() {
        let start = i;
        let mut c = 0;
        let mut markup = false;
        while i < s.len() {
            c = s[i];
            i += 1;
            if c == LBRACE || c == RBRACE {
                markup = true;
                break;
            }
        }
        let at_end = i >= s.len();
        let mut len = i - start;
        if c == RBRACE && markup && (at_end || s[i] != c) {
            items.push_back(Item::Error("Single '}' encountered in format string"));
            break;
        }
        if at_end && c == LBRACE && markup {
            items.push_back(Item::Error("Single '{' encountered in format string"));
            break;
        }
        if !at_end && markup {
            if s[i] == c {
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal = text(vm, &s[start..start + len]);
        if !markup {
            items.push_back(Item::Value(vm.new_tuple(vec![
                literal,
                Value::NONE,
                Value::NONE,
                Value::NONE,
            ])));
            continue;
        }
        match parse_field(&s, &mut i) {
            Ok((name, spec, conversion)) => {
                let conversion = match conversion {
                    0 => Value::NONE,
                    c => text(vm, &[c]),
                };
                items.push_back(Item::Value(vm.new_tuple(vec![
                    literal,
                    text(vm, &s[name]),
                    text(vm, &s[spec]),
                    conversion,
                ])));
            }
            Err(msg) => {
                items.push_back(Item::Error(msg));
                break;
            }
        }
    }
    new_iter(vm, "formatteriterator", items)
}

/// CPython's `get_integer`: the value of an all-ASCII-digit name, `None` for any other name.
fn integer(s: &[u32]) -> Result<Option<i64>, &'static str> {
    if s.is_empty() || !s.iter().all(|c| (0x30..=0x39).contains(c)) {
        return Ok(None);
    }
    let mut n: i64 = 0;
    for &c in s {
        let d = i64::from(c - 0x30);
        if n > (i64::MAX - d) / 10 {
            return Err("Too many decimal digits in format string");
        }
        n = n * 10 + d;
    }
    Ok(Some(n))
}

fn name_value(vm: &Vm, s: &[u32]) -> Result<Value, &'static str> {
    Ok(match integer(s)? {
        Some(n) => vm.new_int(n),
        None => text(vm, s),
    })
}

fn formatter_field_name_split(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = str_arg(vm, &args, "formatter_field_name_split")?;
    let mut i = 0;
    while i < s.len() && s[i] != 0x2E && s[i] != 0x5B {
        i += 1;
    }
    let first = name_value(vm, &s[..i]).map_err(|m| vm.value_error(m))?;
    let mut items = VecDeque::new();
    while i < s.len() {
        let c = s[i];
        i += 1;
        let start = i;
        let (is_attr, end) = match c {
            0x2E => {
                while i < s.len() && s[i] != 0x2E && s[i] != 0x5B {
                    i += 1;
                }
                (true, i)
            }
            0x5B => {
                while i < s.len() && s[i] != 0x5D {
                    i += 1;
                }
                if i >= s.len() {
                    items.push_back(Item::Error("Missing ']' in format string"));
                    break;
                }
                i += 1;
                (false, i - 1)
            }
            _ => {
                items.push_back(Item::Error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
                break;
            }
        };
        let name = &s[start..end];
        let key = if is_attr {
            Ok(text(vm, name))
        } else {
            name_value(vm, name)
        };
        match key {
            Ok(_) if name.is_empty() => {
                items.push_back(Item::Error("Empty attribute in format string"));
                break;
            }
            Ok(k) => items.push_back(Item::Value(vm.new_tuple(vec![Value::bool(is_attr), k]))),
            Err(m) => {
                items.push_back(Item::Error(m));
                break;
            }
        }
    }
    let rest = new_iter(vm, "fieldnameiterator", items)?;
    Ok(vm.new_tuple(vec![first, rest]))
}
