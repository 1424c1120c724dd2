//! The layout table: every Rust payload struct that can head a heap object, in one list.
//!
//! Each row names a [`Kind`], the payload type, and whether the cycle collector tracks objects of
//! that layout (CPython's `Py_TPFLAGS_HAVE_GC`). The `Kind` enum, the `LAYOUTS` array (name,
//! collectability, base layout, drop/traverse/clear entry points) and each payload's `Payload`
//! impl come from this one table. A *subclassable* row also yields a second layout, `Sub<T>`:
//! the payload followed by instance attribute storage, used for instances of Python subclasses
//! (CPython's `tp_dictoffset` in spirit); code written for `T` reads such objects unchanged.

use crate::heap::{self, Header, Payload, Sub, Subclassable};
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
    /// The layout whose payload this one starts with: itself, or for a subclass layout the
    /// built-in layout it extends (so that downcasting to the built-in payload succeeds).
    pub base: Kind,
    /// For a subclass layout, the byte offset of its `InstanceAttrs` from the header.
    pub attrs_offset: Option<usize>,
    /// Drops the payload and frees the memory of a dead object.
    pub(crate) drop_and_free: unsafe fn(NonNull<Header>),
    /// Visits the values the payload references.
    pub(crate) traverse: fn(&Header, Visit<'_>),
    /// Drops the values the payload references.
    pub(crate) clear: fn(&Header),
}

macro_rules! layouts {
    (
        plain { $( $(#[doc = $doc:literal])+ $kind:ident => $ty:ty, gc = $gc:literal; )* }
        subclassable { $( $(#[doc = $sdoc:literal])+ $skind:ident / $subkind:ident => $sty:ty, gc = $sgc:literal; )* }
    ) => {
        /// The layout of a heap object: which payload struct follows its header.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Kind {
            $( $(#[doc = $doc])+ $kind, )*
            $( $(#[doc = $sdoc])+ $skind, )*
            $( #[doc = concat!("An instance of a Python subclass of ", stringify!($skind), ": its payload plus attribute storage.")] $subkind, )*
        }

        static LAYOUTS: &[Layout] = &[
            $(Layout {
                name: stringify!($kind),
                gc: $gc,
                base: Kind::$kind,
                attrs_offset: None,
                drop_and_free: heap::drop_and_free::<$ty>,
                traverse: heap::traverse::<$ty>,
                clear: heap::clear::<$ty>,
            },)*
            $(Layout {
                name: stringify!($skind),
                gc: $sgc,
                base: Kind::$skind,
                attrs_offset: None,
                drop_and_free: heap::drop_and_free::<$sty>,
                traverse: heap::traverse::<$sty>,
                clear: heap::clear::<$sty>,
            },)*
            $(Layout {
                name: stringify!($subkind),
                gc: true,
                base: Kind::$skind,
                attrs_offset: Some(heap::sub_attrs_offset::<$sty>()),
                drop_and_free: heap::drop_and_free::<Sub<$sty>>,
                traverse: heap::traverse::<Sub<$sty>>,
                clear: heap::clear::<Sub<$sty>>,
            },)*
        ];

        $( impl Payload for $ty { const KIND: Kind = Kind::$kind; } )*
        $( impl Payload for $sty { const KIND: Kind = Kind::$skind; } )*
        $(
            impl Payload for Sub<$sty> {
                const KIND: Kind = Kind::$subkind;
                #[inline]
                fn matches(kind: Kind) -> bool {
                    kind == Kind::$subkind
                }
            }
            impl Subclassable for $sty {
                const SUB_KIND: Kind = Kind::$subkind;
            }
        )*
    };
}

layouts! {
    plain {
        /// A `type` object (a class).
        Type => crate::types::TypeData, gc = true;
        /// A `cell`: one variable shared between a function and its closures.
        Cell => crate::objects::cell::CellData, gc = true;
        /// A `code` object.
        Code => crate::objects::code::CodeData, gc = true;
        /// A Python `function`.
        Function => crate::objects::function::FunctionData, gc = true;
        /// An `enumerate`, `zip`, `map`, `filter` or `reversed` iterator.
        BuiltinIter => crate::objects::builtin_iter::IterData, gc = true;
        /// A `slice`.
        Slice => crate::objects::slice::SliceData, gc = true;
        /// A `memoryview`.
        MemoryView => crate::objects::memoryview::MemoryViewData, gc = true;
        /// A `range`.
        Range => crate::objects::range::RangeData, gc = false;
        /// A `range_iterator`.
        RangeIter => crate::objects::range::RangeIterData, gc = false;
        /// An iterator over a list, tuple or str.
        SeqIter => crate::objects::iter::SeqIterData, gc = true;
        /// A `traceback` entry.
        Traceback => crate::objects::traceback::TracebackData, gc = true;
        /// A `frame` object.
        FrameObj => crate::objects::frame::FrameObjData, gc = true;
        /// A `dict_keys`, `dict_values` or `dict_items` view.
        DictView => crate::objects::dict::DictViewData, gc = true;
        /// A bound `method`: a function and the object it was looked up on.
        Method => crate::objects::method::MethodData, gc = true;
        /// A `property`, `classmethod` or `staticmethod` wrapper.
        Wrapper => crate::objects::method::WrapperData, gc = true;
        /// A `builtin_function_or_method`.
        NativeFunction => crate::native::NativeFunctionData, gc = true;
        /// A `method_descriptor` or `classmethod_descriptor` of a built-in type.
        MethodDescriptor => crate::native::MethodDescriptorData, gc = true;
        /// A `wrapper_descriptor`: a special method of a built-in type.
        SlotWrapper => crate::objects::slot_wrapper::SlotWrapperData, gc = true;
        /// A `method-wrapper`: a slot wrapper bound to an object.
        MethodWrapper => crate::objects::slot_wrapper::MethodWrapperData, gc = true;
        /// A `generator`, `coroutine` or `async_generator`.
        Generator => crate::objects::generator::GenData, gc = true;
        /// An `async_generator_asend` or `async_generator_athrow` awaitable.
        AsyncGenOp => crate::objects::generator::AsyncGenOpData, gc = true;
        /// A value yielded by an async generator, wrapped by `ASYNC_GEN_WRAP`.
        AsyncGenWrapped => crate::objects::generator::AsyncGenWrappedData, gc = true;
        /// A `coroutine_wrapper` (the iterator of `coroutine.__await__()`).
        CoroWrapper => crate::objects::generator::CoroWrapperData, gc = true;
        /// A standard stream (`sys.stdout` and its siblings).
        StdStream => crate::objects::stdio::StdStreamData, gc = false;
        /// A `module`.
        Module => crate::objects::module::ModuleData, gc = true;
        /// An exception instance (every exception class, built-in or not, shares this layout).
        Exception => crate::objects::exception::ExceptionData, gc = true;
        /// A `set_iterator`.
        SetIter => crate::objects::set::SetIterData, gc = true;
        /// A `super` object.
        Super => crate::types::super_::SuperData, gc = true;
        /// A `member_descriptor`: a `__slots__` member of a class, or a field of a built-in type.
        MemberDescr => crate::objects::member::MemberDescrData, gc = true;
    }
    subclassable {
        /// A plain `object()`.
        Object / ObjectSub => crate::objects::object::ObjectData, gc = false;
        /// An `int` too large to be held inline (or an int subclass instance).
        Int / IntSub => crate::objects::int::IntData, gc = false;
        /// A `float` on the heap (only instances of `float` subclasses; floats are inline).
        Float / FloatSub => crate::objects::float::FloatData, gc = false;
        /// A `complex`.
        Complex / ComplexSub => crate::objects::complex::ComplexData, gc = false;
        /// A `bytes`.
        Bytes / BytesSub => crate::objects::bytes::BytesData, gc = false;
        /// A `bytearray`.
        ByteArray / ByteArraySub => crate::objects::bytearray::ByteArrayData, gc = false;
        /// A `list`.
        List / ListSub => crate::objects::list::ListData, gc = true;
        /// A `str`.
        Str / StrSub => crate::objects::str::StrData, gc = false;
        /// A `tuple`.
        Tuple / TupleSub => crate::objects::tuple::TupleData, gc = true;
        /// A `dict`.
        Dict / DictSub => crate::objects::dict::DictData, gc = true;
        /// An object whose type is defined outside krait-vm (krait-stdlib's iterators, …).
        NativeObject / NativeObjectSub => crate::objects::native_object::NativeObjectData, gc = true;
        /// A `set` or `frozenset`.
        Set / SetSub => crate::objects::set::SetData, gc = true;
        /// A weak reference (`weakref.ref`) or weak proxy.
        Weakref / WeakrefSub => crate::objects::weakref::WeakrefData, gc = true;
    }
}

/// The row of the layout table for `kind`.
#[inline]
pub fn layout_of(kind: Kind) -> &'static Layout {
    &LAYOUTS[kind as usize]
}

/// The subclass layout extending the built-in layout `kind`, if it has one.
pub fn sub_kind_of(kind: Kind) -> Option<Kind> {
    (0..LAYOUTS.len()).find_map(|i| {
        let l = &LAYOUTS[i];
        // SAFETY: `Kind` is `repr(u16)` with one variant per row of `LAYOUTS`, in order.
        (l.base == kind && l.attrs_offset.is_some())
            .then(|| unsafe { std::mem::transmute::<u16, Kind>(i as u16) })
    })
}
