//! The instruction handlers of the evaluation loop. One `match` over every opcode of the table
//! (no catch-all arm: an instruction krait cannot run yet raises `NotImplementedError` naming
//! it, so adding a row to the table without a handler fails to compile).

use super::call_ex;
use super::frame::{as_dict, code_data, frame_for_call, function_data, Frame};
use super::Outcome;
use crate::error::PyErr;
use crate::gc;
use crate::heap;
use crate::objects::cell::{new_cell, CellData};
use crate::objects::function::FunctionData;
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::{make_function, Comparison, NbOp};
use krait_bytecode::Opcode;

/// Evaluates `$e`; on error, leaves `execute` raising it (with `__context__` chained).
macro_rules! tri {
    ($vm:expr, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(err) => return Outcome::Raise($vm.chain_new(err)),
        }
    };
}

/// Runs instructions of `f` until it returns, calls a Python function, or raises.
pub(crate) fn execute(vm: &Vm, f: &Frame) -> Outcome {
    let code_value = f.code.clone();
    let code = code_data(&code_value);
    let mut kwnames: Vec<Value> = Vec::new();
    loop {
        let ip = f.ip();
        let ins = code.instructions[ip];
        f.set_ip(ip + 1);
        let Some(mut op) = ins.opcode() else {
            return Outcome::Raise(vm.new_error(&vm.types.system_error, "unknown opcode"));
        };
        let mut arg = ins.arg();
        while op == Opcode::ExtendedArg {
            let ip = f.ip();
            let next = code.instructions[ip];
            f.set_ip(ip + 1);
            arg = (arg << 24) | next.arg();
            op = next.opcode().unwrap_or(Opcode::Nop);
        }
        let a = arg as usize;
        match op {
            Opcode::Nop | Opcode::ExtendedArg => {}
            Opcode::Resume => {
                gc::collect_if_needed();
            }
            Opcode::PopTop => drop(f.pop()),
            Opcode::PushNull => f.push(Value::NULL),
            Opcode::Copy => {
                let v = f.peek(a - 1);
                f.push(v);
            }
            Opcode::Swap => {
                f.swap_top(a);
            }
            Opcode::LoadConst => f.push(code.consts[a].clone()),
            Opcode::LoadFast => {
                let v = f.slot(a);
                if v.is_null() {
                    let name = vm.str_of(&code.localsplus_names[a]);
                    return Outcome::Raise(vm.new_error(
                        &vm.types.unbound_local_error,
                        &format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                f.push(v);
            }
            Opcode::StoreFast => {
                let v = f.pop();
                f.set_slot(a, v);
            }
            Opcode::DeleteFast => {
                if f.slot(a).is_null() {
                    let name = vm.str_of(&code.localsplus_names[a]);
                    return Outcome::Raise(vm.new_error(
                        &vm.types.unbound_local_error,
                        &format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                f.set_slot(a, Value::NULL);
            }
            Opcode::MakeCell => {
                let v = f.take_slot(a);
                f.set_slot(a, new_cell(v).into_value());
            }
            Opcode::LoadClosure => f.push(f.slot(a)),
            Opcode::LoadDeref => {
                let v = payload::<CellData>(&f.slot(a))
                    .map(|c| c.contents.get())
                    .unwrap_or(Value::NULL);
                if v.is_null() {
                    return Outcome::Raise(unbound_deref(vm, code_data(&code_value), a));
                }
                f.push(v);
            }
            Opcode::StoreDeref => {
                let v = f.pop();
                if let Some(c) = payload::<CellData>(&f.slot(a)) {
                    c.contents.set(v);
                }
            }
            Opcode::DeleteDeref => {
                let cleared =
                    payload::<CellData>(&f.slot(a)).map(|c| c.contents.replace(Value::NULL));
                if cleared.as_ref().is_none_or(Value::is_null) {
                    return Outcome::Raise(unbound_deref(vm, code_data(&code_value), a));
                }
            }
            Opcode::CopyFreeVars => {
                let closure = function_data(&f.func)
                    .map(|fd| fd.closure.get())
                    .unwrap_or(Value::NULL);
                let cells = vm.tuple_items(&closure).unwrap_or_default();
                let first = code.nlocalsplus() - a;
                for (i, c) in cells.into_iter().take(a).enumerate() {
                    f.set_slot(first + i, c);
                }
            }
            Opcode::LoadName => {
                let name = &code.names[a];
                let mut found = None;
                if !f.locals.is_null() {
                    found = tri!(vm, vm.dict_get_item(&f.locals, name));
                }
                if found.is_none() {
                    found = tri!(vm, load_global(vm, f, name));
                }
                match found {
                    Some(v) => f.push(v),
                    None => return Outcome::Raise(name_error(vm, name)),
                }
            }
            Opcode::StoreName => {
                let v = f.pop();
                let target = if f.locals.is_null() {
                    f.globals.clone()
                } else {
                    f.locals.clone()
                };
                tri!(vm, vm.dict_set_item(&target, code.names[a].clone(), v));
            }
            Opcode::DeleteName => {
                let target = if f.locals.is_null() {
                    f.globals.clone()
                } else {
                    f.locals.clone()
                };
                if !tri!(vm, vm.dict_del_item(&target, &code.names[a])) {
                    return Outcome::Raise(name_error(vm, &code.names[a]));
                }
            }
            Opcode::LoadGlobal => {
                let name = &code.names[a >> 1];
                match tri!(vm, load_global(vm, f, name)) {
                    Some(v) => {
                        if a & 1 == 1 {
                            f.push(Value::NULL);
                        }
                        f.push(v);
                    }
                    None => return Outcome::Raise(name_error(vm, name)),
                }
            }
            Opcode::StoreGlobal => {
                let v = f.pop();
                tri!(vm, vm.dict_set_item(&f.globals, code.names[a].clone(), v));
            }
            Opcode::DeleteGlobal => {
                if !tri!(vm, vm.dict_del_item(&f.globals, &code.names[a])) {
                    return Outcome::Raise(name_error(vm, &code.names[a]));
                }
            }
            Opcode::LoadAttr => {
                let obj = f.pop();
                let v = tri!(vm, vm.get_attr(&obj, &code.names[a]));
                f.push(v);
            }
            Opcode::LoadMethod => {
                let obj = f.pop();
                let (method, self_or_null) = tri!(vm, vm.get_method(&obj, &code.names[a]));
                f.push(method);
                f.push(self_or_null);
            }
            Opcode::BinarySubscr => {
                let key = f.pop();
                let container = f.pop();
                let v = tri!(vm, vm.get_item(&container, &key));
                f.push(v);
            }
            Opcode::StoreSubscr => {
                let key = f.pop();
                let container = f.pop();
                let v = f.pop();
                tri!(vm, vm.set_item(&container, key, v));
            }
            Opcode::UnaryNegative
            | Opcode::UnaryPositive
            | Opcode::UnaryInvert
            | Opcode::UnaryNot => {
                let v = f.pop();
                let r = tri!(vm, vm.unary_op(&v, op));
                f.push(r);
            }
            Opcode::BinaryOp => {
                let rhs = f.pop();
                let lhs = f.pop();
                let Some(nb) = NbOp::from_u32(arg) else {
                    return Outcome::Raise(
                        vm.new_error(&vm.types.system_error, "bad BINARY_OP argument"),
                    );
                };
                let r = tri!(vm, vm.binary_op(&lhs, &rhs, nb));
                f.push(r);
            }
            Opcode::CompareOp => {
                let rhs = f.pop();
                let lhs = f.pop();
                let Some(cmp) = Comparison::from_u32(arg) else {
                    return Outcome::Raise(
                        vm.new_error(&vm.types.system_error, "bad COMPARE_OP argument"),
                    );
                };
                let r = tri!(vm, vm.rich_compare(&lhs, &rhs, cmp));
                f.push(r);
            }
            Opcode::IsOp => {
                let rhs = f.pop();
                let lhs = f.pop();
                f.push(Value::bool(lhs.is(&rhs) != (arg == 1)));
            }
            Opcode::ContainsOp => {
                let container = f.pop();
                let item = f.pop();
                let r = tri!(vm, vm.contains(&container, &item));
                f.push(Value::bool(r != (arg == 1)));
            }
            Opcode::BuildTuple => {
                let items = f.pop_n(a);
                f.push(vm.new_tuple(items));
            }
            Opcode::BuildList => {
                let items = f.pop_n(a);
                f.push(vm.new_list(items));
            }
            Opcode::BuildMap => {
                let items = f.pop_n(2 * a);
                let d = vm.new_dict();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    tri!(vm, vm.dict_set_item(&d, k, v));
                }
                f.push(d);
            }
            Opcode::BuildConstKeyMap => {
                let keys = f.pop();
                let values = f.pop_n(a);
                let d = vm.new_dict();
                for (k, v) in vm
                    .tuple_items(&keys)
                    .unwrap_or_default()
                    .into_iter()
                    .zip(values)
                {
                    tri!(vm, vm.dict_set_item(&d, k, v));
                }
                f.push(d);
            }
            Opcode::BuildString => {
                let parts = f.pop_n(a);
                let mut cps: Vec<u32> = Vec::new();
                for p in &parts {
                    if let Some(s) = payload::<StrData>(p) {
                        cps.extend(s.code_points());
                    }
                }
                f.push(vm.str_value(StrData::from_code_points(cps)));
            }
            Opcode::ListAppend => {
                let v = f.pop();
                if let Some(l) = payload::<ListData>(&f.peek(a - 1)) {
                    l.push(v);
                }
            }
            Opcode::ListExtend => {
                let iterable = f.pop();
                let list = f.peek(a - 1);
                tri!(vm, call_ex::list_extend(vm, &list, &iterable));
            }
            Opcode::ListToTuple => {
                let l = f.pop();
                let items = payload::<ListData>(&l)
                    .map(ListData::to_vec)
                    .unwrap_or_default();
                f.push(vm.new_tuple(items));
            }
            Opcode::MapAdd => {
                let v = f.pop();
                let k = f.pop();
                let d = f.peek(a - 1);
                tri!(vm, vm.dict_set_item(&d, k, v));
            }
            Opcode::DictUpdate => {
                let other = f.pop();
                let d = f.peek(a - 1);
                tri!(vm, call_ex::dict_update(vm, &d, &other));
            }
            Opcode::DictMerge => {
                let other = f.pop();
                let d = f.peek(a - 1);
                let func = f.peek(a + 1);
                tri!(vm, call_ex::dict_merge(vm, &func, &d, &other));
            }
            Opcode::FormatValue => {
                let spec = if arg & 0x04 != 0 {
                    f.pop()
                } else {
                    Value::NULL
                };
                let v = f.pop();
                let converted = match arg & 0x03 {
                    1 => vm.new_str(&tri!(vm, vm.str_string(&v))),
                    2 => vm.new_str(&tri!(vm, vm.repr_string(&v))),
                    3 => vm.new_str(&tri!(vm, vm.ascii_string(&v))),
                    _ => v,
                };
                let r = tri!(vm, vm.format(&converted, &spec));
                f.push(r);
            }
            Opcode::UnpackSequence => {
                let seq = f.pop();
                for v in tri!(vm, call_ex::unpack_sequence(vm, &seq, a)) {
                    f.push(v);
                }
            }
            Opcode::UnpackEx => {
                let seq = f.pop();
                for v in tri!(vm, call_ex::unpack_ex(vm, &seq, arg)) {
                    f.push(v);
                }
            }
            Opcode::CallFunctionEx => {
                let kwargs = (arg & 1 == 1).then(|| f.pop());
                let callargs = f.pop();
                let callable = f.pop();
                drop(f.pop());
                let (args, names) = tri!(
                    vm,
                    call_ex::spread_args(vm, &callable, &callargs, kwargs.as_ref())
                );
                if function_data(&callable).is_some() {
                    let callee = tri!(vm, frame_for_call(vm, &callable, &args, &names));
                    return Outcome::Call(callee);
                }
                let r = tri!(vm, vm.call(&callable, &args, &names));
                f.push(r);
            }
            Opcode::DeleteSubscr => {
                let key = f.pop();
                let container = f.pop();
                tri!(vm, vm.del_item(&container, &key));
            }
            Opcode::KwNames => {
                kwnames = vm.tuple_items(&code.consts[a]).unwrap_or_default();
            }
            Opcode::Call => {
                let names = std::mem::take(&mut kwnames);
                let is_method = !f.peek(a + 1).is_null();
                let args = f.pop_n(a + usize::from(is_method));
                let callable = f.pop();
                if !is_method {
                    drop(f.pop());
                }
                if a == 0 && names.is_empty() && callable.is(&vm.types.super_) {
                    let r = tri!(vm, crate::types::super_::super_from_frame(vm, f));
                    f.push(r);
                    continue;
                }
                if function_data(&callable).is_some() {
                    let callee = tri!(vm, frame_for_call(vm, &callable, &args, &names));
                    return Outcome::Call(callee);
                }
                if let Some(m) = payload::<crate::objects::method::MethodData>(&callable) {
                    if function_data(&m.func).is_some() {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(m.self_.clone());
                        full.extend(args);
                        let callee = tri!(vm, frame_for_call(vm, &m.func, &full, &names));
                        return Outcome::Call(callee);
                    }
                }
                let r = tri!(vm, vm.call(&callable, &args, &names));
                f.push(r);
            }
            Opcode::MakeFunction => {
                let code_obj = f.pop();
                let closure = if arg & make_function::CLOSURE != 0 {
                    f.pop()
                } else {
                    Value::NULL
                };
                let annotations = if arg & make_function::ANNOTATIONS != 0 {
                    f.pop()
                } else {
                    Value::NULL
                };
                let kwdefaults = if arg & make_function::KWDEFAULTS != 0 {
                    f.pop()
                } else {
                    Value::NULL
                };
                let defaults = if arg & make_function::DEFAULTS != 0 {
                    f.pop()
                } else {
                    Value::NULL
                };
                let func =
                    make_function(vm, f, code_obj, closure, annotations, kwdefaults, defaults);
                f.push(func);
            }
            Opcode::ReturnValue => return Outcome::Return(f.pop()),
            Opcode::JumpForward | Opcode::JumpBackwardNoInterrupt => f.set_ip(a),
            Opcode::JumpBackward => {
                f.set_ip(a);
                gc::collect_if_needed();
            }
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                let v = f.pop();
                let truth = tri!(vm, vm.is_true(&v));
                if truth == (op == Opcode::PopJumpIfTrue) {
                    f.set_ip(a);
                }
            }
            Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                let v = f.pop();
                if v.is_none() == (op == Opcode::PopJumpIfNone) {
                    f.set_ip(a);
                }
            }
            Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                let truth = tri!(vm, vm.is_true(&f.peek(0)));
                if truth == (op == Opcode::JumpIfTrueOrPop) {
                    f.set_ip(a);
                } else {
                    drop(f.pop());
                }
            }
            Opcode::GetIter => {
                let v = f.pop();
                let it = tri!(vm, vm.get_iter(&v));
                f.push(it);
            }
            Opcode::ForIter => {
                let it = f.peek(0);
                match tri!(vm, vm.next(&it)) {
                    Some(v) => f.push(v),
                    None => {
                        drop(f.pop());
                        f.set_ip(a);
                    }
                }
            }
            Opcode::RaiseVarargs => {
                let cause = if a == 2 { Some(f.pop()) } else { None };
                if a == 0 {
                    let handled = vm.topmost_handled();
                    if handled.is_null() {
                        return Outcome::Raise(
                            vm.new_error(&vm.types.runtime_error, "No active exception to reraise"),
                        );
                    }
                    return Outcome::Reraise(PyErr::new(
                        handled.into_obj().unwrap_or_else(|_| unreachable!()),
                    ));
                }
                let exc = f.pop();
                let err = tri!(vm, vm.make_raisable(exc, cause));
                return Outcome::Raise(vm.chain_raised(err));
            }
            Opcode::Reraise => {
                let exc = f.pop();
                match exc.into_obj() {
                    Ok(o) => return Outcome::Reraise(PyErr::new(o)),
                    Err(_) => {
                        return Outcome::Raise(
                            vm.new_error(&vm.types.system_error, "RERAISE of a non-exception"),
                        )
                    }
                }
            }
            Opcode::PushExcInfo => {
                let exc = f.pop();
                let prev = vm.handled.replace(exc.clone());
                f.push(if prev.is_null() { Value::NONE } else { prev });
                f.push(exc);
            }
            Opcode::PopExcept => {
                let prev = f.pop();
                vm.handled
                    .set(if prev.is_none() { Value::NULL } else { prev });
            }
            Opcode::CheckExcMatch => {
                let ty = f.pop();
                let matched = tri!(vm, vm.exception_matches(&f.peek(0), &ty));
                f.push(Value::bool(matched));
            }
            Opcode::ReturnGenerator => {
                return Outcome::Generator(super::gen::kind_of_code(code.flags));
            }
            Opcode::YieldValue => return Outcome::Yield(f.pop()),
            Opcode::Send => {
                let v = f.pop();
                let receiver = f.peek(0);
                match super::gen::send_to(vm, &receiver, v) {
                    Ok(super::gen::Sent::Yielded(r)) => f.push(r),
                    Ok(super::gen::Sent::Returned(r)) => {
                        drop(f.pop());
                        f.push(r);
                        f.set_ip(a);
                    }
                    Err(e) => return Outcome::Raise(e),
                }
            }
            Opcode::GetYieldFromIter => {
                let v = f.pop();
                let it = tri!(vm, super::gen::yield_from_iter(vm, &v, code.flags));
                f.push(it);
            }
            Opcode::GetAwaitable => {
                let v = f.pop();
                let it = tri!(vm, super::gen::get_awaitable(vm, &v, arg));
                f.push(it);
            }
            Opcode::BeforeWith => {
                let mgr = f.pop();
                let (exit, entered) = tri!(vm, super::with::before_with(vm, &mgr));
                f.push(exit);
                f.push(entered);
            }
            Opcode::WithExceptStart => {
                let r = tri!(
                    vm,
                    super::with::with_except_start(vm, &f.peek(3), &f.peek(0))
                );
                f.push(r);
            }
            Opcode::ImportName => {
                let fromlist = f.pop();
                let level = f.pop();
                let level = level.as_small_int().unwrap_or(0);
                let m = tri!(
                    vm,
                    vm.import_name(&code.names[a], &fromlist, level, &f.globals)
                );
                f.push(m);
            }
            Opcode::ImportFrom => {
                let m = f.peek(0);
                let v = tri!(vm, vm.import_from(&m, &code.names[a]));
                f.push(v);
            }
            Opcode::ImportStar => {
                let m = f.pop();
                let target = if f.locals.is_null() {
                    f.globals.clone()
                } else {
                    f.locals.clone()
                };
                tri!(vm, vm.import_star(&m, &target));
            }
            Opcode::AsyncGenWrap => {
                let v = f.pop();
                f.push(super::asyncgen::wrap(vm, v));
            }
            Opcode::GetAiter => {
                let v = f.pop();
                let it = tri!(vm, super::asyncgen::get_aiter(vm, &v));
                f.push(it);
            }
            Opcode::GetAnext => {
                let aw = tri!(vm, super::asyncgen::get_anext(vm, &f.peek(0)));
                f.push(aw);
            }
            Opcode::EndAsyncFor => {
                let exc = f.pop();
                if vm.is_instance_of(&exc, &vm.types.stop_async_iteration) {
                    drop(f.pop());
                } else {
                    match exc.into_obj() {
                        Ok(o) => return Outcome::Reraise(PyErr::new(o)),
                        Err(_) => {
                            return Outcome::Raise(vm.new_error(
                                &vm.types.system_error,
                                "END_ASYNC_FOR of a non-exception",
                            ))
                        }
                    }
                }
            }
            Opcode::BeforeAsyncWith => {
                let mgr = f.pop();
                let (exit, entered) = tri!(vm, super::with::before_async_with(vm, &mgr));
                f.push(exit);
                f.push(entered);
            }
            Opcode::CheckEgMatch => {
                let ty = f.pop();
                let exc = f.peek(0);
                match tri!(
                    vm,
                    crate::types::exception_group::check_eg_match(vm, &exc, &ty)
                ) {
                    None => f.push(Value::NONE),
                    Some((rest, matched)) => {
                        drop(f.pop());
                        f.push(rest);
                        vm.handled.set(matched.clone());
                        f.push(matched);
                    }
                }
            }
            Opcode::PrepReraiseStar => {
                let excs = f.pop();
                let orig = f.pop();
                let v = tri!(
                    vm,
                    crate::types::exception_group::prep_reraise_star(vm, &orig, &excs)
                );
                f.push(v);
            }
            Opcode::PrintExpr => {
                let v = f.pop();
                let sys = tri!(vm, vm.import_absolute("sys"));
                let Some(hook) = tri!(vm, vm.get_attr_opt(&sys, "displayhook")) else {
                    return Outcome::Raise(
                        vm.new_error(&vm.types.runtime_error, "lost sys.displayhook"),
                    );
                };
                tri!(vm, vm.call(&hook, &[v], &[]));
            }
            Opcode::SetupAnnotations => {
                let target = if f.locals.is_null() {
                    f.globals.clone()
                } else {
                    f.locals.clone()
                };
                let key = vm.intern("__annotations__");
                if tri!(vm, vm.dict_get_item(&target, &key)).is_none() {
                    let d = vm.new_dict();
                    tri!(vm, vm.dict_set_item(&target, key, d));
                }
            }
            Opcode::GetLen => {
                let n = tri!(vm, super::pattern::get_len(vm, &f.peek(0)));
                f.push(n);
            }
            Opcode::MatchMapping => {
                let m = super::pattern::is_mapping(vm, &f.peek(0));
                f.push(Value::bool(m));
            }
            Opcode::MatchSequence => {
                let m = super::pattern::is_sequence(vm, &f.peek(0));
                f.push(Value::bool(m));
            }
            Opcode::MatchKeys => {
                let r = tri!(vm, super::pattern::match_keys(vm, &f.peek(1), &f.peek(0)));
                f.push(r);
            }
            Opcode::MatchClass => {
                let names = f.pop();
                let cls = f.pop();
                let subject = f.pop();
                let r = tri!(
                    vm,
                    super::pattern::match_class(vm, &subject, &cls, a, &names)
                );
                f.push(r);
            }
            Opcode::LoadAssertionError => f.push(vm.types.assertion_error.clone()),
            Opcode::BuildSlice => {
                let step = if a == 3 { f.pop() } else { Value::NONE };
                let stop = f.pop();
                let start = f.pop();
                let s = crate::objects::slice::SliceData { start, stop, step };
                f.push(heap::alloc(vm.types.slice.to_obj(), s).into_value());
            }
            Opcode::LoadBuildClass => {
                match tri!(vm, load_global(vm, f, &vm.intern("__build_class__"))) {
                    Some(b) => f.push(b),
                    None => {
                        return Outcome::Raise(
                            vm.new_error(&vm.types.name_error, "__build_class__ not found"),
                        )
                    }
                }
            }
            Opcode::StoreAttr => {
                let obj = f.pop();
                let v = f.pop();
                tri!(vm, vm.set_attr(&obj, &code.names[a], v));
            }
            Opcode::DeleteAttr => {
                let obj = f.pop();
                tri!(vm, vm.set_attr(&obj, &code.names[a], Value::NULL));
            }
            Opcode::BuildSet => {
                let items = f.pop_n(a);
                let s = vm.new_set_of(&vm.types.set);
                for v in items {
                    tri!(vm, vm.set_add(&s, v));
                }
                f.push(s);
            }
            Opcode::SetAdd => {
                let v = f.pop();
                let s = f.peek(a - 1);
                tri!(vm, vm.set_add(&s, v));
            }
            Opcode::SetUpdate => {
                let iterable = f.pop();
                let s = f.peek(a - 1);
                tri!(vm, vm.set_update(&s, &iterable));
            }
            Opcode::LoadClassderef => {
                // A class body reads a free variable: its namespace first, then the cell.
                let name = code.localsplus_names[a].clone();
                if !f.locals.is_null() {
                    if let Some(v) = tri!(vm, vm.dict_get_item(&f.locals, &name)) {
                        f.push(v);
                        continue;
                    }
                }
                let v = payload::<CellData>(&f.slot(a))
                    .map(|c| c.contents.get())
                    .unwrap_or(Value::NULL);
                if v.is_null() {
                    return Outcome::Raise(unbound_deref(vm, code_data(&code_value), a));
                }
                f.push(v);
            }
        }
    }
}

/// Looks a name up in the frame's globals, then its builtins.
fn load_global(vm: &Vm, f: &Frame, name: &Value) -> crate::error::PyResult<Option<Value>> {
    if let Some(v) = vm.dict_get_item(&f.globals, name)? {
        return Ok(Some(v));
    }
    if as_dict(&f.builtins).is_some() {
        return vm.dict_get_item(&f.builtins, name);
    }
    Ok(None)
}

/// `NameError: name 'x' is not defined`.
fn name_error(vm: &Vm, name: &Value) -> PyErr {
    vm.new_error(
        &vm.types.name_error,
        &format!("name '{}' is not defined", vm.str_of(name)),
    )
}

/// The error for reading an empty cell: a local cell variable or a free variable.
fn unbound_deref(vm: &Vm, code: &crate::objects::code::CodeData, slot: usize) -> PyErr {
    let name = vm.str_of(&code.localsplus_names[slot]);
    if code.localsplus_kinds[slot] & krait_bytecode::code::local_kind::FREE != 0 {
        vm.new_error(
            &vm.types.name_error,
            &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        vm.new_error(
            &vm.types.unbound_local_error,
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

/// `MAKE_FUNCTION`: a function of `code_obj` closing over the frame's globals.
fn make_function(
    vm: &Vm,
    f: &Frame,
    code_obj: Value,
    closure: Value,
    annotations: Value,
    kwdefaults: Value,
    defaults: Value,
) -> Value {
    let (name, qualname) = {
        let c = code_data(&code_obj);
        (c.name.clone(), c.qualname.clone())
    };
    let module = vm
        .dict_get_item(&f.globals, &vm.intern("__name__"))
        .ok()
        .flatten()
        .unwrap_or(Value::NULL);
    let doc = code_data(&code_obj)
        .consts
        .first()
        .filter(|c| payload::<StrData>(c).is_some())
        .cloned();
    let data = FunctionData {
        code: Slot::new(code_obj),
        globals: Slot::new(f.globals.clone()),
        builtins: Slot::new(f.builtins.clone()),
        name: Slot::new(name),
        qualname: Slot::new(qualname),
        defaults: Slot::new(defaults),
        kwdefaults: Slot::new(kwdefaults),
        closure: Slot::new(closure),
        annotations: Slot::new(annotations),
        doc: Slot::new(doc.unwrap_or(Value::NONE)),
        module: Slot::new(module),
        dict: Slot::default(),
    };
    heap::alloc(vm.types.function.to_obj(), data).into_value()
}
