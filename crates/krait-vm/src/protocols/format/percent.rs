//! printf-style formatting, `str % args` (CPython's `PyUnicode_Format`): `%[(key)][flags][width]
//! [.precision][length]type` with the conversions `s r a c d i u o x X e E f F g G %`.

use super::float::{double_to_string, Flags};
use super::{float_value, int_value};
use crate::error::PyResult;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Where the next argument comes from (CPython's `arglen`/`argidx` bookkeeping).
struct ArgState {
    args: Value,
    items: Option<Vec<Value>>,
    len: isize,
    idx: isize,
}

impl ArgState {
    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.args.clone());
            }
            return Ok(match &self.items {
                Some(items) => items[(self.idx - 1) as usize].clone(),
                None => self.args.clone(),
            });
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// Conversion flags of one `%` field.
#[derive(Default)]
struct Field {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

impl Vm {
    /// Whether `v` counts as a mapping for `%(key)s` (has `__getitem__`, is not a tuple or str).
    fn percent_mapping(&self, v: &Value) -> PyResult<bool> {
        if payload::<TupleData>(v).is_some()
            || payload::<StrData>(v).is_some()
            || crate::methods::bytes_text::bytes_of(v).is_some()
        {
            return Ok(false);
        }
        if payload::<crate::objects::dict::DictData>(v).is_some()
            || payload::<crate::objects::list::ListData>(v).is_some()
        {
            return Ok(true);
        }
        Ok(self.lookup_special(v, "__getitem__")?.is_some())
    }

    /// `fmt % args` for a `str` `fmt`.
    pub fn percent_format(&self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let f: Vec<u32> = payload::<StrData>(fmt)
            .map(|s| s.code_points().collect())
            .unwrap_or_default();
        let out = self.percent_format_points(&f, args, false)?;
        Ok(self.str_value(StrData::from_code_points(out)))
    }

    /// `fmt % args` for a `bytes`/`bytearray` `fmt` (CPython's `_PyBytes_FormatEx`): the
    /// same fields, with `%s`/`%b` taking bytes-like objects, `%r`/`%a` as `ascii()`, `%c` a byte.
    pub fn percent_format_bytes(&self, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
        let f: Vec<u32> = fmt.iter().map(|&b| b as u32).collect();
        let out = self.percent_format_points(&f, args, true)?;
        Ok(out.into_iter().map(|c| c as u8).collect())
    }

    fn percent_format_points(&self, f: &[u32], args: &Value, bytes: bool) -> PyResult<Vec<u32>> {
        let items = self.tuple_items(args);
        let len = items.as_ref().map_or(1, |i| i.len() as isize);
        let dict = if self.percent_mapping(args)? {
            Some(args.clone())
        } else {
            None
        };
        let mut st = ArgState {
            args: args.clone(),
            items,
            len,
            idx: 0,
        };
        let mut out: Vec<u32> = Vec::with_capacity(f.len());
        let mut i = 0;
        while i < f.len() {
            if f[i] != 0x25 {
                out.push(f[i]);
                i += 1;
                continue;
            }
            i += 1;
            let at = |i: usize| f.get(i).copied();
            if at(i).is_none() {
                return Err(self.value_error("incomplete format"));
            }
            if at(i) == Some(0x25) {
                out.push(0x25);
                i += 1;
                continue;
            }
            if at(i) == Some(0x28) {
                let Some(d) = &dict else {
                    return Err(self.type_error("format requires a mapping"));
                };
                let mut depth = 1;
                let start = i + 1;
                i += 1;
                while i < f.len() && depth > 0 {
                    match f[i] {
                        0x28 => depth += 1,
                        0x29 => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(self.value_error("incomplete format key"));
                }
                let key = if bytes {
                    self.new_bytes(f[start..i - 1].iter().map(|&c| c as u8).collect())
                } else {
                    self.str_value(StrData::from_code_points(f[start..i - 1].to_vec()))
                };
                let value = self.get_item(d, &key)?;
                st = ArgState {
                    args: value,
                    items: None,
                    len: -1,
                    idx: -2,
                };
            }
            let mut fl = Field::default();
            while let Some(c) = at(i) {
                match c {
                    0x2D => fl.left = true,
                    0x2B => fl.plus = true,
                    0x20 => fl.space = true,
                    0x23 => fl.alt = true,
                    0x30 => fl.zero = true,
                    _ => break,
                }
                i += 1;
            }
            if at(i) == Some(0x2A) {
                let w = st.next(self)?;
                let Some(w) = self.percent_star(&w) else {
                    return Err(self.type_error("* wants int"));
                };
                if w < 0 {
                    fl.left = true;
                }
                fl.width = w.unsigned_abs() as usize;
                i += 1;
            } else {
                fl.width = self.percent_number(f, &mut i, "width")?;
            }
            if at(i) == Some(0x2E) {
                i += 1;
                if at(i) == Some(0x2A) {
                    let p = st.next(self)?;
                    let Some(p) = self.percent_star(&p) else {
                        return Err(self.type_error("* wants int"));
                    };
                    fl.precision = Some(p.max(0) as usize);
                    i += 1;
                } else {
                    fl.precision = Some(self.percent_number(f, &mut i, "precision")?);
                }
            }
            while matches!(at(i), Some(0x68 | 0x6C | 0x4C)) {
                i += 1;
            }
            let Some(c) = at(i) else {
                return Err(self.value_error("incomplete format"));
            };
            i += 1;
            let arg = st.next(self)?;
            if bytes {
                self.percent_field_bytes(&mut out, c, &fl, &arg, i - 1)?;
            } else {
                self.percent_field(&mut out, c, &fl, &arg, i - 1)?;
            }
        }
        if st.idx < st.len && dict.is_none() {
            let what = if bytes { "bytes" } else { "string" };
            return Err(self.type_error(&format!(
                "not all arguments converted during {what} formatting"
            )));
        }
        Ok(out)
    }

    /// One field of bytes formatting: the text conversions differ from str's, the numeric
    /// ones are shared.
    fn percent_field_bytes(
        &self,
        out: &mut Vec<u32>,
        c: u32,
        fl: &Field,
        arg: &Value,
        index: usize,
    ) -> PyResult<()> {
        let text = |s: Vec<u8>, out: &mut Vec<u32>| {
            let s: Vec<u32> = match fl.precision {
                Some(p) if p < s.len() => s[..p].iter().map(|&b| b as u32).collect(),
                _ => s.into_iter().map(|b| b as u32).collect(),
            };
            pad_text(out, &s, fl);
        };
        match char::from_u32(c).unwrap_or('?') {
            's' | 'b' => {
                let data = match crate::methods::bytes_text::bytes_of(arg) {
                    Some(d) => d,
                    None => match self.lookup_special(arg, "__bytes__")? {
                        Some(m) => {
                            let r = self.call(&m, std::slice::from_ref(arg), &[])?;
                            crate::methods::bytes_text::bytes_of(&r).ok_or_else(|| {
                                self.type_error(&format!(
                                    "__bytes__ returned non-bytes (type {})",
                                    self.type_name(&r)
                                ))
                            })?
                        }
                        None => {
                            return Err(self.type_error(&format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                self.type_name(arg)
                            )))
                        }
                    },
                };
                text(data, out);
            }
            'r' | 'a' => text(self.ascii_string(arg)?.into_bytes(), out),
            'c' => {
                let byte = if let Some(d) = crate::methods::bytes_text::bytes_of(arg)
                    .filter(|d| d.len() == 1 && payload::<StrData>(arg).is_none())
                {
                    d[0]
                } else if float_value(arg).is_none() && int_value(arg).is_some() {
                    let n = int_value(arg).unwrap_or_default();
                    n.to_u8().ok_or_else(|| {
                        self.new_error(&self.types.overflow_error, "%c arg not in range(256)")
                    })?
                } else {
                    return Err(
                        self.type_error("%c requires an integer in range(256) or a single byte")
                    );
                };
                pad_text(out, &[byte as u32], fl);
            }
            _ => self.percent_field(out, c, fl, arg, index)?,
        }
        Ok(())
    }

    fn percent_star(&self, v: &Value) -> Option<i64> {
        if v.as_float().is_some() {
            return None;
        }
        int_value(v).and_then(|n| n.to_i64())
    }

    fn percent_number(&self, f: &[u32], i: &mut usize, what: &str) -> PyResult<usize> {
        let mut n: usize = 0;
        while let Some(&c) = f.get(*i).filter(|c| (0x30..=0x39).contains(*c)) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add((c - 0x30) as usize))
                .filter(|&n| n <= i32::MAX as usize)
                .ok_or_else(|| self.value_error(&format!("{what} too big")))?;
            *i += 1;
        }
        Ok(n)
    }

    /// The int for `%d`-style conversions (`int()` of a real number) or `%x`-style ones (an
    /// integer via `__index__`).
    fn percent_int(&self, v: &Value, c: char) -> PyResult<BigInt> {
        if let Some(n) = int_value(v) {
            return Ok(n);
        }
        let decimal = matches!(c, 'd' | 'i' | 'u');
        if decimal {
            if let Some(x) = float_value(v) {
                if x.is_nan() {
                    return Err(self.value_error("cannot convert float NaN to integer"));
                }
                if x.is_infinite() {
                    return Err(self.new_error(
                        &self.types.overflow_error,
                        "cannot convert float infinity to integer",
                    ));
                }
                return Ok(num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_default());
            }
        }
        let names: &[&str] = if decimal {
            &["__index__", "__int__"]
        } else {
            &["__index__"]
        };
        for name in names {
            if let Some(m) = self.lookup_special(v, name)? {
                let r = self.call(&m, std::slice::from_ref(v), &[])?;
                if let Some(n) = int_value(&r) {
                    return Ok(n);
                }
                return Err(self.type_error(&format!(
                    "{name} returned non-int (type {})",
                    self.type_name(&r)
                )));
            }
        }
        let what = if decimal {
            "a real number"
        } else {
            "an integer"
        };
        Err(self.type_error(&format!(
            "%{c} format: {what} is required, not {}",
            self.type_name(v)
        )))
    }

    fn percent_float(&self, v: &Value) -> PyResult<f64> {
        if let Some(x) = float_value(v) {
            return Ok(x);
        }
        if let Some(n) = int_value(v) {
            return n.to_f64().filter(|x| x.is_finite()).ok_or_else(|| {
                self.new_error(
                    &self.types.overflow_error,
                    "int too large to convert to float",
                )
            });
        }
        for name in ["__float__", "__index__"] {
            if let Some(m) = self.lookup_special(v, name)? {
                let r = self.call(&m, std::slice::from_ref(v), &[])?;
                if let Some(x) = float_value(&r) {
                    return Ok(x);
                }
                if let Some(n) = int_value(&r) {
                    return Ok(n.to_f64().unwrap_or(f64::INFINITY));
                }
                return Err(self.type_error(&format!(
                    "{name} returned non-float (type {})",
                    self.type_name(&r)
                )));
            }
        }
        Err(self.type_error(&format!("must be real number, not {}", self.type_name(v))))
    }

    fn percent_field(
        &self,
        out: &mut Vec<u32>,
        c: u32,
        fl: &Field,
        arg: &Value,
        index: usize,
    ) -> PyResult<()> {
        let ch = char::from_u32(c).unwrap_or('?');
        let text = |s: Vec<u32>, out: &mut Vec<u32>| {
            let s = match fl.precision {
                Some(p) if p < s.len() => s[..p].to_vec(),
                _ => s,
            };
            pad_text(out, &s, fl);
        };
        match ch {
            's' => {
                let s = if let Some(sd) =
                    payload::<StrData>(arg).filter(|_| !self.is_sub_instance(arg))
                {
                    sd.code_points().collect()
                } else {
                    self.str_string(arg)?.chars().map(u32::from).collect()
                };
                text(s, out);
            }
            'r' => text(self.repr_string(arg)?.chars().map(u32::from).collect(), out),
            'a' => text(
                self.ascii_string(arg)?.chars().map(u32::from).collect(),
                out,
            ),
            'c' => {
                let cp = if let Some(s) = payload::<StrData>(arg) {
                    if s.len() != 1 {
                        return Err(self.type_error("%c requires int or char"));
                    }
                    s.code_point(0)
                } else if float_value(arg).is_none() && int_value(arg).is_some() {
                    let n = int_value(arg).unwrap_or_default();
                    n.to_u32().filter(|&c| c < 0x110000).ok_or_else(|| {
                        self.new_error(&self.types.overflow_error, "%c arg not in range(0x110000)")
                    })?
                } else {
                    return Err(self.type_error("%c requires int or char"));
                };
                pad_text(out, &[cp], fl);
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = self.percent_int(arg, ch)?;
                let mag = n.abs();
                let mut digits = match ch {
                    'o' => mag.to_str_radix(8),
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_ascii_uppercase(),
                    _ => self.int_to_decimal(&mag)?,
                };
                if let Some(p) = fl.precision {
                    if digits.len() < p {
                        digits = "0".repeat(p - digits.len()) + &digits;
                    }
                }
                let prefix = match (fl.alt, ch) {
                    (true, 'o') => "0o",
                    (true, 'x') => "0x",
                    (true, 'X') => "0X",
                    _ => "",
                };
                pad_number(out, n.is_negative(), prefix, &digits, fl);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = self.percent_float(arg)?;
                let flags = Flags {
                    alt: fl.alt,
                    ..Flags::default()
                };
                let (neg, body) = double_to_string(x, ch, fl.precision.unwrap_or(6), flags);
                pad_number(out, neg, "", &body, fl);
            }
            _ => {
                let shown = if (0x20..0x7F).contains(&c) { ch } else { '?' };
                return Err(self.value_error(&format!(
                    "unsupported format character '{shown}' (0x{c:x}) at index {index}"
                )));
            }
        }
        Ok(())
    }
}

/// Pads a text conversion to the field width (spaces; left-aligned with `-`).
fn pad_text(out: &mut Vec<u32>, s: &[u32], fl: &Field) {
    let fill = fl.width.saturating_sub(s.len());
    if !fl.left {
        out.extend(std::iter::repeat_n(0x20, fill));
    }
    out.extend_from_slice(s);
    if fl.left {
        out.extend(std::iter::repeat_n(0x20, fill));
    }
}

/// Pads a numeric conversion: sign, prefix, then zeros (with `0` and no `-`) or spaces.
fn pad_number(out: &mut Vec<u32>, neg: bool, prefix: &str, body: &str, fl: &Field) {
    let sign = if neg {
        "-"
    } else if fl.plus {
        "+"
    } else if fl.space {
        " "
    } else {
        ""
    };
    let n = sign.len() + prefix.len() + body.len();
    let fill = fl.width.saturating_sub(n);
    let push = |out: &mut Vec<u32>, s: &str| out.extend(s.bytes().map(u32::from));
    if fl.left {
        push(out, sign);
        push(out, prefix);
        push(out, body);
        out.extend(std::iter::repeat_n(0x20, fill));
    } else if fl.zero {
        push(out, sign);
        push(out, prefix);
        out.extend(std::iter::repeat_n(0x30, fill));
        push(out, body);
    } else {
        out.extend(std::iter::repeat_n(0x20, fill));
        push(out, sign);
        push(out, prefix);
        push(out, body);
    }
}
