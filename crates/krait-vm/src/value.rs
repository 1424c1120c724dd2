//! `Value`: one machine word, NaN-boxed (design decision 2; the bit layout is in docs/vm.md).
//!
//! Floats are stored as themselves; small ints, the singletons, NULL and heap references live in
//! the negative quiet-NaN space above `0xFFF8_…`. Only heap references are reference counted:
//! `Clone` and `Drop` test one tag and touch memory only for heap values.

use crate::heap::{self, Header, ObjRef};
use std::fmt;
use std::ptr::NonNull;

const PAYLOAD_BITS: u32 = 48;
const PAYLOAD_MASK: u64 = (1 << PAYLOAD_BITS) - 1;
/// Every bit pattern at or above this is not a float.
const FIRST_TAG: u64 = 0xFFF9 << PAYLOAD_BITS;
const TAG_INT: u64 = 0xFFF9 << PAYLOAD_BITS;
const TAG_IMMEDIATE: u64 = 0xFFFA << PAYLOAD_BITS;
const TAG_NULL: u64 = 0xFFFB << PAYLOAD_BITS;
const TAG_HEAP: u64 = 0xFFFC << PAYLOAD_BITS;
const TAG_MASK: u64 = 0xFFFF << PAYLOAD_BITS;
/// The NaN every NaN whose bits would collide with a tag is folded into (sign kept).
const NEGATIVE_QUIET_NAN: u64 = 0xFFF8 << PAYLOAD_BITS;

/// The smallest `int` held inline.
pub const SMALL_INT_MIN: i64 = -(1 << (PAYLOAD_BITS - 1));
/// The largest `int` held inline.
pub const SMALL_INT_MAX: i64 = (1 << (PAYLOAD_BITS - 1)) - 1;

/// A Python value: a float, a small int, a singleton, NULL, or a counted heap reference.
#[repr(transparent)]
pub struct Value(u64);

const _: () = assert!(std::mem::size_of::<Value>() == 8);

/// The inline singletons, in payload order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Immediate {
    None = 0,
    False = 1,
    True = 2,
    NotImplemented = 3,
    Ellipsis = 4,
}

impl Value {
    /// `None`.
    pub const NONE: Value = Value(TAG_IMMEDIATE | Immediate::None as u64);
    /// `False`.
    pub const FALSE: Value = Value(TAG_IMMEDIATE | Immediate::False as u64);
    /// `True`.
    pub const TRUE: Value = Value(TAG_IMMEDIATE | Immediate::True as u64);
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: Value = Value(TAG_IMMEDIATE | Immediate::NotImplemented as u64);
    /// `Ellipsis` (`...`).
    pub const ELLIPSIS: Value = Value(TAG_IMMEDIATE | Immediate::Ellipsis as u64);
    /// NULL: an unbound local slot, or the "no self" marker of the call protocol. Never visible
    /// to Python code.
    pub const NULL: Value = Value(TAG_NULL);

    /// A float. NaNs whose sign and payload would collide with the tags become the negative
    /// quiet NaN (the only bits not preserved; see docs/compatibility.md).
    #[inline]
    pub fn float(f: f64) -> Value {
        let bits = f.to_bits();
        if bits < FIRST_TAG {
            Value(bits)
        } else {
            Value(NEGATIVE_QUIET_NAN)
        }
    }

    /// An inline int, if `i` is within [`SMALL_INT_MIN`]`..=`[`SMALL_INT_MAX`].
    #[inline]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value(TAG_INT | (i as u64 & PAYLOAD_MASK)))
        } else {
            None
        }
    }

    /// `True` or `False`.
    #[inline]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A heap reference, taking over the count `obj` holds.
    #[inline]
    pub fn from_obj(obj: ObjRef) -> Value {
        let addr = obj.into_raw().as_ptr() as u64;
        debug_assert_eq!(addr & !PAYLOAD_MASK, 0, "heap address beyond 48 bits");
        Value(TAG_HEAP | addr)
    }

    /// Whether this is a float.
    #[inline]
    pub fn is_float(&self) -> bool {
        self.0 < FIRST_TAG
    }

    /// The float, if this is one.
    #[inline]
    pub fn as_float(&self) -> Option<f64> {
        self.is_float().then(|| f64::from_bits(self.0))
    }

    /// Whether this is an inline int.
    #[inline]
    pub fn is_small_int(&self) -> bool {
        self.0 & TAG_MASK == TAG_INT
    }

    /// The inline int, if this is one.
    #[inline]
    pub fn as_small_int(&self) -> Option<i64> {
        // Shifting left then arithmetically right sign-extends the 48-bit payload.
        self.is_small_int().then_some(((self.0 << 16) as i64) >> 16)
    }

    /// The singleton, if this is one.
    #[inline]
    pub fn as_immediate(&self) -> Option<Immediate> {
        if self.0 & TAG_MASK != TAG_IMMEDIATE {
            return None;
        }
        const ALL: [Immediate; 5] = [
            Immediate::None,
            Immediate::False,
            Immediate::True,
            Immediate::NotImplemented,
            Immediate::Ellipsis,
        ];
        ALL.get((self.0 & PAYLOAD_MASK) as usize).copied()
    }

    /// Whether this is `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        self.0 == Value::NONE.0
    }

    /// Whether this is NULL.
    #[inline]
    pub fn is_null(&self) -> bool {
        self.0 == TAG_NULL
    }

    /// Whether this is a heap reference.
    #[inline]
    pub fn is_heap(&self) -> bool {
        self.0 & TAG_MASK == TAG_HEAP
    }

    /// The header of the referenced heap object, borrowed for as long as this value lives.
    #[inline]
    pub fn as_header(&self) -> Option<&Header> {
        // SAFETY: a heap value holds a count on a live object, so the object outlives `&self`.
        self.heap_ptr().map(|p| unsafe { p.as_ref() })
    }

    /// A new counted reference to the heap object, if this is one.
    #[inline]
    pub fn to_obj(&self) -> Option<ObjRef> {
        self.as_header().map(ObjRef::from_header)
    }

    /// The counted reference this value holds, or the value itself back if it is not on the heap.
    #[inline]
    pub fn into_obj(self) -> Result<ObjRef, Value> {
        match self.heap_ptr() {
            Some(p) => {
                std::mem::forget(self);
                // SAFETY: the count `self` held is transferred to the new `ObjRef`.
                Ok(unsafe { ObjRef::from_raw(p) })
            }
            None => Err(self),
        }
    }

    /// `a is b`: identity of heap objects, equality of bits for inline values.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The raw bits (for `id()` of inline values, hashing identity, and the JIT).
    #[inline]
    pub fn bits(&self) -> u64 {
        self.0
    }

    #[inline]
    fn heap_ptr(&self) -> Option<NonNull<Header>> {
        if self.is_heap() {
            NonNull::new((self.0 & PAYLOAD_MASK) as *mut Header)
        } else {
            None
        }
    }
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        if let Some(h) = self.as_header() {
            h.inc_ref();
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline]
    fn drop(&mut self) {
        if let Some(p) = self.heap_ptr() {
            // SAFETY: this value owned one count on a live object and gives it up here.
            unsafe { heap::dec_ref(p) }
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NULL
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(x) = self.as_float() {
            write!(f, "Float({x:?})")
        } else if let Some(i) = self.as_small_int() {
            write!(f, "Int({i})")
        } else if let Some(imm) = self.as_immediate() {
            write!(f, "{imm:?}")
        } else if self.is_null() {
            write!(f, "NULL")
        } else if let Some(h) = self.as_header() {
            write!(f, "Obj({}@{:p})", h.layout().name, h)
        } else {
            write!(f, "<invalid value {:#x}>", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_round_trip() {
        for x in [
            0.0,
            -0.0,
            1.5,
            -1e308,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
        ] {
            let v = Value::float(x);
            assert!(v.is_float());
            assert_eq!(v.as_float().unwrap().to_bits(), x.to_bits());
            assert!(v.as_small_int().is_none() && !v.is_heap() && v.as_immediate().is_none());
        }
        let nan = Value::float(f64::NAN);
        assert!(nan.as_float().unwrap().is_nan());
        let neg_nan = Value::float(-f64::NAN);
        assert_eq!(neg_nan.as_float().unwrap().to_bits(), (-f64::NAN).to_bits());
        // A NaN whose bits collide with the tags is folded, never misread as another kind.
        let odd = Value::float(f64::from_bits(0xFFFC_0000_0000_1234));
        assert!(odd.is_float() && odd.as_float().unwrap().is_nan());
    }

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, 42, SMALL_INT_MIN, SMALL_INT_MAX, -123_456_789_012] {
            let v = Value::small_int(i).unwrap();
            assert_eq!(v.as_small_int(), Some(i));
            assert!(!v.is_float());
        }
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn singletons() {
        assert_eq!(Value::NONE.as_immediate(), Some(Immediate::None));
        assert_eq!(Value::bool(true).as_immediate(), Some(Immediate::True));
        assert!(Value::NONE.is_none() && !Value::FALSE.is_none());
        assert!(Value::NULL.is_null() && Value::NULL.as_immediate().is_none());
        assert!(Value::ELLIPSIS.is(&Value::ELLIPSIS.clone()));
    }
}
