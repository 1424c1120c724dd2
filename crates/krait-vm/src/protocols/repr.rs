//! `repr()` and `str()` (CPython's `PyObject_Repr`/`PyObject_Str` and the built-in types'
//! `tp_repr`), with recursion-safe container reprs (`Py_ReprEnter`).

use super::payload;
use crate::error::PyResult;
use crate::objects::bytes::BytesData;
use crate::objects::complex::ComplexData;
use crate::objects::dict::DictData;
use crate::objects::exception::ExceptionData;
use crate::objects::function::FunctionData;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::types::TypeData;
use crate::value::{Immediate, Value};
use crate::vm::Vm;
use krait_parser::dump::repr as pyrepr;
use krait_parser::wtf8::Wtf8Buf;

impl Vm {
    /// `repr(v)` as Rust text.
    pub fn repr_string(&self, v: &Value) -> PyResult<String> {
        if let Some(f) = self.sub_override(v, "__repr__")? {
            return self.call_repr(&f, v);
        }
        self.repr_base(v)
    }

    /// Calls a `__repr__` method and checks that it returned a `str`.
    fn call_repr(&self, f: &Value, v: &Value) -> PyResult<String> {
        let r = self.call(f, std::slice::from_ref(v), &[])?;
        if payload::<StrData>(&r).is_none() {
            return Err(self.type_error(&format!(
                "__repr__ returned non-string (type {})",
                self.type_name(&r)
            )));
        }
        Ok(self.str_of(&r))
    }

    /// `repr(v)` by the built-in type's own `__repr__`.
    pub(crate) fn repr_base(&self, v: &Value) -> PyResult<String> {
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        if let Some(x) = v.as_float() {
            return Ok(pyrepr::repr_float(x));
        }
        if let Some(imm) = v.as_immediate() {
            return Ok(match imm {
                Immediate::None => "None",
                Immediate::True => "True",
                Immediate::False => "False",
                Immediate::NotImplemented => "NotImplemented",
                Immediate::Ellipsis => "Ellipsis",
            }
            .to_owned());
        }
        if let Some(s) = payload::<StrData>(v) {
            let mut w = Wtf8Buf::new();
            s.code_points().for_each(|c| w.push_code_point(c));
            let mut out = String::new();
            pyrepr::repr_str(&mut out, &w);
            return Ok(out);
        }
        if let Some(n) = payload::<IntData>(v) {
            return self.int_to_decimal(&n.value);
        }
        if let Some(c) = payload::<ComplexData>(v) {
            return Ok(pyrepr::repr_complex(c.real, c.imag));
        }
        if let Some(b) = payload::<BytesData>(v) {
            let mut out = String::new();
            pyrepr::repr_bytes(&mut out, &b.bytes);
            return Ok(out);
        }
        if let Some(t) = payload::<TypeData>(v) {
            if t.has_flag(crate::types::flags::HEAPTYPE | crate::types::flags::STRUCTSEQ) {
                let module = self.dict_get_item(&t.dict(), &self.intern("__module__"))?;
                if let Some(m) = module.filter(|m| payload::<StrData>(m).is_some()) {
                    let m = self.str_of(&m);
                    if m != "builtins" {
                        return Ok(format!("<class '{m}.{}'>", t.qualname.borrow()));
                    }
                }
                return Ok(format!("<class '{}'>", t.qualname.borrow()));
            }
            return Ok(format!("<class '{}'>", t.name.borrow()));
        }
        if let Some(r) = crate::objects::structseq::repr(self, v)? {
            return Ok(r);
        }
        if payload::<ListData>(v).is_some()
            || payload::<TupleData>(v).is_some()
            || payload::<DictData>(v).is_some()
        {
            if let Some(r) = self.subclass_repr(v)? {
                return Ok(r);
            }
            return self.container_repr(v);
        }
        if let Some(s) = payload::<crate::objects::slice::SliceData>(v) {
            return Ok(format!(
                "slice({}, {}, {})",
                self.repr_string(&s.start)?,
                self.repr_string(&s.stop)?,
                self.repr_string(&s.step)?
            ));
        }
        if let Some(r) = payload::<crate::objects::range::RangeData>(v) {
            return Ok(match r.step {
                1 => format!("range({}, {})", r.start, r.stop),
                step => format!("range({}, {}, {step})", r.start, r.stop),
            });
        }
        if let Some(view) = payload::<crate::objects::dict::DictViewData>(v) {
            let items = self.new_list(self.dict_view_items(view));
            return Ok(format!(
                "{}({})",
                self.type_name(v),
                self.repr_string(&items)?
            ));
        }
        if let Some(e) = payload::<ExceptionData>(v).filter(|_| !self.has_python_repr(v)) {
            let args = self.tuple_items(&e.args.get()).unwrap_or_default();
            let inner = match args.len() {
                1 => self.repr_string(&args[0])?,
                _ => {
                    let parts = args
                        .iter()
                        .map(|a| self.repr_string(a))
                        .collect::<PyResult<Vec<_>>>()?;
                    parts.join(", ")
                }
            };
            return Ok(format!("{}({inner})", self.type_name(v)));
        }
        if let Some(m) = payload::<crate::objects::module::ModuleData>(v) {
            return self.module_repr(v, m);
        }
        if let Some(s) = payload::<crate::objects::stdio::StdStreamData>(v) {
            return Ok(crate::methods::stdio::stream_repr(s));
        }
        if let Some(fo) = crate::objects::frame::frame_obj_data(v) {
            return crate::methods::frame::repr(self, v, fo);
        }
        if let Some(g) = crate::eval::gen::gen_data(v) {
            return Ok(format!(
                "<{} object {} at {:#x}>",
                self.type_name(v),
                self.str_of(&g.qualname.get()),
                self.id_of(v)
            ));
        }
        if let Some(f) = payload::<FunctionData>(v) {
            return Ok(format!(
                "<function {} at {:#x}>",
                self.str_of(&f.qualname.get()),
                self.id_of(v)
            ));
        }
        if let Some(s) = payload::<crate::types::super_::SuperData>(v) {
            return Ok(self.super_repr(s));
        }
        if let Some(r) = self.native_callable_repr(v) {
            return r;
        }
        if let Some(f) = self.lookup_special(v, "__repr__")? {
            if !self.is_object_slot_repr(&f) {
                let r = self.call(&f, std::slice::from_ref(v), &[])?;
                if payload::<StrData>(&r).is_none() {
                    return Err(self.type_error(&format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&r)
                    )));
                }
                return Ok(self.str_of(&r));
            }
        }
        self.default_repr(v)
    }

    /// `repr()` of a module: `<module 'name' from 'file'>` or `<module 'name' (built-in)>`.
    fn module_repr(&self, v: &Value, m: &crate::objects::module::ModuleData) -> PyResult<String> {
        let d = m.dict.get();
        let get = |k: &str| self.dict_get_item(&d, &self.intern(k)).ok().flatten();
        let name = match get("__name__") {
            Some(n) => self.repr_string(&n)?,
            None => "'?'".to_owned(),
        };
        let _ = v;
        Ok(match get("__file__") {
            Some(f) if payload::<StrData>(&f).is_some() => {
                format!("<module {name} from {}>", self.repr_string(&f)?)
            }
            _ => format!("<module {name} (built-in)>"),
        })
    }

    /// The `repr` of an instance of a subclass of a built-in container whose class overrides
    /// `__repr__` (a Python method, or a native one as `collections.defaultdict`'s).
    fn subclass_repr(&self, v: &Value) -> PyResult<Option<String>> {
        let ty = self.type_of(v);
        let t = &self.types;
        if ty.is(&t.list) || ty.is(&t.tuple) || ty.is(&t.dict) {
            return Ok(None);
        }
        let base = if payload::<ListData>(v).is_some() {
            &t.list
        } else if payload::<TupleData>(v).is_some() {
            &t.tuple
        } else {
            &t.dict
        };
        let own = self.lookup_type(base, &self.intern("__repr__"))?;
        match self.lookup_special(v, "__repr__")? {
            Some(f) if !self.is_object_slot_repr(&f) && !own.as_ref().is_some_and(|o| o.is(&f)) => {
                let r = self.call(&f, std::slice::from_ref(v), &[])?;
                if payload::<StrData>(&r).is_none() {
                    return Err(self.type_error(&format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&r)
                    )));
                }
                Ok(Some(self.str_of(&r)))
            }
            _ => Ok(None),
        }
    }

    /// Whether `type(v)` overrides `__repr__` with a Python function.
    fn has_python_repr(&self, v: &Value) -> bool {
        self.lookup_special(v, "__repr__")
            .ok()
            .flatten()
            .is_some_and(|f| payload::<FunctionData>(&f).is_some())
    }

    fn is_object_slot_repr(&self, f: &Value) -> bool {
        self.is_object_slot(f)
    }

    /// The repr of a natively implemented callable (`<built-in function len>`,
    /// `<method 'append' of 'list' objects>`, `<slot wrapper '__add__' of 'int' objects>`, …).
    fn native_callable_repr(&self, v: &Value) -> Option<PyResult<String>> {
        use crate::native::{MethodDescriptorData, NativeFunctionData};
        use crate::objects::slot_wrapper::{MethodWrapperData, SlotWrapperData};
        let tname = |t: &Value| {
            crate::vm::type_data(t)
                .map(|d| d.name.borrow().clone())
                .unwrap_or_default()
        };
        if let Some(f) = payload::<NativeFunctionData>(v) {
            let b = f.self_.get();
            if b.is_null() || payload::<crate::objects::module::ModuleData>(&b).is_some() {
                return Some(Ok(format!("<built-in function {}>", f.def.name)));
            }
            return Some(Ok(format!(
                "<built-in method {} of {} object at {:#x}>",
                f.def.name,
                self.type_name(&b),
                self.id_of(&b)
            )));
        }
        if let Some(m) = payload::<MethodDescriptorData>(v) {
            return Some(Ok(format!(
                "<method '{}' of '{}' objects>",
                m.def.name,
                tname(&m.owner.get())
            )));
        }
        if let Some(w) = payload::<SlotWrapperData>(v) {
            return Some(Ok(format!(
                "<slot wrapper '{}' of '{}' objects>",
                w.def.name,
                tname(&w.owner.get())
            )));
        }
        if let Some(m) = payload::<crate::objects::method::MethodData>(v) {
            let name = self
                .get_attr(&m.func, &self.intern("__qualname__"))
                .or_else(|_| self.get_attr(&m.func, &self.intern("__name__")))
                .map(|n| self.str_of(&n))
                .unwrap_or_else(|_| "?".to_owned());
            let owner = match self.repr_string(&m.self_) {
                Ok(r) => r,
                Err(e) => return Some(Err(e)),
            };
            return Some(Ok(format!("<bound method {name} of {owner}>")));
        }
        if let Some(w) = payload::<MethodWrapperData>(v) {
            let b = w.self_.get();
            return Some(Ok(format!(
                "<method-wrapper '{}' of {} object at {:#x}>",
                w.def.name,
                self.type_name(&b),
                self.id_of(&b)
            )));
        }
        None
    }

    /// `str(v)` as Rust text.
    pub fn str_string(&self, v: &Value) -> PyResult<String> {
        if let Some(s) = payload::<StrData>(v) {
            if self.sub_override(v, "__str__")?.is_none() {
                return Ok(s.to_string_lossy());
            }
        }
        if let Some(f) = self.lookup_special(v, "__str__")? {
            if !self.is_object_slot_repr(&f) {
                let r = self.call(&f, std::slice::from_ref(v), &[])?;
                if payload::<StrData>(&r).is_none() {
                    return Err(self.type_error(&format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&r)
                    )));
                }
                return Ok(self.str_of(&r));
            }
        }
        if let Some(e) = payload::<ExceptionData>(v) {
            if let Some(s) = self.syntax_error_str(v) {
                return Ok(s);
            }
            let args = self.tuple_items(&e.args.get()).unwrap_or_default();
            return match args.len() {
                0 => Ok(String::new()),
                // KeyError shows its key as a repr (CPython's KeyError_str).
                1 if self.is_instance_of(v, &self.types.key_error) => self.repr_string(&args[0]),
                1 => self.str_string(&args[0]),
                _ => self.repr_string(&e.args.get()),
            };
        }
        self.repr_string(v)
    }

    /// `id(v)`: the address of a heap object, or a value derived from the bits of an inline one.
    pub fn id_of(&self, v: &Value) -> u64 {
        match v.as_header() {
            Some(h) => h as *const _ as u64,
            None => v.bits(),
        }
    }

    /// Decimal text of an int, with CPython 3.11's limit on digits (`sys.set_int_max_str_digits`).
    pub fn int_to_decimal(&self, n: &num_bigint::BigInt) -> PyResult<String> {
        let max_str_digits = self.int_max_str_digits();
        // Bits per decimal digit is log2(10) ~ 3.32; check cheaply before converting.
        if max_str_digits > 0 && n.bits() > max_str_digits * 3 {
            let s = n.to_string();
            let digits = s.trim_start_matches('-').len() as u64;
            if digits > max_str_digits {
                return Err(self.value_error(&format!(
                    "Exceeds the limit ({max_str_digits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            return Ok(s);
        }
        Ok(n.to_string())
    }

    /// `repr()` of a list, tuple or dict, printing `[...]`/`{...}` for one already being printed.
    fn container_repr(&self, v: &Value) -> PyResult<String> {
        let id = self.id_of(v);
        if self.repr_stack.borrow().contains(&id) {
            return Ok(if payload::<DictData>(v).is_some() {
                "{...}"
            } else if payload::<ListData>(v).is_some() {
                "[...]"
            } else {
                "(...)"
            }
            .to_owned());
        }
        self.repr_stack.borrow_mut().push(id);
        let r = self.container_repr_inner(v);
        self.repr_stack.borrow_mut().retain(|&x| x != id);
        r
    }

    fn container_repr_inner(&self, v: &Value) -> PyResult<String> {
        let _depth = self.enter_recursion(" while getting the repr of an object")?;
        if let Some(d) = payload::<DictData>(v) {
            let mut parts = Vec::new();
            for (k, val) in d.items() {
                parts.push(format!(
                    "{}: {}",
                    self.repr_string(&k)?,
                    self.repr_string(&val)?
                ));
            }
            return Ok(format!("{{{}}}", parts.join(", ")));
        }
        let (items, open, close) = match payload::<ListData>(v) {
            Some(l) => (l.to_vec(), "[", "]"),
            None => (self.tuple_items(v).unwrap_or_default(), "(", ")"),
        };
        let parts = items
            .iter()
            .map(|x| self.repr_string(x))
            .collect::<PyResult<Vec<_>>>()?;
        let trailing = if open == "(" && parts.len() == 1 {
            ","
        } else {
            ""
        };
        Ok(format!("{open}{}{trailing}{close}", parts.join(", ")))
    }
}
