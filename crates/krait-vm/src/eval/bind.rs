//! Binding a call's arguments to a new frame's parameters (CPython's Python/ceval.c
//! `initialize_locals`, with its error messages).

use super::frame::{code_data, function_data, Frame, FrameBox};
use crate::error::PyResult;
use crate::objects::code::CodeData;
use crate::objects::function::FunctionData;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::code::co_flags;

/// A frame for calling the Python function `func` with `args` (positional values then keyword
/// values named by `kwnames`), with parameters bound as CPython's `initialize_locals` binds them
/// and CPython's error messages.
pub fn frame_for_call(
    vm: &Vm,
    func: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<FrameBox> {
    let Some(fd) = function_data(func) else {
        return Err(vm.type_error("frame_for_call of a non-function"));
    };
    let code = fd.code.get();
    let frame = Frame::new(
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
        frame.set_slot(i, a.clone());
    }
    if has_varargs {
        frame.set_slot(total, vm.new_tuple(args[n..nargs].to_vec()));
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
        frame.set_slot(total + usize::from(has_varargs), d.clone());
    }
    for (name, value) in kwnames.iter().zip(&args[nargs..]) {
        let pos = (c.posonlyargcount as usize..total)
            .find(|&i| c.localsplus_names[i].is(name) || vm.str_eq(&c.localsplus_names[i], name));
        match pos {
            Some(i) => {
                if !frame.slot(i).is_null() {
                    return Err(vm.type_error(&format!(
                        "{qualname}() got multiple values for argument '{}'",
                        vm.str_of(name)
                    )));
                }
                frame.set_slot(i, value.clone());
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
        if frame.slot(i).is_null() {
            if i >= first_default {
                frame.set_slot(i, defaults[i - first_default].clone());
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
        if frame.slot(i).is_null() {
            let default = if kwdefaults.is_null() {
                None
            } else {
                vm.dict_get_item(&kwdefaults, &c.localsplus_names[i])?
            };
            match default {
                Some(v) => frame.set_slot(i, v),
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
