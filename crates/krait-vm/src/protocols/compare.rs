//! Rich comparison (CPython's Objects/object.c `do_richcompare`): built-in fast paths for
//! numbers, strings and sequences, then `__op__`/reflected `__rop__`, then identity for `==`/`!=`.

use super::number::Num;
use super::payload;
use crate::error::PyResult;
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{type_data, Vm};
use krait_bytecode::opcode::Comparison;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use std::cmp::Ordering;

impl Vm {
    /// `a == b` as a truth value (CPython's `PyObject_RichCompareBool`: identity implies equality).
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        let r = self.rich_compare(a, b, Comparison::Eq)?;
        self.is_true(&r)
    }

    /// `a OP b` for a `COMPARE_OP` argument.
    pub fn rich_compare(&self, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
        if self.is_sub_instance(a) || self.is_sub_instance(b) {
            return self.rich_compare_special(a, b, op);
        }
        self.rich_compare_base(a, b, op)
    }

    /// `a OP b` by the built-in types' own comparisons (then the special methods).
    pub(crate) fn rich_compare_base(
        &self,
        a: &Value,
        b: &Value,
        op: Comparison,
    ) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(Value::bool(test(x.cmp(&y), op)));
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return Ok(Value::bool(match x.partial_cmp_real(&y) {
                Some(ord) => test(ord, op),
                None => op == Comparison::Ne,
            }));
        }
        if let (Some(x), Some(y)) = (payload::<StrData>(a), payload::<StrData>(b)) {
            return Ok(Value::bool(test(x.cmp(y), op)));
        }
        let seqs = match (payload::<TupleData>(a), payload::<TupleData>(b)) {
            (Some(x), Some(y)) => Some((x.items().to_vec(), y.items().to_vec())),
            _ => match (payload::<ListData>(a), payload::<ListData>(b)) {
                (Some(x), Some(y)) => Some((x.to_vec(), y.to_vec())),
                _ => None,
            },
        };
        if let Some((x, y)) = seqs {
            return self.compare_sequences(&x, &y, op);
        }
        if self.is_exact_set(a) && self.is_exact_set(b) {
            return self.set_richcompare(a, b, op);
        }
        if let Some(r) = self.builtin_equality(a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = self.complex_compare(a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = self.dict_view_compare(a, b, op)? {
            return Ok(r);
        }
        self.rich_compare_special(a, b, op)
    }

    /// Lexicographic comparison: the first unequal pair decides, else the lengths.
    fn compare_sequences(&self, x: &[Value], y: &[Value], op: Comparison) -> PyResult<Value> {
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                return match op {
                    Comparison::Eq => Ok(Value::FALSE),
                    Comparison::Ne => Ok(Value::TRUE),
                    _ => self.rich_compare(p, q, op),
                };
            }
        }
        Ok(Value::bool(test(x.len().cmp(&y.len()), op)))
    }

    fn rich_compare_special(&self, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
        const NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        const SWAPPED: [usize; 6] = [4, 5, 2, 3, 0, 1];
        let (name, rname) = (NAMES[op as usize], NAMES[SWAPPED[op as usize]]);
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let mut reflected_tried = false;
        if !ta.is(&tb) && type_data(&tb).is_some_and(|t| t.is_subtype_of(&ta)) {
            if let Some(f) = self.lookup_special(b, rname)? {
                reflected_tried = true;
                let r = self.call(&f, &[b.clone(), a.clone()], &[])?;
                if !r.is(&Value::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.lookup_special(a, name)? {
            let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
        if !reflected_tried {
            if let Some(f) = self.lookup_special(b, rname)? {
                let r = self.call(&f, &[b.clone(), a.clone()], &[])?;
                if !r.is(&Value::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
        }
        match op {
            Comparison::Eq => Ok(Value::bool(a.is(b))),
            Comparison::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(self.type_error(&format!(
                "'{}' not supported between instances of '{}' and '{}'",
                Comparison::SYMBOLS[op as usize],
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }
}

/// Numeric comparison: ints compare with floats exactly, as CPython's `float_richcompare` (no
/// rounding of large ints).
impl Num {
    fn partial_cmp_real(&self, other: &Num) -> Option<Ordering> {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(b)),
            (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
            (Num::Int(a), Num::Float(b)) => cmp_int_float(a, *b),
            (Num::Float(a), Num::Int(b)) => cmp_int_float(b, *a).map(Ordering::reverse),
        }
    }
}

/// Exact comparison of an int with a float (`None` for NaN).
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    // Compare with the integer part exactly; a fractional part breaks ties.
    let fi = BigInt::from_f64(fl)?;
    match i.cmp(&fi) {
        Ordering::Equal if f != fl => Some(Ordering::Less),
        ord => Some(ord),
    }
    .or_else(|| i.to_f64().and_then(|x| x.partial_cmp(&f)))
}

/// Whether an ordering satisfies the comparison.
fn test(ord: Ordering, op: Comparison) -> bool {
    match op {
        Comparison::Lt => ord == Ordering::Less,
        Comparison::Le => ord != Ordering::Greater,
        Comparison::Eq => ord == Ordering::Equal,
        Comparison::Ne => ord != Ordering::Equal,
        Comparison::Gt => ord == Ordering::Greater,
        Comparison::Ge => ord != Ordering::Less,
    }
}
