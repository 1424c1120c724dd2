//! The attributes and methods of `frame` objects (CPython's Objects/frameobject.c
//! `frame_getsetlist`, `frame_memberlist`, `frame_methods`), of `traceback` entries
//! (`tb_frame`, `tb_lineno`, …), `sys._getframe`, and `locals()` of a function's frame.

use crate::error::PyResult;
use crate::eval::Frame;
use crate::native::{method_table, Args};
use crate::objects::cell::CellData;
use crate::objects::code::CodeData;
use crate::objects::frame::{frame_obj_data, FrameObjData};
use crate::objects::traceback::TracebackData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::code::local_kind;

method_table!(
    /// The methods of `frame`.
    FRAME_METHODS,
    Method,
    {
    "clear" => clear, "($self, /)", "F.clear(): clear most references held by the frame";
    }
);

/// Installs the methods of `frame`.
pub fn install(vm: &Vm) {
    crate::native::install_methods(vm, &vm.types.frame, FRAME_METHODS);
}

/// The line a frame is at: the line of its instruction `lasti`, or the first line before it
/// ran any (None for an instruction without a line, as CPython's `f_lineno`).
fn line_of(f: &Frame) -> Option<u32> {
    let code = f.code();
    if f.ip() == 0 {
        return Some(code.firstlineno);
    }
    code.positions.get(f.lasti()).and_then(|p| p.lineno)
}

/// The attributes of `frame` objects.
pub fn field(vm: &Vm, data: &FrameObjData, name: &str) -> Option<Value> {
    let or_none = |v: Value| if v.is_null() { Value::NONE } else { v };
    match name {
        "f_trace" => return Some(or_none(data.trace.get())),
        "f_trace_lines" => return Some(Value::bool(data.trace_lines.get())),
        "f_trace_opcodes" => return Some(Value::bool(data.trace_opcodes.get())),
        _ => {}
    }
    let f = data.frame()?;
    Some(match name {
        "f_code" => f.code.clone(),
        "f_globals" => f.globals.clone(),
        "f_builtins" => f.builtins.clone(),
        "f_lineno" => line_of(f).map_or(Value::NONE, |l| vm.new_int(i64::from(l))),
        "f_lasti" => {
            if f.ip() == 0 {
                vm.new_int(-1)
            } else {
                vm.new_int(f.lasti() as i64 * 2)
            }
        }
        "f_back" => {
            if data.is_finished() {
                or_none(data.back.get())
            } else {
                f.previous()
                    .map_or(Value::NONE, |caller| vm.frame_object(caller))
            }
        }
        "f_locals" => return locals_of_object(vm, data).ok(),
        _ => return None,
    })
}

/// Sets a writable attribute of a `frame` object; `Ok(false)` if `name` is not one.
pub fn set_field(vm: &Vm, data: &FrameObjData, name: &str, value: &Value) -> PyResult<bool> {
    match name {
        "f_trace" => {
            let v = if value.is_none() {
                Value::NULL
            } else {
                value.clone()
            };
            data.trace.set(v);
        }
        "f_trace_lines" | "f_trace_opcodes" => {
            let Some(b) = value.as_immediate().and_then(|i| match i {
                crate::value::Immediate::True => Some(true),
                crate::value::Immediate::False => Some(false),
                _ => None,
            }) else {
                if value.is_null() {
                    return Err(vm.new_error(&vm.types.attribute_error, "cannot delete attribute"));
                }
                return Err(vm.type_error("attribute value type must be bool"));
            };
            if name == "f_trace_lines" {
                data.trace_lines.set(b);
            } else {
                data.trace_opcodes.set(b);
            }
        }
        "f_lineno" => return Err(vm.not_implemented("setting frame.f_lineno (jumps)")),
        _ => return Ok(false),
    }
    Ok(true)
}

/// `repr(frame)`: `<frame at 0x…, file '…', line N, code NAME>`.
pub fn repr(vm: &Vm, obj: &Value, data: &FrameObjData) -> PyResult<String> {
    let Some(f) = data.frame() else {
        return Ok(format!("<frame at {:#x}>", vm.id_of(obj)));
    };
    let code: &CodeData = f.code();
    let (filename, name) = (code.filename.clone(), code.name.clone());
    let line = line_of(f).map_or(-1, i64::from);
    Ok(format!(
        "<frame at {:#x}, file {}, line {line}, code {}>",
        vm.id_of(obj),
        vm.repr_string(&filename)?,
        vm.str_of(&name)
    ))
}

/// The local namespace of a frame: its locals mapping (module and class bodies), else the one
/// dict of its `frame` object, refreshed from the slots (CPython's `PyFrame_GetLocals`, so
/// `locals()` returns the same dict on every call in one activation).
pub fn locals_of(vm: &Vm, f: &Frame) -> PyResult<Value> {
    if !f.locals.is_null() {
        return Ok(f.locals.clone());
    }
    let obj = vm.frame_object(f);
    match frame_obj_data(&obj) {
        Some(data) => locals_of_object(vm, data),
        None => Err(vm.new_error(&vm.types.system_error, "frame without a frame object")),
    }
}

/// `f_locals` of a `frame` object.
fn locals_of_object(vm: &Vm, data: &FrameObjData) -> PyResult<Value> {
    // Copy what is needed out of the frame first: updating the dict may run `__del__`
    // methods, which may finish a generator and so free (or hand over) its frame.
    let (mapping, pairs) = {
        let Some(f) = data.frame() else {
            return Ok(vm.new_dict());
        };
        if !f.locals.is_null() {
            (Some(f.locals.clone()), Vec::new())
        } else {
            (None, fast_locals(f))
        }
    };
    if let Some(m) = mapping {
        return Ok(m);
    }
    let mut d = data.locals_dict.get();
    if d.is_null() {
        d = vm.new_dict();
        data.locals_dict.set(d.clone());
    }
    for (name, value) in pairs {
        if value.is_null() {
            vm.dict_del_item(&d, &name)?;
        } else {
            vm.dict_set_item(&d, name, value)?;
        }
    }
    Ok(d)
}

/// The name and value (NULL when unbound) of each local, cell and free variable of a
/// function's frame, cells read through (CPython's `_PyFrame_FastToLocalsWithError`).
fn fast_locals(f: &Frame) -> Vec<(Value, Value)> {
    let c = f.code();
    let mut out = Vec::with_capacity(c.localsplus_names.len());
    for (i, name) in c.localsplus_names.iter().enumerate() {
        let kind = c.localsplus_kinds[i];
        let mut v = f.slot(i);
        if kind & (local_kind::CELL | local_kind::FREE) != 0 {
            if let Some(cell) = payload::<CellData>(&v) {
                v = cell.contents.get();
            } else if kind & local_kind::FREE != 0 {
                continue;
            }
        }
        out.push((name.clone(), v));
    }
    out
}

/// `frame.clear()`: drops the locals of a finished frame; a running frame cannot be cleared.
fn clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "clear", 1, 1)?;
    let Some(data) = frame_obj_data(&a[0]) else {
        return Err(vm.type_error("descriptor 'clear' requires a 'frame' object"));
    };
    if !data.is_finished() {
        if is_on_stack(vm, data) {
            return Err(vm.new_error(&vm.types.runtime_error, "cannot clear an executing frame"));
        }
        if data.frame().is_some() {
            return Err(vm.not_implemented("frame.clear() of a suspended generator's frame"));
        }
    }
    if let Some(f) = data.frame() {
        f.clear_slots();
    }
    data.trace.set(Value::NULL);
    data.locals_dict.set(Value::NULL);
    Ok(Value::NONE)
}

/// Whether `data` shows a frame of the running chain (executing or waiting for a call).
fn is_on_stack(vm: &Vm, data: &FrameObjData) -> bool {
    let Some(f) = data.frame() else { return false };
    vm.with_caller_frame(|mut cur| {
        while let Some(c) = cur {
            if std::ptr::eq(c, f) {
                return true;
            }
            cur = c.previous();
        }
        false
    })
}

/// `sys._getframe(depth=0)`: the `frame` object `depth` calls below the caller's.
pub fn getframe(vm: &Vm, depth: i64) -> PyResult<Value> {
    vm.with_caller_frame(|f| {
        let mut cur = f;
        let mut left = depth;
        while left > 0 {
            cur = cur.and_then(Frame::previous);
            left -= 1;
        }
        match cur {
            Some(f) => Ok(vm.frame_object(f)),
            None => Err(vm.value_error("call stack is not deep enough")),
        }
    })
}

/// The attributes of `traceback` entries.
pub fn traceback_field(vm: &Vm, tb: &TracebackData, name: &str) -> Option<Value> {
    let or_none = |v: Value| if v.is_null() { Value::NONE } else { v };
    Some(match name {
        "tb_next" => or_none(tb.next.get()),
        "tb_frame" => or_none(tb.frame.get()),
        "tb_lasti" => vm.new_int(i64::from(tb.lasti) * 2),
        "tb_lineno" => {
            let line = payload::<CodeData>(&tb.code)
                .and_then(|c| c.positions.get(tb.lasti as usize))
                .and_then(|p| p.lineno);
            line.map_or(Value::NONE, |l| vm.new_int(i64::from(l)))
        }
        _ => return None,
    })
}
