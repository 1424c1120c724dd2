//! The `marshal` module (CPython's Python/marshal.c interface) in krait's own format: code
//! objects and the plain values of CPython's marshal (None, bool, Ellipsis, StopIteration, int,
//! float, complex, str, bytes, tuple, list, dict, set, frozenset) to bytes and back.
//!
//! Scalars and code objects are written exactly as in `.pyc` files (krait-bytecode's
//! `marshal`: one tag byte, then the payload); the containers that cannot be code constants add
//! three tags of their own, and tuples and frozensets may hold any marshallable value:
//!
//! ```text
//! value := constant                       -- krait_bytecode::marshal (N T F . i g y s b c)
//!        | '(' u32 n, n × value           -- tuple      (a constant tuple is also a value)
//!        | '<' u32 n, n × value           -- frozenset
//!        | '[' u32 n, n × value           -- list
//!        | '{' u32 n, n × value           -- set
//!        | 'd' u32 n, n × (value, value)  -- dict
//!        | 'S'                            -- StopIteration (the type)
//!        | 'r' u32 i                      -- the i-th list, set or dict written before
//! ```
//!
//! Back-references make self-referential containers round-trip, as CPython's `FLAG_REF`.
//!
//! The bytes are not CPython's: `marshal` data is only exchanged between krait processes (as
//! CPython's is only valid between identical versions). `marshal.version` is 4.

use crate::error::{PyErr, PyResult};
use crate::methods::bytes_text::bytes_of;
use crate::native::{method_table, Args};
use crate::objects::code::{load_code, load_constant, CodeData};
use crate::objects::complex::ComplexData;
use crate::objects::dict::DictData;
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::protocols::convert::int_value;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::code::Constant;
use krait_bytecode::marshal::{deserialize_constant_prefix, tag, write_constant_into};
use krait_bytecode::CodeObject;
use krait_parser::wtf8::Wtf8Buf;

/// CPython's `MAX_MARSHAL_STACK_DEPTH`.
const MAX_DEPTH: u32 = 2000;

/// Tags of the containers krait's `marshal` adds to the code-constant format.
const LIST: u8 = b'[';
const SET: u8 = b'{';
const DICT: u8 = b'd';
const STOP_ITERATION: u8 = b'S';
const REF: u8 = b'r';

/// The mutable containers written so far, by address, for back-references.
type Seen = Vec<usize>;

method_table!(
    /// The functions of `marshal`.
    FUNCTIONS,
    Static,
    {
    "dumps" => dumps, "($module, value, version=4, /)", "Return the bytes object that would be written to a file by dump(value, file).";
    "loads" => loads, "($module, bytes, /)", "Convert the bytes-like object to a value.";
    "dump" => dump, "($module, value, file, version=4, /)", "Write the value on the open file.";
    "load" => load, "($module, file, /)", "Read one value from the open file and return it.";
    }
);

/// Creates the `marshal` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("marshal");
    crate::native::install_module_functions(vm, &m, FUNCTIONS)?;
    vm.module_set(&m, "version", vm.new_int(4))?;
    Ok(m)
}

fn dumps(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "dumps", 1, 2)?;
    let mut out = Vec::new();
    write_value(vm, &a[0], &mut out, &mut Vec::new(), 0)?;
    Ok(vm.new_bytes(out))
}

fn dump(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "dump", 2, 3)?;
    let mut out = Vec::new();
    write_value(vm, &a[0], &mut out, &mut Vec::new(), 0)?;
    vm.call_method(&a[1], "write", &[vm.new_bytes(out)])?;
    Ok(Value::NONE)
}

fn loads(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "loads", 1, 1)?;
    let Some(bytes) = bytes_of(&a[0]) else {
        return Err(vm.type_error(&format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&a[0])
        )));
    };
    let mut r = Reader {
        data: &bytes,
        pos: 0,
        seen: Vec::new(),
    };
    r.value(vm, 0)
}

fn load(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "load", 1, 1)?;
    let data = vm.call_method(&a[0], "read", &[])?;
    let Some(bytes) = bytes_of(&data) else {
        return Err(vm.type_error(&format!(
            "file.read() returned not bytes but {}",
            vm.type_name(&data)
        )));
    };
    let mut r = Reader {
        data: &bytes,
        pos: 0,
        seen: Vec::new(),
    };
    let v = r.value(vm, 0)?;
    // Leave the file positioned after the value, as CPython's `marshal.load` does.
    let extra = bytes.len() - r.pos;
    if extra > 0 {
        if let Some(seek) = vm.get_attr_opt(&a[0], "seek")? {
            vm.call(&seek, &[vm.new_int(-(extra as i64)), vm.new_int(1)], &[])?;
        }
    }
    Ok(v)
}

fn unmarshallable(vm: &Vm) -> PyErr {
    vm.value_error("unmarshallable object")
}

/// Appends the marshal form of `v` to `out`.
fn write_value(vm: &Vm, v: &Value, out: &mut Vec<u8>, seen: &mut Seen, depth: u32) -> PyResult<()> {
    if depth > MAX_DEPTH {
        return Err(vm.value_error("object too deeply nested to marshal"));
    }
    let ty = vm.type_of(v);
    let t = &vm.types;
    if ty.is(&t.list) || ty.is(&t.set) || ty.is(&t.dict) {
        let addr = v.bits() as usize;
        if let Some(i) = seen.iter().position(|&a| a == addr) {
            out.push(REF);
            out.extend_from_slice(&(i as u32).to_le_bytes());
            return Ok(());
        }
        seen.push(addr);
    }
    let items = |tag: u8, items: Vec<Value>, out: &mut Vec<u8>, seen: &mut Seen| {
        out.push(tag);
        out.extend_from_slice(&(items.len() as u32).to_le_bytes());
        for item in &items {
            write_value(vm, item, out, seen, depth + 1)?;
        }
        Ok(())
    };
    if ty.is(&t.tuple) {
        return items(tag::TUPLE, vm.tuple_items(v).unwrap_or_default(), out, seen);
    }
    if ty.is(&t.list) {
        let l = payload::<ListData>(v)
            .map(ListData::to_vec)
            .unwrap_or_default();
        return items(LIST, l, out, seen);
    }
    if ty.is(&t.set) || ty.is(&t.frozenset) {
        let keys = vm.any_set(v).map(|s| s.keys()).unwrap_or_default();
        let tag = if ty.is(&t.set) { SET } else { tag::FROZENSET };
        return items(tag, keys, out, seen);
    }
    if ty.is(&t.dict) {
        let pairs = payload::<DictData>(v)
            .map(DictData::items)
            .unwrap_or_default();
        out.push(DICT);
        out.extend_from_slice(&(pairs.len() as u32).to_le_bytes());
        for (k, val) in &pairs {
            write_value(vm, k, out, seen, depth + 1)?;
            write_value(vm, val, out, seen, depth + 1)?;
        }
        return Ok(());
    }
    if v.is(&t.stop_iteration) {
        out.push(STOP_ITERATION);
        return Ok(());
    }
    let c = to_constant(vm, v, depth)?;
    write_constant_into(out, &c);
    Ok(())
}

/// `v` as a code constant: a scalar of an exact marshallable type, a tuple or frozenset of
/// such, or a code object.
fn to_constant(vm: &Vm, v: &Value, depth: u32) -> PyResult<Constant> {
    if depth > MAX_DEPTH {
        return Err(vm.value_error("object too deeply nested to marshal"));
    }
    let t = &vm.types;
    let ty = vm.type_of(v);
    Ok(if v.is_none() {
        Constant::None
    } else if v.is(&Value::ELLIPSIS) {
        Constant::Ellipsis
    } else if ty.is(&t.bool_) {
        Constant::Bool(v.is(&Value::TRUE))
    } else if ty.is(&t.int) {
        Constant::Int(int_value(v).unwrap_or_default())
    } else if ty.is(&t.float) {
        Constant::Float(crate::protocols::convert::float_value(v).unwrap_or(0.0))
    } else if let (true, Some(c)) = (ty.is(&t.complex), payload::<ComplexData>(v)) {
        Constant::Complex {
            real: c.real,
            imag: c.imag,
        }
    } else if let (true, Some(s)) = (ty.is(&t.str), payload::<StrData>(v)) {
        let mut w = Wtf8Buf::new();
        for cp in s.code_points() {
            w.push_code_point(cp);
        }
        Constant::Str(w)
    } else if ty.is(&t.bytes) || ty.is(&t.bytearray) {
        Constant::Bytes(bytes_of(v).unwrap_or_default())
    } else if ty.is(&t.tuple) || ty.is(&t.frozenset) {
        let items = if ty.is(&t.tuple) {
            vm.tuple_items(v).unwrap_or_default()
        } else {
            vm.any_set(v).map(|s| s.keys()).unwrap_or_default()
        };
        let cs = items
            .iter()
            .map(|i| to_constant(vm, i, depth + 1))
            .collect::<PyResult<Vec<_>>>()?;
        if ty.is(&t.tuple) {
            Constant::Tuple(cs)
        } else {
            Constant::FrozenSet(cs)
        }
    } else if let Some(code) = payload::<CodeData>(v) {
        Constant::Code(Box::new(code_object(vm, code, depth)?))
    } else {
        return Err(unmarshallable(vm));
    })
}

/// The compiler-level form of a code object (the inverse of `load_code`).
pub fn code_object(vm: &Vm, c: &CodeData, depth: u32) -> PyResult<CodeObject> {
    let text = |v: &Value| vm.str_of(v);
    Ok(CodeObject {
        name: text(&c.name),
        qualname: text(&c.qualname),
        filename: text(&c.filename),
        firstlineno: c.firstlineno,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        stacksize: c.stacksize,
        instructions: c.instructions.to_vec(),
        consts: c
            .consts
            .iter()
            .map(|k| to_constant(vm, k, depth + 1))
            .collect::<PyResult<_>>()?,
        names: c.names.iter().map(text).collect(),
        localsplus_names: c.localsplus_names.iter().map(text).collect(),
        localsplus_kinds: c.localsplus_kinds.to_vec(),
        positions: c.positions.to_vec(),
        exception_table: c.exception_table.to_vec(),
    })
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    /// The lists, sets and dicts read so far, for back-references.
    seen: Vec<Value>,
}

impl Reader<'_> {
    fn eof(vm: &Vm) -> PyErr {
        vm.new_error(&vm.types.eof_error, "marshal data too short")
    }

    fn count(&mut self, vm: &Vm) -> PyResult<usize> {
        let b = self
            .data
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| Self::eof(vm))?;
        self.pos += 4;
        let n = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
        // Every item takes at least one byte: a lying count fails before allocating.
        if n > self.data.len() - self.pos {
            return Err(Self::eof(vm));
        }
        Ok(n)
    }

    fn value(&mut self, vm: &Vm, depth: u32) -> PyResult<Value> {
        if depth > MAX_DEPTH {
            return Err(vm.value_error("recursion limit exceeded"));
        }
        let Some(&t) = self.data.get(self.pos) else {
            return Err(vm.new_error(&vm.types.eof_error, "EOF read where object expected"));
        };
        match t {
            tag::TUPLE | tag::FROZENSET => {
                self.pos += 1;
                let n = self.count(vm)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.value(vm, depth + 1)?);
                }
                if t == tag::TUPLE {
                    return Ok(vm.new_tuple(items));
                }
                let s = vm.new_set_of(&vm.types.frozenset);
                for i in items {
                    vm.set_add(&s, i)?;
                }
                Ok(s)
            }
            LIST | SET | DICT => {
                self.pos += 1;
                let n = self.count(vm)?;
                let container = match t {
                    LIST => vm.new_list(Vec::with_capacity(n)),
                    SET => vm.new_set_of(&vm.types.set),
                    _ => vm.new_dict(),
                };
                self.seen.push(container.clone());
                for _ in 0..n {
                    let item = self.value(vm, depth + 1)?;
                    match t {
                        LIST => {
                            if let Some(l) = payload::<ListData>(&container) {
                                l.items.borrow_mut().push(item);
                            }
                        }
                        SET => vm.set_add(&container, item)?,
                        _ => {
                            let v = self.value(vm, depth + 1)?;
                            vm.dict_set_item(&container, item, v)?;
                        }
                    }
                }
                Ok(container)
            }
            REF => {
                self.pos += 1;
                let b = self
                    .data
                    .get(self.pos..self.pos + 4)
                    .ok_or_else(|| Self::eof(vm))?;
                self.pos += 4;
                let i = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
                self.seen
                    .get(i)
                    .cloned()
                    .ok_or_else(|| vm.value_error("bad marshal data (invalid reference)"))
            }
            STOP_ITERATION => {
                self.pos += 1;
                Ok(vm.types.stop_iteration.clone())
            }
            _ => {
                let (c, used) = deserialize_constant_prefix(&self.data[self.pos..], depth)
                    .map_err(|e| match e {
                        krait_bytecode::pyc::PycError::Corrupt(m)
                            if m.starts_with("unknown constant tag") =>
                        {
                            vm.value_error("bad marshal data (unknown type code)")
                        }
                        krait_bytecode::pyc::PycError::Corrupt(m)
                            if m.contains("truncated") || m.contains("end of") =>
                        {
                            Self::eof(vm)
                        }
                        e => vm.value_error(&format!("bad marshal data ({e})")),
                    })?;
                self.pos += used;
                match c {
                    Constant::Code(code) => load_code(vm, &code),
                    c => load_constant(vm, &c),
                }
            }
        }
    }
}
