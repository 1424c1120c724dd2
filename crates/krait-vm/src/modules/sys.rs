//! The `sys` module (CPython's Python/sysmodule.c): the interpreter's state as Python sees it.

use crate::error::PyResult;
use crate::heap;
use crate::native::{method_table, Args};
use crate::objects::stdio::StdStreamData;
use crate::objects::structseq;
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;

method_table!(
    /// The functions of `sys`.
    FUNCTIONS,
    Static,
    {
    "exit" => exit, "($module, status=None, /)", "Exit the interpreter by raising SystemExit(status).";
    "exc_info" => exc_info, "($module, /)", "Return current exception information: (type, value, traceback).";
    "_getframe" => getframe, "($module, depth=0, /)", "Return a frame object from the call stack.";
    "exception" => exception, "($module, /)", "Return the current exception.";
    "getrecursionlimit" => getrecursionlimit, "($module, /)", "Return the current value of the recursion limit.";
    "setrecursionlimit" => setrecursionlimit, "($module, limit, /)", "Set the maximum depth of the Python interpreter stack to n.";
    "getrefcount" => getrefcount, "($module, object, /)", "Return the reference count of object.";
    "displayhook" => displayhook, "($module, object, /)", "Print an object to sys.stdout and also save it in builtins._";
    "intern" => intern, "($module, string, /)", "``Intern'' the given string.";
    "getdefaultencoding" => getdefaultencoding, "($module, /)", "Return the current default encoding used by the Unicode implementation.";
    "getfilesystemencoding" => getdefaultencoding, "($module, /)", "Return the encoding used to convert Unicode filenames to OS filenames.";
    "get_int_max_str_digits" => get_int_max_str_digits, "($module, /)", "Return the maximum string digits limit for non-binary int<->str conversions.";
    "set_int_max_str_digits" => set_int_max_str_digits, "($module, /, maxdigits)", "Set the maximum string digits limit for non-binary int<->str conversions.";
    }
);

/// Creates the `sys` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("sys");
    crate::native::install_module_functions(vm, &m, FUNCTIONS)?;
    crate::native::install_methods(vm, &vm.types.text_stream, crate::methods::stdio::METHODS);
    let stream =
        |fd: i32| heap::alloc(vm.types.text_stream.to_obj(), StdStreamData { fd }).into_value();
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let s = stream(fd);
        vm.module_set(&m, name, s.clone())?;
        vm.module_set(&m, &format!("__{name}__"), s)?;
    }
    let argv = vm
        .imports
        .config
        .argv
        .iter()
        .map(|a| vm.new_str(a))
        .collect();
    vm.module_set(&m, "argv", vm.new_list(argv))?;
    vm.module_set(&m, "orig_argv", vm.new_list(Vec::new()))?;
    // Development mode (`-X dev`) shows warnings by default: 'default' comes first.
    let dev = vm.imports.config.xoptions.iter().any(|x| x == "dev");
    let warn = dev
        .then(|| vm.new_str("default"))
        .into_iter()
        .chain(vm.imports.config.warnoptions.iter().map(|w| vm.new_str(w)))
        .collect();
    vm.module_set(&m, "warnoptions", vm.new_list(warn))?;
    // `-X name=value` gives "value", a bare `-X name` gives True (CPython's `sys._xoptions`).
    let xopts = vm.new_dict();
    for x in &vm.imports.config.xoptions {
        let (k, v) = match x.split_once('=') {
            Some((k, v)) => (k, vm.new_str(v)),
            None => (x.as_str(), Value::TRUE),
        };
        vm.dict_set_item(&xopts, vm.new_str(k), v)?;
    }
    vm.module_set(&m, "_xoptions", xopts)?;
    let path = vm
        .imports
        .config
        .path
        .iter()
        .map(|p| vm.new_str(p))
        .collect();
    vm.module_set(&m, "path", vm.new_list(path))?;
    let finders = vec![
        super::loader::builtin_importer(vm),
        super::loader::path_finder(vm),
    ];
    vm.module_set(&m, "meta_path", vm.new_list(finders))?;
    vm.module_set(&m, "path_hooks", vm.new_list(Vec::new()))?;
    vm.module_set(&m, "path_importer_cache", vm.new_dict())?;
    let prefix = vm.imports.config.pycache_prefix.as_deref();
    vm.module_set(
        &m,
        "pycache_prefix",
        prefix.map_or(Value::NONE, |p| vm.new_str(p)),
    )?;
    vm.module_set(&m, "modules", vm.sys_modules())?;
    let names: Vec<Value> = {
        let mut n: Vec<&str> = vm.imports.native.borrow().iter().map(|(n, _)| *n).collect();
        n.sort_unstable();
        n.into_iter().map(|s| vm.new_str(s)).collect()
    };
    vm.module_set(&m, "builtin_module_names", vm.new_tuple(names))?;
    vm.module_set(&m, "maxsize", vm.new_bigint(i64::MAX.into()))?;
    vm.module_set(&m, "maxunicode", vm.new_int(0x10FFFF))?;
    let order = if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    };
    vm.module_set(&m, "byteorder", vm.new_str(order))?;
    vm.module_set(&m, "platform", vm.new_str(std::env::consts::OS))?;
    vm.module_set(
        &m,
        "version",
        vm.new_str(concat!("3.11.7 (krait ", env!("CARGO_PKG_VERSION"), ")")),
    )?;
    vm.module_set(&m, "hexversion", vm.new_int(0x030B07F0))?;
    vm.module_set(&m, "api_version", vm.new_int(1013))?;
    vm.module_set(
        &m,
        "dont_write_bytecode",
        Value::bool(vm.imports.config.dont_write_bytecode),
    )?;
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    vm.module_set(&m, "executable", vm.new_str(&exe))?;
    let str_items =
        |items: &[&str]| -> Vec<Value> { items.iter().map(|s| vm.new_str(s)).collect() };
    let int = |i: i64| vm.new_int(i);

    let vi = structseq::new_type(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let items = vec![int(3), int(11), int(7), vm.new_str("final"), int(0)];
    vm.module_set(&m, "version_info", structseq::new(&vi, items))?;

    let fi = structseq::new_type(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let items = vec![
        Value::float(f64::MAX),
        int(f64::MAX_EXP as i64),
        int(f64::MAX_10_EXP as i64),
        Value::float(f64::MIN_POSITIVE),
        int(f64::MIN_EXP as i64),
        int(f64::MIN_10_EXP as i64),
        int(f64::DIGITS as i64),
        int(f64::MANTISSA_DIGITS as i64),
        Value::float(f64::EPSILON),
        int(f64::RADIX as i64),
        int(1),
    ];
    vm.module_set(&m, "float_info", structseq::new(&fi, items))?;

    let ii = structseq::new_type(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    let items = vec![int(30), int(4), int(4300), int(640)];
    vm.module_set(&m, "int_info", structseq::new(&ii, items))?;

    let hi = structseq::new_type(
        vm,
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
    );
    let items = vec![
        int(64),
        vm.new_bigint(((1i64 << 61) - 1).into()),
        int(314159),
        int(0),
        int(1000003),
        vm.new_str("siphash13"),
        int(64),
        int(128),
        int(0),
    ];
    vm.module_set(&m, "hash_info", structseq::new(&hi, items))?;

    let fl = structseq::new_type(
        vm,
        "sys",
        "flags",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
        ],
    );
    let hash_randomization = i64::from(vm.hash_randomized());
    let mut items: Vec<Value> = (0..11).map(|_| int(0)).collect();
    items.extend([
        int(hash_randomization),
        int(0),
        Value::FALSE,
        int(0),
        int(0),
        Value::FALSE,
        int(-1),
    ]);
    vm.module_set(&m, "flags", structseq::new(&fl, items))?;

    let ns = crate::objects::namespace::new_namespace(vm)?;
    for (k, v) in [
        ("name", vm.new_str("krait")),
        ("cache_tag", vm.new_str(super::source::CACHE_TAG)),
        (
            "version",
            structseq::new(
                &vi,
                vec![int(0), int(1), int(0), vm.new_str("alpha"), int(0)],
            ),
        ),
        ("hexversion", vm.new_int(0x000100A0)),
        (
            "_multiarch",
            vm.new_str(&format!("{}-linux-gnu", std::env::consts::ARCH)),
        ),
    ] {
        vm.set_attr(&ns, &vm.intern(k), v)?;
    }
    vm.module_set(&m, "implementation", ns)?;
    let _ = str_items;
    Ok(m)
}

fn exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "exit", 0, 1)?;
    Err(vm.new_exception(&vm.types.system_exit, a.to_vec()))
}

fn exc_info(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    let h = vm.topmost_handled();
    if h.is_null() || h.is_none() {
        return Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let tb = payload::<crate::objects::exception::ExceptionData>(&h)
        .map(|e| e.traceback.get())
        .filter(|t| !t.is_null())
        .unwrap_or(Value::NONE);
    Ok(vm.new_tuple(vec![vm.type_of(&h), h, tb]))
}

fn exception(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    let h = vm.topmost_handled();
    Ok(if h.is_null() { Value::NONE } else { h })
}

fn getframe(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "_getframe", 0, 1)?;
    let depth = match a.first() {
        Some(d) => int_arg(vm, d)?,
        None => 0,
    };
    crate::methods::frame::getframe(vm, depth)
}

fn getrecursionlimit(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(i64::from(vm.recursion_limit())))
}

fn setrecursionlimit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "setrecursionlimit", 1, 1)?;
    if a[0].is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, &a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = u32::try_from(n).map_err(|_| {
        vm.new_error(
            &vm.types.overflow_error,
            "Python int too large to convert to C int",
        )
    })?;
    let depth = vm.recursion_depth();
    if n <= depth {
        return Err(vm.new_error(
            &vm.types.recursion_error,
            &format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.set_recursion_limit(n);
    Ok(Value::NONE)
}

/// `sys.getrefcount(x)`: the object's reference count as krait keeps it (counting the
/// argument's own reference, as CPython's does); inline values report `u32::MAX`, as if
/// immortal. Counts differ from CPython's in general (docs/compatibility.md).
fn getrefcount(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "getrefcount", 1, 1)?;
    let n = a[0]
        .as_header()
        .map_or(u64::from(u32::MAX), |h| u64::from(h.refcnt()));
    Ok(vm.new_int(n as i64))
}

/// `sys.displayhook(value)`: prints `repr(value)` to `sys.stdout` and keeps it in
/// `builtins._` (nothing for None), as CPython's `sys_displayhook`.
fn displayhook(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "displayhook", 1, 1)?;
    if a[0].is_none() {
        return Ok(Value::NONE);
    }
    let underscore = vm.intern("_");
    vm.dict_set_item(&vm.builtins, underscore.clone(), Value::NONE)?;
    let sys = vm.import_absolute("sys")?;
    let out = vm.get_attr(&sys, &vm.intern("stdout"))?;
    if out.is_none() {
        return Err(vm.new_error(&vm.types.runtime_error, "lost sys.stdout"));
    }
    let text = format!("{}\n", vm.repr_string(&a[0])?);
    vm.call_method(&out, "write", &[vm.new_str(&text)])?;
    vm.dict_set_item(&vm.builtins, underscore, a[0].clone())?;
    Ok(Value::NONE)
}

fn intern(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "intern", 1, 1)?;
    if !vm.type_of(&a[0]).is(&vm.types.str) {
        return Err(vm.type_error(&format!(
            "intern() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    }
    Ok(vm.intern(&vm.str_of(&a[0])))
}

fn getdefaultencoding(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn get_int_max_str_digits(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(vm.int_max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mut value = args.pos().first().cloned();
    for (k, v) in args.kwargs() {
        if vm.str_of(k) == "maxdigits" && value.is_none() {
            value = Some(v.clone());
        } else {
            return Err(vm.type_error(&format!(
                "set_int_max_str_digits() got an unexpected keyword argument '{}'",
                vm.str_of(k)
            )));
        }
    }
    let Some(v) = value else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = int_arg(vm, &v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.set_int_max_str_digits(n as u64);
    Ok(Value::NONE)
}

/// An int argument that must fit a C int (CPython's `_PyLong_AsInt` after `__index__`).
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        if i32::try_from(i).is_err() {
            return Err(vm.new_error(
                &vm.types.overflow_error,
                "Python int too large to convert to C int",
            ));
        }
        return Ok(i);
    }
    match v.as_immediate() {
        Some(crate::value::Immediate::True) => return Ok(1),
        Some(crate::value::Immediate::False) => return Ok(0),
        _ => {}
    }
    if payload::<crate::objects::int::IntData>(v).is_some() {
        return Err(vm.new_error(
            &vm.types.overflow_error,
            "Python int too large to convert to C int",
        ));
    }
    if let Some(f) = vm.lookup_special(v, "__index__")? {
        let r = vm.call(&f, std::slice::from_ref(v), &[])?;
        if r.as_small_int().is_some() {
            return int_arg(vm, &r);
        }
    }
    Err(vm.type_error(&format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}
