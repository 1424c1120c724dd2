//! `str.format` and `str.format_map` (the format-string grammar of CPython's
//! Objects/stringlib/unicode_format.h): literal text with `{{`/`}}`, replacement fields
//! `{name.attr[key]!conv:spec}` with automatic or manual numbering, and specs that hold nested
//! fields (two levels at most).

use crate::error::{PyErr, PyResult};
use crate::native::Args;
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

/// Where field values come from.
struct Source<'a> {
    /// Positional arguments, or `None` for `format_map`.
    args: Option<&'a [Value]>,
    /// Keyword arguments of `format`.
    kwargs: Vec<(&'a Value, &'a Value)>,
    /// The mapping of `format_map`.
    mapping: Option<&'a Value>,
    /// 0: no field seen yet, 1: automatic numbering, 2: manual.
    numbering: Cell<u8>,
    /// The next automatic index.
    next_auto: Cell<usize>,
}

fn text(cps: &[u32]) -> String {
    cps.iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
        .collect()
}

/// The decimal value of `cps` if it is all ASCII digits (and not empty).
fn as_index(vm: &Vm, cps: &[u32]) -> PyResult<Option<usize>> {
    if cps.is_empty() || !cps.iter().all(|c| (0x30..=0x39).contains(c)) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for &c in cps {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add((c - 0x30) as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

impl Vm {
    /// Renders `fmt` with `src`; `depth` counts the nesting levels still allowed.
    fn render_format(&self, fmt: &[u32], src: &Source<'_>, depth: u32) -> PyResult<Vec<u32>> {
        if depth == 0 {
            return Err(self.value_error("Max string recursion exceeded"));
        }
        let mut out = Vec::with_capacity(fmt.len());
        let mut i = 0;
        while i < fmt.len() {
            let c = fmt[i];
            if c == 0x7D {
                if fmt.get(i + 1) == Some(&0x7D) {
                    out.push(0x7D);
                    i += 2;
                    continue;
                }
                return Err(self.value_error("Single '}' encountered in format string"));
            }
            if c != 0x7B {
                out.push(c);
                i += 1;
                continue;
            }
            match fmt.get(i + 1) {
                None => return Err(self.value_error("Single '{' encountered in format string")),
                Some(0x7B) => {
                    out.push(0x7B);
                    i += 2;
                    continue;
                }
                _ => {}
            }
            i += 1;
            i = self.format_field(fmt, i, src, depth, &mut out)?;
        }
        Ok(out)
    }

    /// Parses and renders the field starting at `fmt[i]` (just after its `{`); returns the index
    /// after its closing `}`.
    fn format_field(
        &self,
        fmt: &[u32],
        mut i: usize,
        src: &Source<'_>,
        depth: u32,
        out: &mut Vec<u32>,
    ) -> PyResult<usize> {
        let name_start = i;
        let mut stop = None;
        while i < fmt.len() {
            match fmt[i] {
                0x7B => return Err(self.value_error("unexpected '{' in field name")),
                0x5B => {
                    while i < fmt.len() && fmt[i] != 0x5D {
                        i += 1;
                    }
                    continue;
                }
                c @ (0x7D | 0x3A | 0x21) => {
                    stop = Some(c);
                    break;
                }
                _ => i += 1,
            }
        }
        let Some(mut stop) = stop else {
            return Err(self.value_error("expected '}' before end of string"));
        };
        let name = &fmt[name_start..i];
        i += 1;
        let mut conversion = None;
        if stop == 0x21 {
            let Some(&conv) = fmt.get(i) else {
                return Err(
                    self.value_error("end of string while looking for conversion specifier")
                );
            };
            conversion = Some(conv);
            i += 1;
            match fmt.get(i) {
                Some(0x7D) => {
                    stop = 0x7D;
                    i += 1;
                }
                Some(0x3A) => {
                    stop = 0x3A;
                    i += 1;
                }
                Some(_) => return Err(self.value_error("expected ':' after conversion specifier")),
                None => return Err(self.value_error("unmatched '{' in format spec")),
            }
        }
        let mut spec: &[u32] = &[];
        if stop == 0x3A {
            let start = i;
            let mut count = 1;
            loop {
                match fmt.get(i) {
                    None => return Err(self.value_error("unmatched '{' in format spec")),
                    Some(0x7B) => count += 1,
                    Some(0x7D) => {
                        count -= 1;
                        if count == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            spec = &fmt[start..i];
            i += 1;
        }
        let obj = self.format_lookup(name, src)?;
        let obj = match conversion {
            None => obj,
            Some(0x72) => self.new_str(&self.repr_string(&obj)?),
            Some(0x73) => self.new_str(&self.str_string(&obj)?),
            Some(0x61) => self.new_str(&self.ascii_string(&obj)?),
            Some(c) => {
                let shown = match char::from_u32(c) {
                    Some(ch) if (' '..='~').contains(&ch) => ch.to_string(),
                    _ => format!("\\x{c:x}"),
                };
                return Err(self.value_error(&format!("Unknown conversion specifier {shown}")));
            }
        };
        let spec = if spec.contains(&0x7B) || spec.contains(&0x7D) {
            self.render_format(spec, src, depth - 1)?
        } else {
            spec.to_vec()
        };
        let spec = self.str_value(StrData::from_code_points(spec));
        let r = self.format(&obj, &spec)?;
        if let Some(s) = payload::<StrData>(&r) {
            out.extend(s.code_points());
        }
        Ok(i)
    }

    /// Resolves a field name: the first part (index or keyword), then `.attr` and `[key]`.
    fn format_lookup(&self, name: &[u32], src: &Source<'_>) -> PyResult<Value> {
        let first_end = name
            .iter()
            .position(|&c| c == 0x2E || c == 0x5B)
            .unwrap_or(name.len());
        let first = &name[..first_end];
        let index = if first.is_empty() {
            if src.numbering.get() == 2 {
                return Err(self.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            src.numbering.set(1);
            let n = src.next_auto.get();
            src.next_auto.set(n + 1);
            Some(n)
        } else {
            let idx = as_index(self, first)?;
            if idx.is_some() {
                if src.numbering.get() == 1 {
                    return Err(self.value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                src.numbering.set(2);
            }
            idx
        };
        let mut obj = match index {
            Some(n) => {
                let Some(args) = src.args else {
                    return Err(self.value_error("Format string contains positional fields"));
                };
                match args.get(n) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(self.new_error(
                            &self.types.index_error,
                            &format!(
                                "Replacement index {n} out of range for positional args tuple"
                            ),
                        ))
                    }
                }
            }
            None => {
                let key = self.str_value(StrData::from_code_points(first.iter().copied()));
                if let Some(m) = src.mapping {
                    self.get_item(m, &key)?
                } else {
                    match src.kwargs.iter().find(|(k, _)| self.str_eq(k, &key)) {
                        Some((_, v)) => (*v).clone(),
                        None => return Err(self.key_error(key)),
                    }
                }
            }
        };
        let mut i = first_end;
        while i < name.len() {
            if name[i] == 0x2E {
                let start = i + 1;
                i = start;
                while i < name.len() && name[i] != 0x2E && name[i] != 0x5B {
                    i += 1;
                }
                if i == start {
                    return Err(self.value_error("Empty attribute in format string"));
                }
                let attr = self.new_str(&text(&name[start..i]));
                obj = self.get_attr(&obj, &attr)?;
            } else {
                let start = i + 1;
                let Some(len) = name[start..].iter().position(|&c| c == 0x5D) else {
                    return Err(self.value_error("Missing ']' in format string"));
                };
                let key_cps = &name[start..start + len];
                if key_cps.is_empty() {
                    return Err(self.value_error("Empty attribute in format string"));
                }
                let key = match as_index(self, key_cps)? {
                    Some(n) => self.new_int(n as i64),
                    None => self.str_value(StrData::from_code_points(key_cps.iter().copied())),
                };
                obj = self.get_item(&obj, &key)?;
                i = start + len + 1;
                if i < name.len() && name[i] != 0x2E && name[i] != 0x5B {
                    return Err(self
                        .value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
            }
        }
        Ok(obj)
    }

    fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(&self.types.key_error, vec![key])
    }
}

fn self_str(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Vec<u32>> {
    let Some(s) = args.pos().first() else {
        return Err(vm.type_error(&format!("unbound method str.{name}() needs an argument")));
    };
    match payload::<StrData>(s) {
        Some(d) => Ok(d.code_points().collect()),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        ))),
    }
}

/// `str.format(*args, **kwargs)`.
pub fn str_format_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = self_str(vm, &args, "format")?;
    let src = Source {
        args: Some(&args.pos()[1..]),
        kwargs: args.kwargs().collect(),
        mapping: None,
        numbering: Cell::new(0),
        next_auto: Cell::new(0),
    };
    let out = vm.render_format(&fmt, &src, 2)?;
    Ok(vm.str_value(StrData::from_code_points(out)))
}

/// `str.format_map(mapping)`.
pub fn str_format_map_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = self_str(vm, &args, "format_map")?;
    args.no_kwargs(vm, "str.format_map")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.type_error(&format!(
            "str.format_map() takes exactly one argument ({} given)",
            pos.len() - 1
        )));
    }
    let src = Source {
        args: None,
        kwargs: Vec::new(),
        mapping: Some(&pos[1]),
        numbering: Cell::new(0),
        next_auto: Cell::new(0),
    };
    let out = vm.render_format(&fmt, &src, 2)?;
    Ok(vm.str_value(StrData::from_code_points(out)))
}
