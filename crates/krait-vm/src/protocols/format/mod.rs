//! `format()` and the `__format__` methods of the built-in types (CPython's `PyObject_Format`,
//! `object.__format__` and Python/formatter_unicode.c), plus `ascii()`.
//!
//! `spec` parses the format-spec mini-language; `int` and `float` present numbers and strings.
//! Each built-in `__format__` is a native method, so `super().__format__(spec)` and
//! `int.__format__(x, spec)` work; `Vm::format` calls the Rust code directly for exact
//! built-in types.

pub mod float;
pub mod int;
pub mod percent;
pub mod spec;
pub mod strformat;

use crate::error::PyResult;
use crate::native::{method_table, Args, MethodDef, MethodKind};
use crate::objects::complex::ComplexData;
use crate::objects::str::StrData;
pub use crate::protocols::convert::{float_value, int_value};
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use spec::SpecError;
use strformat::{str_format_map_method, str_format_method};

method_table!(
    /// `object.__format__`.
    OBJECT_FORMAT, Method, {
    "__format__" => object_format, "($self, format_spec, /)", "Default object formatter.";
    }
);
method_table!(
    /// `int.__format__`.
    INT_FORMAT, Method, {
    "__format__" => int_format, "($self, format_spec, /)", "Convert to a string according to format_spec.";
    }
);
method_table!(
    /// `float.__format__`.
    FLOAT_FORMAT, Method, {
    "__format__" => float_format, "($self, format_spec, /)", "Formats the float according to format_spec.";
    }
);
method_table!(
    /// `str.__format__`.
    STR_FORMAT, Method, {
    "__format__" => str_format, "($self, format_spec, /)", "Return a formatted version of the string as described by format_spec.";
    "format" => str_format_method, "($self, /, *args, **kwargs)", "Return a formatted version of S, using substitutions from args and kwargs.";
    "format_map" => str_format_map_method, "($self, mapping, /)", "Return a formatted version of S, using substitutions from mapping.";
    }
);
method_table!(
    /// `complex.__format__`.
    COMPLEX_FORMAT, Method, {
    "__format__" => complex_format, "($self, format_spec, /)", "Convert to a string according to format_spec.";
    }
);

/// The built-in functions `format` and `ascii`.
pub static FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "format",
        func: builtin_format,
        kind: MethodKind::Static,
        signature: "(value, format_spec='', /)",
        doc: "Return type(value).__format__(value, format_spec)",
    },
    MethodDef {
        name: "ascii",
        func: builtin_ascii,
        kind: MethodKind::Static,
        signature: "(obj, /)",
        doc: "Return an ASCII-only representation of an object.",
    },
];

/// Installs the `__format__` methods of `object`, `int`, `float`, `str` and `complex`.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    crate::native::install_methods(vm, &t.object, OBJECT_FORMAT);
    crate::native::install_methods(vm, &t.int, INT_FORMAT);
    crate::native::install_methods(vm, &t.float, FLOAT_FORMAT);
    crate::native::install_methods(vm, &t.str, STR_FORMAT);
    crate::native::install_methods(vm, &t.complex, COMPLEX_FORMAT);
}

/// Which built-in formatter handles a value.
#[derive(Clone, Copy)]
enum Builtin {
    Object,
    Int,
    Float,
    Str,
    Complex,
}

fn code_points(v: &Value) -> Vec<u32> {
    payload::<StrData>(v)
        .map(|s| s.code_points().collect())
        .unwrap_or_default()
}

impl Vm {
    /// `format(v, spec)` (CPython's `PyObject_Format`); `spec` is a `str` or NULL (empty).
    pub fn format(&self, v: &Value, spec: &Value) -> PyResult<Value> {
        let empty = spec.is_null() || payload::<StrData>(spec).is_some_and(StrData::is_empty);
        let ty = self.type_of(v);
        let t = &self.types;
        if empty && (ty.is(&t.str) || ty.is(&t.int) || ty.is(&t.float)) {
            if ty.is(&t.str) {
                return Ok(v.clone());
            }
            return Ok(self.new_str(&self.str_string(v)?));
        }
        let spec = if spec.is_null() {
            self.new_str("")
        } else {
            spec.clone()
        };
        let exact = [
            (&t.int, Builtin::Int),
            (&t.bool_, Builtin::Int),
            (&t.float, Builtin::Float),
            (&t.str, Builtin::Str),
            (&t.complex, Builtin::Complex),
        ]
        .into_iter()
        .find(|(bt, _)| ty.is(bt));
        if let Some((_, which)) = exact {
            return self.format_builtin(which, v, &spec);
        }
        let Some(meth) = self.lookup_special(v, "__format__")? else {
            return self.format_builtin(Builtin::Object, v, &spec);
        };
        let r = self.call(&meth, &[v.clone(), spec], &[])?;
        if payload::<StrData>(&r).is_none() {
            return Err(self.type_error(&format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            )));
        }
        Ok(r)
    }

    /// Runs the built-in `__format__` of kind `which` on `v` with the `str` `spec`.
    fn format_builtin(&self, which: Builtin, v: &Value, spec: &Value) -> PyResult<Value> {
        let cps = code_points(spec);
        if cps.is_empty() {
            if let (Builtin::Str, true) = (which, self.type_of(v).is(&self.types.str)) {
                return Ok(v.clone());
            }
            return Ok(self.new_str(&self.str_string(v)?));
        }
        let type_name = self.type_name(v);
        let default_align = if matches!(which, Builtin::Str) {
            '<'
        } else {
            '>'
        };
        let out = match which {
            Builtin::Object => {
                return Err(self.type_error(&format!(
                    "unsupported format string passed to {type_name}.__format__"
                )))
            }
            Builtin::Int => {
                let n = int_value(v).unwrap_or_default();
                let spec = self.parse_spec(&cps, default_align, &type_name)?;
                let decimal = |m: &BigInt| self.int_to_decimal(m).ok();
                match int::format_int(&n, &spec, &decimal) {
                    Ok(out) => out,
                    Err(int::IntError::Spec(e)) => return Err(self.spec_error(e, &cps, &type_name)),
                    Err(int::IntError::Overflow(m)) => {
                        return Err(self.new_error(&self.types.overflow_error, &m))
                    }
                    Err(int::IntError::TooManyDigits) => {
                        self.int_to_decimal(&n)?;
                        return Err(self.value_error("integer too large to format"));
                    }
                }
            }
            Builtin::Float => {
                let x = float_value(v).unwrap_or(0.0);
                let spec = self.parse_spec(&cps, default_align, &type_name)?;
                float::format_float(x, &spec).map_err(|e| self.spec_error(e, &cps, &type_name))?
            }
            Builtin::Complex => {
                let (re, im) = payload::<ComplexData>(v).map_or((0.0, 0.0), |c| (c.real, c.imag));
                let spec = self.parse_spec(&cps, default_align, &type_name)?;
                float::format_complex(re, im, &spec)
                    .map_err(|e| self.spec_error(e, &cps, &type_name))?
            }
            Builtin::Str => {
                let spec = self.parse_spec(&cps, default_align, &type_name)?;
                int::format_str(&code_points(v), &spec)
                    .map_err(|e| self.spec_error(e, &cps, &type_name))?
            }
        };
        Ok(self.str_value(StrData::from_code_points(out)))
    }

    fn parse_spec(
        &self,
        cps: &[u32],
        default_align: char,
        type_name: &str,
    ) -> PyResult<spec::Spec> {
        spec::parse(cps, default_align).map_err(|e| self.spec_error(e, cps, type_name))
    }

    fn spec_error(&self, e: SpecError, cps: &[u32], type_name: &str) -> crate::error::PyErr {
        match e {
            SpecError::Msg(m) => self.value_error(&m),
            SpecError::Invalid => {
                let s: String = cps
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                    .collect();
                self.value_error(&format!(
                    "Invalid format specifier '{s}' for object of type '{type_name}'"
                ))
            }
        }
    }

    /// `ascii(v)` as Rust text: `repr(v)` with every non-ASCII code point escaped.
    pub fn ascii_string(&self, v: &Value) -> PyResult<String> {
        let r = self.repr_string(v)?;
        Ok(ascii_escape(r.chars().map(u32::from)))
    }
}

/// Escapes non-ASCII code points as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_escape(cps: impl Iterator<Item = u32>) -> String {
    let mut out = String::new();
    for c in cps {
        match c {
            0..=0x7F => out.push(c as u8 as char),
            0x80..=0xFF => out.push_str(&format!("\\x{c:02x}")),
            0x100..=0xFFFF => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    out
}

/// The `format_spec` argument of a `__format__` method, checked to be a `str`.
fn spec_arg<'a>(vm: &Vm, args: &Args<'a>, owner: &str) -> PyResult<&'a [Value]> {
    let a = args.pos();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{owner}.__format__() takes no keyword arguments")));
    }
    if a.len() != 2 {
        return Err(vm.type_error(&format!(
            "{owner}.__format__() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    if payload::<StrData>(&a[1]).is_none() {
        return Err(vm.type_error(&format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    }
    Ok(a)
}

fn object_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = spec_arg(vm, &args, "object")?;
    vm.format_builtin(Builtin::Object, &a[0], &a[1])
}

fn int_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = spec_arg(vm, &args, "int")?;
    vm.format_builtin(Builtin::Int, &a[0], &a[1])
}

fn float_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = spec_arg(vm, &args, "float")?;
    vm.format_builtin(Builtin::Float, &a[0], &a[1])
}

fn str_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = spec_arg(vm, &args, "str")?;
    vm.format_builtin(Builtin::Str, &a[0], &a[1])
}

fn complex_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = spec_arg(vm, &args, "complex")?;
    vm.format_builtin(Builtin::Complex, &a[0], &a[1])
}

fn builtin_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "format", 1, 2)?;
    let spec = match a.get(1) {
        None => Value::NULL,
        Some(s) if payload::<StrData>(s).is_some() => s.clone(),
        Some(s) => {
            return Err(vm.type_error(&format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(s)
            )))
        }
    };
    vm.format(&a[0], &spec)
}

fn builtin_ascii(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "ascii")?;
    let a = args.pos();
    if a.len() != 1 {
        return Err(vm.type_error(&format!(
            "ascii() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    Ok(vm.new_str(&vm.ascii_string(&a[0])?))
}
