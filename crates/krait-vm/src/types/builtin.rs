//! The built-in types, created once per interpreter: one table lists each type's Python name,
//! its base, the layout of its instances and its flags; the exception hierarchy is a second table
//! with CPython 3.11's classes and bases (Objects/exceptions.c).

use super::{flags, TypeData};
use crate::heap::{self, Ref};
use crate::layouts::Kind;
use crate::objects::dict::DictData;
use crate::value::Value;

macro_rules! builtin_types {
    (
        root { $root:ident = $rname:literal, kind $rkind:ident, flags $rflags:expr; }
        types { $( $field:ident = $name:literal, base $base:ident, kind $kind:ident, flags $flags:expr; )* }
        exceptions { $( $exc:ident = $ename:literal, base $ebase:ident; )* }
    ) => {
        /// The built-in type objects of one interpreter. Each is immortal.
        pub struct BuiltinTypes {
            #[doc = concat!("`", $rname, "`.")]
            pub $root: Value,
            $( #[doc = concat!("`", $name, "`.")] pub $field: Value, )*
            $( #[doc = concat!("`", $ename, "`.")] pub $exc: Value, )*
        }

        impl BuiltinTypes {
            /// Creates every built-in type in table order, so each base exists before its
            /// subclasses; `type` and `dict` objects get their types once those two exist.
            pub fn bootstrap() -> BuiltinTypes {
                let boot = Bootstrap::new();
                let $root = boot.make($rname, None, Kind::$rkind, $rflags);
                $( let $field = boot.make($name, Some(&$base), Kind::$kind, $flags); )*
                $( let $exc = boot.make($ename, Some(&$ebase), Kind::Exception, flags::BASETYPE); )*
                let types = BuiltinTypes { $root, $( $field, )* $( $exc, )* };
                boot.finish(&types.type_, &types.dict);
                types
            }

            /// Every built-in type with its Python name (for the `builtins` module and tests).
            pub fn all(&self) -> Vec<(&'static str, &Value)> {
                vec![ ($rname, &self.$root), $( ($name, &self.$field), )* $( ($ename, &self.$exc), )* ]
            }
        }
    };
}

const B: u32 = flags::BASETYPE | flags::IMMUTABLETYPE;
const FINAL: u32 = flags::IMMUTABLETYPE;

builtin_types! {
    root {
        object = "object", kind Object, flags B;
    }
    types {
        type_ = "type", base object, kind Type, flags B;
        none_type = "NoneType", base object, kind Object, flags FINAL;
        not_implemented_type = "NotImplementedType", base object, kind Object, flags FINAL;
        ellipsis_type = "ellipsis", base object, kind Object, flags FINAL;
        int = "int", base object, kind Int, flags B;
        bool_ = "bool", base int, kind Int, flags FINAL;
        float = "float", base object, kind Float, flags B;
        complex = "complex", base object, kind Complex, flags B;
        str = "str", base object, kind Str, flags B;
        bytes = "bytes", base object, kind Bytes, flags B;
        bytearray = "bytearray", base object, kind ByteArray, flags B;
        list = "list", base object, kind List, flags B | flags::SEQUENCE;
        tuple = "tuple", base object, kind Tuple, flags B | flags::SEQUENCE;
        dict = "dict", base object, kind Dict, flags B | flags::MAPPING;
        set = "set", base object, kind Set, flags B;
        frozenset = "frozenset", base object, kind Set, flags B;
        set_iterator = "set_iterator", base object, kind SetIter, flags FINAL;
        super_ = "super", base object, kind Super, flags B;
        cell = "cell", base object, kind Cell, flags FINAL;
        code = "code", base object, kind Code, flags FINAL;
        function = "function", base object, kind Function, flags FINAL;
        method = "method", base object, kind Method, flags FINAL;
        dict_keys = "dict_keys", base object, kind DictView, flags FINAL;
        dict_values = "dict_values", base object, kind DictView, flags FINAL;
        dict_items = "dict_items", base object, kind DictView, flags FINAL;
        property = "property", base object, kind Wrapper, flags B;
        classmethod = "classmethod", base object, kind Wrapper, flags B;
        staticmethod = "staticmethod", base object, kind Wrapper, flags B;
        range = "range", base object, kind Range, flags FINAL | flags::SEQUENCE;
        slice = "slice", base object, kind Slice, flags FINAL;
        memoryview = "memoryview", base object, kind MemoryView, flags FINAL;
        enumerate = "enumerate", base object, kind BuiltinIter, flags B;
        zip = "zip", base object, kind BuiltinIter, flags B;
        map = "map", base object, kind BuiltinIter, flags B;
        filter = "filter", base object, kind BuiltinIter, flags B;
        reversed = "reversed", base object, kind BuiltinIter, flags B;
        iterator = "iterator", base object, kind BuiltinIter, flags FINAL;
        callable_iterator = "callable_iterator", base object, kind BuiltinIter, flags FINAL;
        range_iterator = "range_iterator", base object, kind RangeIter, flags FINAL;
        list_iterator = "list_iterator", base object, kind SeqIter, flags FINAL;
        tuple_iterator = "tuple_iterator", base object, kind SeqIter, flags FINAL;
        str_iterator = "str_ascii_iterator", base object, kind SeqIter, flags FINAL;
        generator = "generator", base object, kind Generator, flags FINAL;
        coroutine = "coroutine", base object, kind Generator, flags FINAL;
        async_generator = "async_generator", base object, kind Generator, flags FINAL;
        coroutine_wrapper = "coroutine_wrapper", base object, kind CoroWrapper, flags FINAL;
        async_generator_asend = "async_generator_asend", base object, kind AsyncGenOp, flags FINAL;
        async_generator_athrow = "async_generator_athrow", base object, kind AsyncGenOp, flags FINAL;
        async_generator_wrapped_value = "async_generator_wrapped_value", base object, kind AsyncGenWrapped, flags FINAL;
        module = "module", base object, kind Module, flags FINAL;
        text_stream = "TextIOWrapper", base object, kind StdStream, flags FINAL;
        traceback = "traceback", base object, kind Traceback, flags FINAL;
        frame = "frame", base object, kind FrameObj, flags FINAL;
        builtin_function = "builtin_function_or_method", base object, kind NativeFunction, flags FINAL;
        method_descriptor = "method_descriptor", base object, kind MethodDescriptor, flags FINAL;
        weakref_ref = "ReferenceType", base object, kind Weakref, flags B;
        weakref_proxy = "ProxyType", base object, kind Weakref, flags FINAL;
        weakref_callable_proxy = "CallableProxyType", base object, kind Weakref, flags FINAL;
        wrapper_descriptor = "wrapper_descriptor", base object, kind SlotWrapper, flags FINAL;
        method_wrapper = "method-wrapper", base object, kind MethodWrapper, flags FINAL;
    }
    exceptions {
        base_exception = "BaseException", base object;
        system_exit = "SystemExit", base base_exception;
        keyboard_interrupt = "KeyboardInterrupt", base base_exception;
        generator_exit = "GeneratorExit", base base_exception;
        base_exception_group = "BaseExceptionGroup", base base_exception;
        exception = "Exception", base base_exception;
        exception_group = "ExceptionGroup", base base_exception_group;
        stop_iteration = "StopIteration", base exception;
        stop_async_iteration = "StopAsyncIteration", base exception;
        arithmetic_error = "ArithmeticError", base exception;
        floating_point_error = "FloatingPointError", base arithmetic_error;
        overflow_error = "OverflowError", base arithmetic_error;
        zero_division_error = "ZeroDivisionError", base arithmetic_error;
        assertion_error = "AssertionError", base exception;
        attribute_error = "AttributeError", base exception;
        buffer_error = "BufferError", base exception;
        eof_error = "EOFError", base exception;
        import_error = "ImportError", base exception;
        module_not_found_error = "ModuleNotFoundError", base import_error;
        lookup_error = "LookupError", base exception;
        index_error = "IndexError", base lookup_error;
        key_error = "KeyError", base lookup_error;
        memory_error = "MemoryError", base exception;
        name_error = "NameError", base exception;
        unbound_local_error = "UnboundLocalError", base name_error;
        os_error = "OSError", base exception;
        blocking_io_error = "BlockingIOError", base os_error;
        child_process_error = "ChildProcessError", base os_error;
        connection_error = "ConnectionError", base os_error;
        broken_pipe_error = "BrokenPipeError", base connection_error;
        connection_aborted_error = "ConnectionAbortedError", base connection_error;
        connection_refused_error = "ConnectionRefusedError", base connection_error;
        connection_reset_error = "ConnectionResetError", base connection_error;
        file_exists_error = "FileExistsError", base os_error;
        file_not_found_error = "FileNotFoundError", base os_error;
        interrupted_error = "InterruptedError", base os_error;
        is_a_directory_error = "IsADirectoryError", base os_error;
        not_a_directory_error = "NotADirectoryError", base os_error;
        permission_error = "PermissionError", base os_error;
        process_lookup_error = "ProcessLookupError", base os_error;
        timeout_error = "TimeoutError", base os_error;
        reference_error = "ReferenceError", base exception;
        runtime_error = "RuntimeError", base exception;
        not_implemented_error = "NotImplementedError", base runtime_error;
        recursion_error = "RecursionError", base runtime_error;
        syntax_error = "SyntaxError", base exception;
        indentation_error = "IndentationError", base syntax_error;
        tab_error = "TabError", base indentation_error;
        system_error = "SystemError", base exception;
        type_error = "TypeError", base exception;
        value_error = "ValueError", base exception;
        unicode_error = "UnicodeError", base value_error;
        unicode_decode_error = "UnicodeDecodeError", base unicode_error;
        unicode_encode_error = "UnicodeEncodeError", base unicode_error;
        unicode_translate_error = "UnicodeTranslateError", base unicode_error;
        warning = "Warning", base exception;
        deprecation_warning = "DeprecationWarning", base warning;
        pending_deprecation_warning = "PendingDeprecationWarning", base warning;
        runtime_warning = "RuntimeWarning", base warning;
        syntax_warning = "SyntaxWarning", base warning;
        user_warning = "UserWarning", base warning;
        future_warning = "FutureWarning", base warning;
        import_warning = "ImportWarning", base warning;
        unicode_warning = "UnicodeWarning", base warning;
        bytes_warning = "BytesWarning", base warning;
        resource_warning = "ResourceWarning", base warning;
        encoding_warning = "EncodingWarning", base warning;
    }
}

/// Builds the type objects before `type` and `dict` exist: objects are allocated with no type
/// and given their types at the end.
struct Bootstrap {
    made: std::cell::RefCell<Vec<Ref<TypeData>>>,
}

impl Bootstrap {
    fn new() -> Bootstrap {
        Bootstrap {
            made: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// Makes the type `name` with the given base (an earlier type; `None` only for `object`).
    fn make(&self, name: &'static str, base: Option<&Value>, kind: Kind, type_flags: u32) -> Value {
        let dict = heap::alloc(None, DictData::new()).into_value();
        let ty = heap::alloc(None, TypeData::new(name, name, dict, type_flags, kind));
        ty.header().make_immortal();
        let value = ty.clone().into_value();
        let mut mro = vec![value.clone()];
        if let Some(b) = base {
            let bt = b.to_obj().and_then(|o| o.downcast::<TypeData>().ok());
            mro.extend(bt.map(|t| t.mro.borrow().clone()).unwrap_or_default());
            ty.bases.borrow_mut().push(b.clone());
        }
        *ty.mro.borrow_mut() = mro;
        self.made.borrow_mut().push(ty);
        value
    }

    /// Sets every type's type to `type_type` and every type dict's type to `dict_type`.
    fn finish(&self, type_type: &Value, dict_type: &Value) {
        let (Some(tt), Some(dt)) = (type_type.to_obj(), dict_type.to_obj()) else {
            unreachable!("built-in types are heap objects");
        };
        for t in self.made.borrow().iter() {
            t.header().set_type(tt.clone());
            if let Some(d) = t.dict().as_header() {
                d.set_type(dt.clone());
            }
        }
    }
}
