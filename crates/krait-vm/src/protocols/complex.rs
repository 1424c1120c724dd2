//! `complex` numbers (CPython's Objects/complexobject.c): the constructor (numbers and
//! strings), arithmetic with ints, floats and complexes (`_Py_c_quot`'s division, `c_powi`'s
//! integer powers, the polar general power), equality, `abs`, hashing, `real`/`imag`/
//! `conjugate`.

use crate::error::PyResult;
use crate::native::{method_table, new_def, Args};
use crate::objects::complex::ComplexData;
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::{Comparison, NbOp};

type C = (f64, f64);

method_table!(
    /// The methods of `complex`.
    METHODS,
    Method,
    {
    "conjugate" => conjugate, "($self, /)", "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.";
    "__abs__" => dunder_abs, "($self, /)", "abs(self)";
    "__bool__" => dunder_bool, "($self, /)", "True if self else False";
    }
);

method_table!(
    /// The getters of `complex`'s attributes.
    GETTERS,
    Static,
    {
    "real" => get_real, "(self)", "the real part of a complex number";
    "imag" => get_imag, "(self)", "the imaginary part of a complex number";
    }
);

new_def!(
    COMPLEX_NEW,
    complex_new,
    "(type, real=0, imag=0)",
    "Create a complex number from a real part and an optional imaginary part."
);

/// Installs the constructor, methods and attributes into `complex`.
pub fn install(vm: &Vm) {
    crate::native::install_methods(vm, &vm.types.complex, &COMPLEX_NEW);
    crate::native::install_methods(vm, &vm.types.complex, METHODS);
    crate::methods::number::install_getters(vm, &vm.types.complex, GETTERS);
}

fn this(vm: &Vm, args: Args<'_>) -> PyResult<C> {
    args.pos()
        .first()
        .and_then(|v| payload::<ComplexData>(v))
        .map(|c| (c.real, c.imag))
        .ok_or_else(|| vm.type_error("a complex is required"))
}

fn get_real(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::float(this(vm, args)?.0))
}

fn get_imag(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::float(this(vm, args)?.1))
}

fn conjugate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, args)?;
    Ok(vm.new_complex(re, -im))
}

fn dunder_abs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let c = this(vm, args)?;
    Ok(Value::float(complex_abs(vm, c)?))
}

fn dunder_bool(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, args)?;
    Ok(Value::bool(re != 0.0 || im != 0.0))
}

/// `abs(c)`: `hypot`, with CPython's overflow error.
fn complex_abs(vm: &Vm, (re, im): C) -> PyResult<f64> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.new_error(&vm.types.overflow_error, "absolute value too large"));
    }
    Ok(r)
}

fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; `None` on division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b` (CPython's `complex_pow`: exact repeated squaring for small integral exponents).
fn complex_pow(vm: &Vm, a: C, b: C) -> PyResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            powu(a, n as u64)
        } else {
            quot((1.0, 0.0), powu(a, n.unsigned_abs())).ok_or_else(|| {
                vm.new_error(
                    &vm.types.zero_division_error,
                    "0.0 to a negative or complex power",
                )
            })?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.new_error(
                &vm.types.zero_division_error,
                "0.0 to a negative or complex power",
            ));
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if !(r.0.is_finite() && r.1.is_finite())
        && a.0.is_finite()
        && a.1.is_finite()
        && b.0.is_finite()
        && b.1.is_finite()
    {
        return Err(vm.new_error(&vm.types.overflow_error, "complex exponentiation"));
    }
    Ok(r)
}

impl Vm {
    /// `v` as a complex operand: a complex, or an int or float (converted as `float(v)`).
    fn to_complex(&self, v: &Value) -> PyResult<Option<C>> {
        if let Some(c) = payload::<ComplexData>(v) {
            return Ok(Some((c.real, c.imag)));
        }
        if let Some(x) = v.as_float() {
            return Ok(Some((x, 0.0)));
        }
        match self.as_num(v) {
            Some(crate::protocols::number::Num::Int(n)) => {
                let x = num_traits::ToPrimitive::to_f64(&n)
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| {
                        self.new_error(
                            &self.types.overflow_error,
                            "int too large to convert to float",
                        )
                    })?;
                Ok(Some((x, 0.0)))
            }
            Some(crate::protocols::number::Num::Float(x)) => Ok(Some((x, 0.0))),
            None => Ok(None),
        }
    }

    /// `complex(v)` for a non-number: `__complex__`, else `__float__`, else `__index__`.
    fn complex_from_protocols(&self, v: &Value) -> PyResult<C> {
        if let Some(f) = self.lookup_special(v, "__complex__")? {
            let r = self.call(&f, std::slice::from_ref(v), &[])?;
            return payload::<ComplexData>(&r)
                .map(|c| (c.real, c.imag))
                .ok_or_else(|| {
                    self.type_error(&format!(
                        "__complex__ returned non-complex (type {})",
                        self.type_name(&r)
                    ))
                });
        }
        for name in ["__float__", "__index__"] {
            if let Some(f) = self.lookup_special(v, name)? {
                let r = self.call(&f, std::slice::from_ref(v), &[])?;
                if let Some(x) = self.to_complex(&r)? {
                    return Ok((x.0, 0.0));
                }
            }
        }
        Err(self.type_error(&format!(
            "complex() first argument must be a string or a number, not '{}'",
            self.type_name(v)
        )))
    }

    /// `a OP b` when one operand is a complex and the other a number; `None` otherwise.
    pub(crate) fn complex_binary_op(
        &self,
        a: &Value,
        b: &Value,
        op: NbOp,
    ) -> PyResult<Option<Value>> {
        if payload::<ComplexData>(a).is_none() && payload::<ComplexData>(b).is_none() {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.to_complex(a)?, self.to_complex(b)?) else {
            return Ok(None);
        };
        use NbOp::*;
        let r = match op {
            Add | InplaceAdd => (x.0 + y.0, x.1 + y.1),
            Subtract | InplaceSubtract => (x.0 - y.0, x.1 - y.1),
            Multiply | InplaceMultiply => mul(x, y),
            TrueDivide | InplaceTrueDivide => quot(x, y).ok_or_else(|| {
                self.new_error(&self.types.zero_division_error, "complex division by zero")
            })?,
            Power | InplacePower => complex_pow(self, x, y)?,
            _ => return Ok(None),
        };
        Ok(Some(self.new_complex(r.0, r.1)))
    }

    /// `x ** y` for floats whose result is complex (a negative base, a fractional exponent).
    pub(crate) fn float_pow_complex(&self, x: f64, y: f64) -> PyResult<Value> {
        let r = complex_pow(self, (x, 0.0), (y, 0.0))?;
        Ok(self.new_complex(r.0, r.1))
    }

    /// `-c`, `+c`; `None` for a non-complex.
    pub(crate) fn complex_unary(&self, v: &Value, negate: bool) -> Option<Value> {
        let c = payload::<ComplexData>(v)?;
        Some(if negate {
            self.new_complex(-c.real, -c.imag)
        } else {
            self.new_complex(c.real, c.imag)
        })
    }

    /// `a == b` / `a != b` with a complex operand; `None` when neither is complex or the other
    /// is not a number (or for orderings, which complex does not define).
    pub(crate) fn complex_compare(
        &self,
        a: &Value,
        b: &Value,
        op: Comparison,
    ) -> PyResult<Option<Value>> {
        if payload::<ComplexData>(a).is_none() && payload::<ComplexData>(b).is_none() {
            return Ok(None);
        }
        if !matches!(op, Comparison::Eq | Comparison::Ne) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (
            self.to_complex(a).ok().flatten(),
            self.to_complex(b).ok().flatten(),
        ) else {
            return Ok(None);
        };
        // An int compares exactly with the real part (CPython compares via the int).
        let eq = if x.1 == y.1 {
            let (ia, ib) = (self.as_num(a), self.as_num(b));
            match (ia, ib) {
                (Some(_), _) | (_, Some(_)) => {
                    let (num, re) = if payload::<ComplexData>(a).is_some() {
                        (b, x.0)
                    } else {
                        (a, y.0)
                    };
                    let r = self.rich_compare(num, &Value::float(re), Comparison::Eq)?;
                    self.is_true(&r)?
                }
                _ => x.0 == y.0,
            }
        } else {
            false
        };
        Ok(Some(Value::bool(eq == (op == Comparison::Eq))))
    }

    /// `hash(complex)`.
    pub(crate) fn complex_hash(&self, c: &ComplexData) -> PyResult<i64> {
        let part = |x: f64| -> PyResult<i64> { self.hash(&Value::float(x)) };
        Ok(crate::hash::hash_complex(part(c.real)?, part(c.imag)?))
    }
}

/// `complex(real=0, imag=0)`.
fn complex_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or(Value::NONE);
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = crate::builtins::rounding::bind_args(vm, rest, "complex", &["real", "imag"], 0)?;
    let (re, im) = match (&a[0], &a[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), imag) => {
            if let Some(s) = payload::<StrData>(r) {
                if imag.is_some() {
                    return Err(
                        vm.type_error("complex() can't take second arg if first is a string")
                    );
                }
                parse_complex(&s.to_string_lossy())
                    .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?
            } else {
                let x = match vm.to_complex(r)? {
                    Some(x) => x,
                    None => vm.complex_from_protocols(r)?,
                };
                let r_is_complex = payload::<ComplexData>(r).is_some()
                    || vm.lookup_special(r, "__complex__")?.is_some();
                match imag {
                    None => x,
                    Some(i) => {
                        if payload::<StrData>(i).is_some() {
                            return Err(vm.type_error("complex() second arg can't be a string"));
                        }
                        let y = vm.to_complex(i)?.ok_or_else(|| {
                            vm.type_error(&format!(
                                "complex() second argument must be a number, not '{}'",
                                vm.type_name(i)
                            ))
                        })?;
                        // As complex_new: subtract the second's imaginary part only when it
                        // is a complex, add the first's only when it is one.
                        let re = if payload::<ComplexData>(i).is_some() {
                            x.0 - y.1
                        } else {
                            x.0
                        };
                        let im = if r_is_complex { y.0 + x.1 } else { y.0 };
                        (re, im)
                    }
                }
            }
        }
        (None, Some(i)) => {
            let y = vm.to_complex(i)?.ok_or_else(|| {
                vm.type_error(&format!(
                    "complex() second argument must be a number, not '{}'",
                    vm.type_name(i)
                ))
            })?;
            if payload::<ComplexData>(i).is_some() {
                (-y.1, y.0)
            } else {
                (0.0, y.0)
            }
        }
    };
    Ok(vm.new_instance(&cls, ComplexData { real: re, imag: im }))
}

/// Parses `complex("…")`: `a`, `bj`, `a±bj`, optionally in parentheses, with whitespace.
fn parse_complex(text: &str) -> Option<C> {
    let t = text.trim();
    let t = match t.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim(),
        None => t,
    };
    if t.is_empty() {
        return None;
    }
    let float = |s: &str| -> Option<f64> {
        let lower = s.to_ascii_lowercase();
        let body = lower.trim_start_matches(['+', '-']);
        if lower.len() - body.len() > 1 {
            return None;
        }
        let neg = lower.starts_with('-');
        let v = match body {
            "inf" | "infinity" => f64::INFINITY,
            "nan" => f64::NAN,
            "" => return None,
            _ => {
                if !body
                    .bytes()
                    .all(|c| c.is_ascii_digit() || b"._e+-".contains(&c))
                {
                    return None;
                }
                body.replace('_', "").parse().ok()?
            }
        };
        Some(if neg { -v } else { v })
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((float(t)?, 0.0));
    };
    // Split at the last sign that is not at the start and not after an exponent marker.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag_of = |s: &str| -> Option<f64> {
        match s {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => float(s),
        }
    };
    match split {
        Some(i) => Some((float(&body[..i])?, imag_of(&body[i..])?)),
        None => Some((0.0, imag_of(body)?)),
    }
}
