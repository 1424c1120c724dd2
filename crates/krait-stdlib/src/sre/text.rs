//! The subject of a match (CPython's `getstring`/`getslice`): a `str` read in its stored width,
//! a `bytes` read in place, or a copy of any other bytes-like object (bytearray, memoryview),
//! so that Python code run during `sub` can never change the bytes under the matcher.

use super::engine::{State, Unit};
use super::search;
use krait_vm::objects::bytearray::ByteArrayData;
use krait_vm::objects::bytes::BytesData;
use krait_vm::objects::memoryview::MemoryViewData;
use krait_vm::objects::str::{StrData, StrUnits};
use krait_vm::protocols::payload;
use krait_vm::{PyResult, Value, Vm};

/// The subject of a match.
pub struct Text {
    /// The object given (what `Match.string` returns).
    pub obj: Value,
    /// Bytes copied from a mutable bytes-like object.
    copy: Option<Box<[u8]>>,
    /// Whether the subject is bytes-like.
    pub is_bytes: bool,
}

/// The code units of a subject.
#[derive(Clone, Copy)]
pub enum View<'a> {
    U8(&'a [u8]),
    U16(&'a [u16]),
    U32(&'a [u32]),
}

impl<'a> View<'a> {
    /// The number of code units.
    pub fn len(&self) -> usize {
        match self {
            View::U8(t) => t.len(),
            View::U16(t) => t.len(),
            View::U32(t) => t.len(),
        }
    }

    /// The code point at `i`.
    pub fn at(&self, i: usize) -> u32 {
        match self {
            View::U8(t) => t[i].cp(),
            View::U16(t) => t[i].cp(),
            View::U32(t) => t[i].cp(),
        }
    }
}

impl Text {
    /// The subject `v`, or CPython's TypeError for anything that is neither a `str` nor
    /// bytes-like.
    pub fn new(vm: &Vm, v: &Value) -> PyResult<Text> {
        Text::try_new(v).ok_or_else(|| {
            vm.type_error(&format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(v)
            ))
        })
    }

    /// The subject `v` if it is a `str` or bytes-like.
    pub fn try_new(v: &Value) -> Option<Text> {
        let (copy, is_bytes) = if payload::<StrData>(v).is_some() {
            (None, false)
        } else if payload::<BytesData>(v).is_some() {
            (None, true)
        } else if let Some(b) = payload::<ByteArrayData>(v) {
            (Some(b.bytes.borrow().clone().into_boxed_slice()), true)
        } else if let Some(m) = payload::<MemoryViewData>(v) {
            (Some(m.to_vec().into_boxed_slice()), true)
        } else {
            return None;
        };
        Some(Text {
            obj: v.clone(),
            copy,
            is_bytes,
        })
    }

    /// The code units.
    pub fn view(&self) -> View<'_> {
        if let Some(c) = &self.copy {
            return View::U8(c);
        }
        if let Some(b) = payload::<BytesData>(&self.obj) {
            return View::U8(&b.bytes);
        }
        match payload::<StrData>(&self.obj).map(StrData::units) {
            Some(StrUnits::Latin1(b)) => View::U8(b),
            Some(StrUnits::Ucs2(w)) => View::U16(w),
            Some(StrUnits::Ucs4(w)) => View::U32(w),
            None => View::U8(&[]),
        }
    }

    /// The length in code points (or bytes).
    pub fn len(&self) -> usize {
        self.view().len()
    }

    /// `getslice`: the subject's `a..b` as a new `str` or `bytes` (the subject itself when it
    /// is an exact `bytes` and the slice is all of it).
    pub fn slice(&self, vm: &Vm, a: usize, b: usize) -> Value {
        let len = self.len();
        let (a, b) = (a.min(len), b.min(len).max(a.min(len)));
        if self.is_bytes {
            if a == 0 && b == len && vm.type_of(&self.obj).is(&vm.types.bytes) {
                return self.obj.clone();
            }
            return match self.view() {
                View::U8(t) => vm.new_bytes(t[a..b].to_vec()),
                _ => vm.new_bytes(Vec::new()),
            };
        }
        match payload::<StrData>(&self.obj) {
            Some(s) => vm.str_value(s.substring(a, b)),
            None => vm.new_str(""),
        }
    }

    /// Runs `search` (or a match anchored at `st.start` if `anchored`) over the subject.
    pub fn run(&self, st: &mut State, code: &[u32], anchored: bool) -> bool {
        match (self.view(), anchored) {
            (View::U8(t), false) => search::search(st, code, t),
            (View::U16(t), false) => search::search(st, code, t),
            (View::U32(t), false) => search::search(st, code, t),
            (View::U8(t), true) => search::match_at(st, code, t),
            (View::U16(t), true) => search::match_at(st, code, t),
            (View::U32(t), true) => search::match_at(st, code, t),
        }
    }
}
