//! `compile`, `eval`, `exec`, `globals` and `locals` (CPython's Python/bltinmodule.c): running
//! source text and code objects in a namespace, by default the caller's.

use crate::error::PyResult;
use crate::eval::{frame::code_data, run_frame, Frame};
use crate::native::{method_table, Args};
use crate::objects::bytes::BytesData;
use crate::objects::code::{load_code, CodeData};
use crate::objects::dict::DictData;
use crate::objects::str::StrData;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::code::local_kind;
use krait_parser::Mode;

method_table!(
    /// The built-in functions of this module.
    FUNCTIONS,
    Static,
    {
    "compile" => compile, "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)", "Compile source into a code object that can be executed by exec() or eval().";
    "eval" => eval, "(source, globals=None, locals=None, /)", "Evaluate the given source in the context of globals and locals.";
    "exec" => exec, "(source, globals=None, locals=None, /, *, closure=None)", "Execute the given source in the context of globals and locals.";
    "globals" => globals, "()", "Return the dictionary containing the current scope's global variables.";
    "locals" => locals, "()", "Return a dictionary containing the current scope's local variables.";
    }
);

/// CPython's `PyCF_ONLY_AST`.
const ONLY_AST: i64 = 0x400;

/// Compiles `source` (a str or bytes) in `mode`; compile errors become SyntaxError.
fn compile_text(
    vm: &Vm,
    source: &Value,
    filename: &str,
    mode: Mode,
    what: &str,
) -> PyResult<Value> {
    let code = if let Some(s) = payload::<StrData>(source) {
        let text = s.to_string_lossy();
        if text.contains('\0') {
            return Err(vm.new_error(
                &vm.types.syntax_error,
                "source code string cannot contain null bytes",
            ));
        }
        let opts = krait_compiler::CompileOptions { optimize: 0, mode };
        krait_parser::parse_str(&text, filename, mode)
            .and_then(|m| krait_compiler::compile(&m, filename, &opts))
            .map_err(|e| with_text(vm, e, text.as_bytes()))?
    } else if let Some(b) = payload::<BytesData>(source) {
        if b.bytes.contains(&0) {
            return Err(vm.new_error(
                &vm.types.syntax_error,
                "source code string cannot contain null bytes",
            ));
        }
        let opts = krait_compiler::CompileOptions { optimize: 0, mode };
        krait_compiler::compile_source(&b.bytes, filename, mode, &opts)
            .map_err(|e| with_text(vm, e, &b.bytes))?
    } else {
        return Err(vm.type_error(&format!(
            "{what}() arg 1 must be a string, bytes or code object"
        )));
    };
    load_code(vm, &code)
}

/// The SyntaxError for `e`, with the offending line taken from `source` when missing.
fn with_text(vm: &Vm, mut e: krait_parser::SyntaxError, source: &[u8]) -> crate::error::PyErr {
    e.fill_text(source);
    vm.syntax_error_from(&e)
}

/// Positional and keyword arguments by name, in `names` order.
fn bind<'a>(
    vm: &Vm,
    args: &Args<'a>,
    fname: &str,
    names: &[&str],
    kwonly: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = names.len() - kwonly;
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    let pos = args.pos();
    if pos.len() > npos {
        return Err(vm.type_error(&format!(
            "{fname}() takes at most {npos} arguments ({} given)",
            pos.len()
        )));
    }
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let key = vm.str_of(k);
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(&format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(&format!(
                    "{fname}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    Ok(out)
}

fn compile(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let a = bind(vm, &args, "compile", &names, 1)?;
    for (i, n) in names.iter().enumerate().take(3) {
        if a[i].is_none() {
            return Err(vm.type_error(&format!(
                "compile() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    let source = a[0].clone().unwrap_or(Value::NONE);
    let filename = a[1].clone().unwrap_or(Value::NONE);
    let filename = match payload::<StrData>(&filename) {
        Some(s) => s.to_string_lossy(),
        None => match payload::<BytesData>(&filename) {
            Some(b) => String::from_utf8_lossy(&b.bytes).into_owned(),
            None => {
                return Err(vm.type_error(&format!(
                    "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                    vm.type_name(&filename)
                )))
            }
        },
    };
    let mode_v = a[2].clone().unwrap_or(Value::NONE);
    let Some(mode_s) = payload::<StrData>(&mode_v).map(StrData::to_string_lossy) else {
        return Err(vm.type_error(&format!(
            "compile() argument 'mode' must be str, not {}",
            vm.type_name(&mode_v)
        )));
    };
    let mode = match mode_s.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" => Mode::FuncType,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let flags = match &a[3] {
        Some(v) => v
            .as_small_int()
            .ok_or_else(|| vm.type_error("an integer is required"))?,
        None => 0,
    };
    if flags & ONLY_AST != 0 {
        return Err(vm.not_implemented("compile() to an AST (ast.PyCF_ONLY_AST)"));
    }
    if payload::<CodeData>(&source).is_some() {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    }
    if payload::<StrData>(&source).is_none() && payload::<BytesData>(&source).is_none() {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    }
    compile_text(vm, &source, &filename, mode, "compile")
}

/// The namespaces `eval`/`exec` run in: the given ones, else the caller's.
fn namespaces(
    vm: &Vm,
    fname: &str,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<(Value, Value)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    if let Some(g) = &globals {
        if payload::<DictData>(g).is_none() {
            let what = if fname == "exec" {
                format!("exec() globals must be a dict, not {}", vm.type_name(g))
            } else {
                "globals must be a dict".to_owned()
            };
            return Err(vm.type_error(&what));
        }
    }
    if let Some(l) = &locals {
        if payload::<DictData>(l).is_none() && vm.lookup_special(l, "__getitem__")?.is_none() {
            return Err(vm.type_error("locals must be a mapping"));
        }
    }
    match (globals, locals) {
        (Some(g), Some(l)) => Ok((g, l)),
        (Some(g), None) => Ok((g.clone(), g)),
        (None, l) => {
            let (g, fl) = vm.with_caller_frame(|f| match f {
                Some(f) => (f.globals.clone(), Some(frame_locals(vm, f))),
                None => (Value::NULL, None),
            });
            if g.is_null() {
                return Err(vm.new_error(
                    &vm.types.system_error,
                    &format!("{fname}() called without a calling frame"),
                ));
            }
            let l = match l {
                Some(l) => l,
                None => fl.transpose()?.unwrap_or_else(|| g.clone()),
            };
            Ok((g, l))
        }
    }
}

/// Runs the code object `code` with `globals` and `locals`, adding `__builtins__` to globals
/// when missing, as CPython's `exec`.
fn run_code(vm: &Vm, code: Value, globals: Value, locals: Value) -> PyResult<Value> {
    let key = vm.intern("__builtins__");
    let builtins = match vm.dict_get_item(&globals, &key)? {
        Some(b) => vm.module_dict(&b).unwrap_or(b),
        None => {
            vm.dict_set_item(&globals, key, vm.builtins.clone())?;
            vm.builtins.clone()
        }
    };
    let builtins = if payload::<DictData>(&builtins).is_some() {
        builtins
    } else {
        vm.builtins.clone()
    };
    if code_data(&code)
        .localsplus_kinds
        .iter()
        .any(|k| k & local_kind::FREE != 0)
    {
        return Err(vm.type_error("code object passed to eval() may not contain free variables"));
    }
    let frame = Frame::new(code, Value::NULL, globals, builtins, locals);
    let _depth = vm.enter_recursion("")?;
    run_frame(vm, frame)
}

fn eval(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "eval")?;
    let a = args.positional_range(vm, "eval", 1, 3)?;
    let (g, l) = namespaces(vm, "eval", a.get(1).cloned(), a.get(2).cloned())?;
    let code = if payload::<CodeData>(&a[0]).is_some() {
        a[0].clone()
    } else if payload::<StrData>(&a[0]).is_some() || payload::<BytesData>(&a[0]).is_some() {
        let src = strip_leading_whitespace(vm, &a[0]);
        compile_text(vm, &src, "<string>", Mode::Eval, "eval")?
    } else {
        return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object"));
    };
    run_code(vm, code, g, l)
}

/// `eval` ignores leading spaces and tabs of a string source, as CPython's.
fn strip_leading_whitespace(vm: &Vm, v: &Value) -> Value {
    if let Some(s) = payload::<StrData>(v) {
        let t = s.to_string_lossy();
        let stripped = t.trim_start_matches([' ', '\t']);
        if stripped.len() != t.len() {
            return vm.new_str(stripped);
        }
    }
    v.clone()
}

fn exec(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mut closure = None;
    for (k, v) in args.kwargs() {
        match vm.str_of(k).as_str() {
            "closure" => closure = Some(v.clone()),
            other => {
                return Err(vm.type_error(&format!(
                    "exec() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if closure.is_some_and(|c| !c.is_none()) {
        return Err(vm.not_implemented("exec(closure=...)"));
    }
    let a = args.positional_range(vm, "exec", 1, 3)?;
    let (g, l) = namespaces(vm, "exec", a.get(1).cloned(), a.get(2).cloned())?;
    let code = if payload::<CodeData>(&a[0]).is_some() {
        a[0].clone()
    } else if payload::<StrData>(&a[0]).is_some() || payload::<BytesData>(&a[0]).is_some() {
        compile_text(vm, &a[0], "<string>", Mode::Exec, "exec")?
    } else {
        return Err(vm.type_error(&format!(
            "exec() arg 1 must be a string, bytes or code object, not {}",
            vm.type_name(&a[0])
        )));
    };
    run_code(vm, code, g, l)?;
    Ok(Value::NONE)
}

fn globals(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "globals", 0, 0)?;
    vm.with_caller_frame(|f| {
        f.map(|f| f.globals.clone())
            .ok_or_else(|| vm.new_error(&vm.types.system_error, "globals(): no current frame"))
    })
}

fn locals(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_range(vm, "locals", 0, 0)?;
    vm.with_caller_frame(|f| match f {
        Some(f) => frame_locals(vm, f),
        None => Err(vm.new_error(&vm.types.system_error, "locals(): no current frame")),
    })
}

/// The local namespace of frame `f`: its locals mapping (module and class bodies), else the
/// dict of its bound local, cell and free variables, one per activation and refreshed on each
/// call (CPython's `PyEval_GetLocals`).
pub fn frame_locals(vm: &Vm, f: &Frame) -> PyResult<Value> {
    crate::methods::frame::locals_of(vm, f)
}
