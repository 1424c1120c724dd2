//! The layout table: every Rust payload struct that can head a heap object, in one list.
//!
//! Each row names a [`Kind`], the payload type, and whether the cycle collector tracks objects of
//! that layout (CPython's `Py_TPFLAGS_HAVE_GC`). The `Kind` enum, the `LAYOUTS` array (name,
//! collectability, drop/traverse/clear entry points) and each payload's `Payload` impl come from
//! this one table.

use crate::heap::{self, Header, Payload};
use crate::value::Value;
use std::ptr::NonNull;

/// A visitor of the values an object references (the collector's callback).
pub type Visit<'a> = &'a mut dyn FnMut(&Value);

/// One row of the layout table, as data.
pub struct Layout {
    /// The layout's name (for debugging; the Python type name lives in the type object).
    pub name: &'static str,
    /// Whether objects of this layout are tracked by the cycle collector.
    pub gc: bool,
    /// Drops the payload and frees the memory of a dead object.
    pub(crate) drop_and_free: unsafe fn(NonNull<Header>),
    /// Visits the values the payload references.
    pub(crate) traverse: fn(&Header, Visit<'_>),
    /// Drops the values the payload references.
    pub(crate) clear: fn(&Header),
}

macro_rules! layouts {
    ($( $(#[doc = $doc:literal])+ $kind:ident => $ty:ty, gc = $gc:literal; )*) => {
        /// The layout of a heap object: which payload struct follows its header.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Kind {
            $( $(#[doc = $doc])+ $kind, )*
        }

        static LAYOUTS: &[Layout] = &[
            $(Layout {
                name: stringify!($kind),
                gc: $gc,
                drop_and_free: heap::drop_and_free::<$ty>,
                traverse: heap::traverse::<$ty>,
                clear: heap::clear::<$ty>,
            },)*
        ];

        $( impl Payload for $ty { const KIND: Kind = Kind::$kind; } )*
    };
}

layouts! {
    /// A `cell`: one variable shared between a function and its closures.
    Cell => crate::objects::cell::CellData, gc = true;
    /// A `tuple`.
    Tuple => crate::objects::tuple::TupleData, gc = true;
}

/// The row of the layout table for `kind`.
#[inline]
pub fn layout_of(kind: Kind) -> &'static Layout {
    &LAYOUTS[kind as usize]
}
