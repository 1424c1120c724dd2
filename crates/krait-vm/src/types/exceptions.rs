//! The methods of `BaseException` (CPython's Objects/exceptions.c): construction keeps the
//! arguments in `args`; `with_traceback` and `add_note`.

use crate::error::PyResult;
use crate::heap;
use crate::native::{install_methods, Args, MethodDef, MethodKind};
use crate::objects::exception::ExceptionData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;

static METHODS: [MethodDef; 4] = [
    MethodDef {
        name: "__new__",
        func: exception_new,
        kind: MethodKind::Static,
        signature: "(type, *args, **kwargs)",
        doc: "Create and return a new object.",
    },
    MethodDef {
        name: "__init__",
        func: exception_init,
        kind: MethodKind::Method,
        signature: "($self, /, *args, **kwargs)",
        doc: "Initialize self.",
    },
    MethodDef {
        name: "with_traceback",
        func: with_traceback,
        kind: MethodKind::Method,
        signature: "($self, tb, /)",
        doc: "Set self.__traceback__ to tb and return self.",
    },
    MethodDef {
        name: "add_note",
        func: add_note,
        kind: MethodKind::Method,
        signature: "($self, note, /)",
        doc: "Add a note to the exception",
    },
];

/// Installs the methods on `BaseException`.
pub fn install(vm: &Vm) {
    install_methods(vm, &vm.types.base_exception, &METHODS);
    super::exception_group::install(vm);
    super::os_error::install(vm);
}

fn exception_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    let data = ExceptionData {
        args: Slot::new(vm.new_tuple(pos[1..].to_vec())),
        ..ExceptionData::default()
    };
    Ok(heap::alloc(cls.to_obj(), data).into_value())
}

fn exception_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!(
            "{}() takes no keyword arguments",
            vm.type_name(&pos[0])
        )));
    }
    if let Some(e) = payload::<ExceptionData>(&pos[0]) {
        e.args.set(vm.new_tuple(pos[1..].to_vec()));
    }
    if vm.is_instance_of(&pos[0], &vm.types.syntax_error) {
        syntax_error_init(vm, &pos[0], &pos[1..])?;
    }
    Ok(Value::NONE)
}

fn with_traceback(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, tb] = args.positional_range(vm, "with_traceback", 2, 2)? else {
        unreachable!("checked")
    };
    if let Some(e) = payload::<ExceptionData>(this) {
        e.traceback.set(if tb.is_none() {
            Value::NULL
        } else {
            tb.clone()
        });
    }
    Ok(this.clone())
}

fn add_note(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, note] = args.positional_range(vm, "add_note", 2, 2)? else {
        unreachable!("checked")
    };
    if !vm.type_of(note).is(&vm.types.str) {
        return Err(vm.type_error(&format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.get_attr(this, &key) {
        Ok(n) => n,
        Err(_) => {
            let l = vm.new_list(Vec::new());
            vm.set_attr(this, &key, l.clone())?;
            l
        }
    };
    match payload::<crate::objects::list::ListData>(&notes) {
        Some(l) => l.push(note.clone()),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::NONE)
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`: the
/// attributes CPython's `SyntaxError_init` sets from the arguments.
fn syntax_error_init(vm: &Vm, this: &Value, args: &[Value]) -> PyResult<()> {
    let names = [
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
    ];
    for n in names {
        vm.set_attr(this, &vm.intern(n), Value::NONE)?;
    }
    if let Some(msg) = args.first() {
        vm.set_attr(this, &vm.intern("msg"), msg.clone())?;
    }
    if args.len() == 2 {
        let info = vm.collect_iterable(&args[1])?;
        if !(4..=6).contains(&info.len()) || info.len() == 5 {
            return Err(vm.new_error(&vm.types.index_error, "tuple index out of range"));
        }
        for (n, v) in names[1..].iter().zip(info) {
            vm.set_attr(this, &vm.intern(n), v)?;
        }
    }
    Ok(())
}
