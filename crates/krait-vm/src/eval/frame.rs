//! Frames (design decision 5; the layout is the JIT's contract, docs/vm.md): the code object,
//! the namespaces, the instruction index, and one contiguous slice of values — the localsplus
//! slots followed by the value stack.

use crate::error::PyResult;
use crate::heap::Header;
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::function::FunctionData;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::code::co_flags;

/// An activation of a code object.
pub struct Frame {
    /// The code object.
    pub code: Value,
    /// The function being run, or NULL for module and class bodies.
    pub func: Value,
    /// The globals dict.
    pub globals: Value,
    /// The builtins dict.
    pub builtins: Value,
    /// The locals mapping of module and class bodies; NULL for functions (their locals are slots).
    pub locals: Value,
    /// The index of the next instruction.
    pub ip: usize,
    /// Localsplus slots, then the value stack.
    pub slots: Box<[Value]>,
    /// The number of slots in use (localsplus plus the stack's depth).
    pub sp: usize,
}

impl Frame {
    /// A frame for `code` with empty slots.
    pub fn new(code: Value, func: Value, globals: Value, builtins: Value, locals: Value) -> Frame {
        let (nlocalsplus, stacksize) = {
            let c = code_data(&code);
            (c.nlocalsplus(), c.stacksize as usize)
        };
        let slots = (0..nlocalsplus + stacksize).map(|_| Value::NULL).collect();
        Frame {
            code,
            func,
            globals,
            builtins,
            locals,
            ip: 0,
            slots,
            sp: nlocalsplus,
        }
    }

    /// The code object's payload.
    #[inline]
    pub fn code(&self) -> &CodeData {
        code_data(&self.code)
    }

    /// Pushes onto the value stack.
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.slots[self.sp] = v;
        self.sp += 1;
    }

    /// Pops the value stack.
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.sp -= 1;
        std::mem::take(&mut self.slots[self.sp])
    }

    /// The value `i` places below the top (0 = top).
    #[inline]
    pub fn peek(&self, i: usize) -> &Value {
        &self.slots[self.sp - 1 - i]
    }

    /// Visits every value the frame references (for the cycle collector, when a generator owns
    /// the frame).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in [
            &self.code,
            &self.func,
            &self.globals,
            &self.builtins,
            &self.locals,
        ] {
            visit(v);
        }
        self.slots[..self.sp].iter().for_each(visit);
    }

    /// The index of the instruction being executed (the one before `ip`), as `f_lasti / 2`.
    pub fn lasti(&self) -> usize {
        self.ip.saturating_sub(1)
    }
}

/// The payload of a `code` object value. Frames only ever hold code objects.
pub fn code_data(code: &Value) -> &CodeData {
    match code.as_header().and_then(Header::downcast_ref::<CodeData>) {
        Some(c) => c,
        None => unreachable!("frames hold code objects"),
    }
}

/// The payload of a `function` object value.
pub fn function_data(f: &Value) -> Option<&FunctionData> {
    f.as_header().and_then(Header::downcast_ref::<FunctionData>)
}

/// A frame for calling the Python function `func` with `args` (positional values then keyword
/// values named by `kwnames`), with parameters bound as CPython's `initialize_locals` binds them
/// and CPython's error messages.
pub fn frame_for_call(vm: &Vm, func: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Frame> {
    let Some(fd) = function_data(func) else {
        return Err(vm.type_error("frame_for_call of a non-function"));
    };
    let code = fd.code.get();
    let mut frame = Frame::new(
        code.clone(),
        func.clone(),
        fd.globals.get(),
        fd.builtins.get(),
        Value::NULL,
    );
    let c = code_data(&code);
    let qualname = vm.str_of(&fd.qualname.get());
    let nargs = args.len() - kwnames.len();
    let argcount = c.argcount as usize;
    let kwonly = c.kwonlyargcount as usize;
    let has_varargs = c.flags & co_flags::VARARGS != 0;
    let has_varkw = c.flags & co_flags::VARKEYWORDS != 0;
    let total = argcount + kwonly;

    // **kwargs collects unknown keywords; *args collects extra positionals.
    let kwdict = has_varkw.then(|| vm.new_dict());
    let n = nargs.min(argcount);
    for (i, a) in args[..n].iter().enumerate() {
        frame.slots[i] = a.clone();
    }
    if has_varargs {
        frame.slots[total] = vm.new_tuple(args[n..nargs].to_vec());
    } else if nargs > argcount {
        return Err(too_many_positional(
            vm,
            &qualname,
            c,
            fd,
            nargs,
            kwnames.len(),
        ));
    }
    if let Some(d) = &kwdict {
        frame.slots[total + usize::from(has_varargs)] = d.clone();
    }
    for (name, value) in kwnames.iter().zip(&args[nargs..]) {
        let pos = (c.posonlyargcount as usize..total)
            .find(|&i| c.localsplus_names[i].is(name) || vm.str_eq(&c.localsplus_names[i], name));
        match pos {
            Some(i) => {
                if !frame.slots[i].is_null() {
                    return Err(vm.type_error(&format!(
                        "{qualname}() got multiple values for argument '{}'",
                        vm.str_of(name)
                    )));
                }
                frame.slots[i] = value.clone();
            }
            None => match &kwdict {
                Some(d) => vm.dict_set_item(d, name.clone(), value.clone())?,
                None => {
                    let posonly = (0..c.posonlyargcount as usize)
                        .any(|i| vm.str_eq(&c.localsplus_names[i], name));
                    let msg = if posonly {
                        // Every positional-only name given as a keyword, as CPython's
                        // `positional_only_passed_as_keyword`.
                        let given: Vec<String> = kwnames
                            .iter()
                            .filter(|k| {
                                (0..c.posonlyargcount as usize)
                                    .any(|i| vm.str_eq(&c.localsplus_names[i], k))
                            })
                            .map(|k| vm.str_of(k))
                            .collect();
                        format!(
                            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                            given.join(", ")
                        )
                    } else {
                        format!(
                            "{qualname}() got an unexpected keyword argument '{}'",
                            vm.str_of(name)
                        )
                    };
                    return Err(vm.type_error(&msg));
                }
            },
        }
    }
    // Defaults for the missing positionals, then keyword-only defaults.
    let defaults = fd.defaults.get();
    let defaults: Vec<Value> = vm.tuple_items(&defaults).unwrap_or_default();
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing = Vec::new();
    for i in nargs.min(argcount)..argcount {
        if frame.slots[i].is_null() {
            if i >= first_default {
                frame.slots[i] = defaults[i - first_default].clone();
            } else {
                missing.push(vm.str_of(&c.localsplus_names[i]));
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_arguments(vm, &qualname, "positional", &missing));
    }
    let kwdefaults = fd.kwdefaults.get();
    for i in argcount..total {
        if frame.slots[i].is_null() {
            let default = if kwdefaults.is_null() {
                None
            } else {
                vm.dict_get_item(&kwdefaults, &c.localsplus_names[i])?
            };
            match default {
                Some(v) => frame.slots[i] = v,
                None => missing.push(vm.str_of(&c.localsplus_names[i])),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_arguments(vm, &qualname, "keyword-only", &missing));
    }
    Ok(frame)
}

/// "f() missing 2 required positional arguments: 'a' and 'b'" (CPython's `missing_arguments`).
fn missing_arguments(vm: &Vm, qualname: &str, kind: &str, names: &[String]) -> crate::error::PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        k => format!("{}, and {}", quoted[..k - 1].join(", "), quoted[k - 1]),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    vm.type_error(&format!(
        "{qualname}() missing {} required {kind} argument{s}: {list}",
        names.len()
    ))
}

/// "f() takes 2 positional arguments but 3 were given" (CPython's `too_many_positional`).
fn too_many_positional(
    vm: &Vm,
    qualname: &str,
    c: &CodeData,
    fd: &FunctionData,
    given: usize,
    kw_given: usize,
) -> crate::error::PyErr {
    let argcount = c.argcount as usize;
    let ndefaults = vm.tuple_items(&fd.defaults.get()).map_or(0, |d| d.len());
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {} positional arguments",
            argcount - ndefaults.min(argcount),
            argcount
        )
    } else {
        format!(
            "{argcount} positional argument{}",
            if argcount == 1 { "" } else { "s" }
        )
    };
    let kw = if kw_given > 0 {
        format!(
            " positional argument{} (and {kw_given} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            if kw_given == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let was = if given == 1 && kw_given == 0 {
        "was"
    } else {
        "were"
    };
    vm.type_error(&format!(
        "{qualname}() takes {takes} but {given}{kw} {was} given"
    ))
}

/// Whether `d` is a dict payload (for `locals` mappings).
pub fn as_dict(v: &Value) -> Option<&DictData> {
    v.as_header().and_then(Header::downcast_ref::<DictData>)
}
