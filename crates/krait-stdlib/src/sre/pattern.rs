//! `re.Pattern` (CPython's `PatternObject`): a compiled pattern and the methods that run it —
//! `match`, `fullmatch`, `search`, `findall`, `finditer`, `scanner`, `split`, `sub`, `subn` —
//! with CPython's argument handling, `repr`, equality and hashing.

use super::constants::{FLAG_ASCII, FLAG_LOCALE, FLAG_NAMES, FLAG_UNICODE};
use super::engine::State;
use super::matchobj::new_match;
use super::text::Text;
use crate::convert::parse_keywords;
use crate::native_type::state;
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_traits::ToPrimitive;
use std::any::Any;

/// The state of a `re.Pattern`.
pub struct Pattern {
    /// The source (`str`, `bytes` or `None`).
    pub pattern: Slot,
    pub flags: u32,
    pub code: Box<[u32]>,
    /// The number of capturing groups.
    pub groups: usize,
    /// name → group number (a dict).
    pub groupindex: Slot,
    /// group number → name or None (a tuple).
    pub indexgroup: Slot,
    /// Whether the pattern is bytes (`None` for a pattern compiled without a source).
    pub is_bytes: Option<bool>,
}

impl NativeObject for Pattern {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.pattern.visit(visit);
        self.groupindex.visit(visit);
        self.indexgroup.visit(visit);
    }

    fn clear(&self) {
        self.pattern.set(Value::NULL);
        self.groupindex.set(Value::NULL);
        self.indexgroup.set(Value::NULL);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of `re.Pattern`.
    PATTERN_METHODS,
    Method,
    {
    "match" => p_match, "($self, /, string, pos=0, endpos=sys.maxsize)", "Matches zero or more characters at the beginning of the string.";
    "fullmatch" => p_fullmatch, "($self, /, string, pos=0, endpos=sys.maxsize)", "Matches against all of the string.";
    "search" => p_search, "($self, /, string, pos=0, endpos=sys.maxsize)", "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.";
    "sub" => p_sub, "($self, /, repl, string, count=0)", "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.";
    "subn" => p_subn, "($self, /, repl, string, count=0)", "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.";
    "split" => p_split, "($self, /, string, maxsplit=0)", "Split string by the occurrences of pattern.";
    "findall" => p_findall, "($self, /, string, pos=0, endpos=sys.maxsize)", "Return a list of all non-overlapping matches of pattern in string.";
    "finditer" => p_finditer, "($self, /, string, pos=0, endpos=sys.maxsize)", "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.";
    "scanner" => p_scanner, "($self, /, string, pos=0, endpos=sys.maxsize)", "";
    "__copy__" => p_copy, "($self, /)", "";
    "__deepcopy__" => p_deepcopy, "($self, memo, /)", "";
    "__repr__" => p_repr, "($self, /)", "Return repr(self).";
    "__eq__" => p_eq, "($self, value, /)", "Return self==value.";
    "__ne__" => p_ne, "($self, value, /)", "Return self!=value.";
    "__hash__" => p_hash, "($self, /)", "Return hash(self).";
    }
);

method_table!(
    /// The attributes of `re.Pattern`.
    PATTERN_GETTERS,
    Static,
    {
    "pattern" => g_pattern, "($self, /)", "The pattern string from which the RE object was compiled.";
    "flags" => g_flags, "($self, /)", "The regex matching flags.";
    "groups" => g_groups, "($self, /)", "The number of capturing groups in the pattern.";
    "groupindex" => g_groupindex, "($self, /)", "A dictionary mapping group names to group numbers.";
    }
);

/// The pattern of `v` (a `self` argument).
pub fn pattern_of<'a>(vm: &Vm, v: Option<&'a Value>) -> PyResult<&'a Pattern> {
    v.and_then(state::<Pattern>)
        .ok_or_else(|| vm.type_error("descriptor requires a 're.Pattern' object"))
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Pattern> {
    pattern_of(vm, args.pos().first())
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    }
}

/// A `Py_ssize_t` argument, clamped to `0..=len`.
fn position(vm: &Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default.min(len));
    };
    let n = crate::convert::index(vm, v)?;
    Ok(match n.to_i64() {
        Some(i) if i < 0 => 0,
        Some(i) => (i as u64).min(len as u64) as usize,
        None if n.sign() == num_bigint::Sign::Minus => {
            return Err(crate::convert::overflow(
                vm,
                "Python int too large to convert to C ssize_t",
            ))
        }
        None => {
            return Err(crate::convert::overflow(
                vm,
                "Python int too large to convert to C ssize_t",
            ))
        }
    })
}

/// The subject `string` checked against the pattern's kind (CPython's `state_init`).
pub fn subject(vm: &Vm, p: &Pattern, string: &Value) -> PyResult<Text> {
    let text = Text::new(vm, string)?;
    match p.is_bytes {
        Some(true) if !text.is_bytes => {
            Err(vm.type_error("cannot use a bytes pattern on a string-like object"))
        }
        Some(false) if text.is_bytes => {
            Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        _ => Ok(text),
    }
}

/// The subject and the `pos`/`endpos` window of a `(string, pos, endpos)` method.
pub fn window(vm: &Vm, p: &Pattern, a: &[Option<Value>]) -> PyResult<(Text, usize, usize)> {
    let string = a[0].clone().unwrap_or(Value::NONE);
    let text = subject(vm, p, &string)?;
    let len = text.len();
    let pos = position(vm, a[1].as_ref(), len, 0)?;
    let endpos = position(vm, a[2].as_ref(), len, len)?;
    Ok((text, pos, endpos))
}

fn window_args(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Vec<Option<Value>>> {
    parse_keywords(vm, &rest(args), name, &["string", "pos", "endpos"], 0, 3, 1)
}

/// `match`, `fullmatch` (`all`) or `search` (not `anchored`).
fn run_once(vm: &Vm, args: Args<'_>, name: &str, anchored: bool, all: bool) -> PyResult<Value> {
    let p = me(vm, &args)?;
    let a = window_args(vm, &args, name)?;
    let (text, pos, endpos) = window(vm, p, &a)?;
    if pos > endpos {
        return Ok(Value::NONE);
    }
    let mut st = State::new(p.groups, pos, endpos);
    st.match_all = all;
    if !text.run(&mut st, &p.code, anchored) {
        return Ok(Value::NONE);
    }
    new_match(vm, &args.values[0], p, &text, &st, pos, endpos)
}

fn p_match(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    run_once(vm, args, "match", true, false)
}

fn p_fullmatch(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    run_once(vm, args, "fullmatch", true, true)
}

fn p_search(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    run_once(vm, args, "search", false, false)
}

/// Group `g` of the current match in `st` as a slice (`empty`: "" instead of None when unset).
fn state_group(vm: &Vm, text: &Text, st: &State, g: usize, empty: bool) -> Value {
    match st.group_span(g) {
        Some((a, b)) => text.slice(vm, a, b),
        None if empty => text.slice(vm, 0, 0),
        None => Value::NONE,
    }
}

fn p_findall(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = me(vm, &args)?;
    let a = window_args(vm, &args, "findall")?;
    let (text, pos, endpos) = window(vm, p, &a)?;
    let mut st = State::new(p.groups, pos, endpos);
    let mut out = Vec::new();
    while st.start <= st.end {
        st.reset();
        if !text.run(&mut st, &p.code, false) {
            break;
        }
        let item = match p.groups {
            0 => text.slice(vm, st.start, st.ptr),
            1 => state_group(vm, &text, &st, 1, true),
            n => vm.new_tuple(
                (1..=n)
                    .map(|g| state_group(vm, &text, &st, g, true))
                    .collect(),
            ),
        };
        out.push(item);
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    Ok(vm.new_list(out))
}

fn p_split(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = me(vm, &args)?;
    let a = parse_keywords(vm, &rest(&args), "split", &["string", "maxsplit"], 0, 2, 1)?;
    let string = a[0].clone().unwrap_or(Value::NONE);
    let text = subject(vm, p, &string)?;
    let maxsplit = match &a[1] {
        Some(v) => crate::convert::index(vm, v)?.to_i64().unwrap_or(i64::MAX),
        None => 0,
    };
    let len = text.len();
    let mut st = State::new(p.groups, 0, len);
    let mut out = Vec::new();
    let mut last = 0;
    let mut n: i64 = 0;
    while maxsplit == 0 || n < maxsplit {
        st.reset();
        if !text.run(&mut st, &p.code, false) {
            break;
        }
        out.push(text.slice(vm, last, st.start));
        for g in 1..=p.groups {
            out.push(state_group(vm, &text, &st, g, false));
        }
        n += 1;
        st.must_advance = st.ptr == st.start;
        last = st.ptr;
        st.start = st.ptr;
    }
    out.push(text.slice(vm, last, len));
    Ok(vm.new_list(out))
}

use krait_vm::builtins::introspect::is_callable;

/// Calls `re.<name>(*args)` (CPython's `call(SRE_PY_MODULE, ...)`).
pub fn call_re(vm: &Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let re = vm.import_absolute("re")?;
    let f = vm.get_attr(&re, &vm.intern(name))?;
    vm.call(&f, args, &[])
}

/// `sub`/`subn` (CPython's `pattern_subx`).
fn subx(vm: &Vm, args: Args<'_>, name: &str, subn: bool) -> PyResult<Value> {
    let p = me(vm, &args)?;
    let a = parse_keywords(
        vm,
        &rest(&args),
        name,
        &["repl", "string", "count"],
        0,
        3,
        2,
    )?;
    let template = a[0].clone().unwrap_or(Value::NONE);
    let string = a[1].clone().unwrap_or(Value::NONE);
    let count = match &a[2] {
        Some(v) => crate::convert::index(vm, v)?.to_i64().unwrap_or(i64::MAX),
        None => 0,
    };
    // The filter: a callable, a literal replacement, or what re._subx makes of a template.
    let (filter, callable) = if is_callable(vm, &template)? {
        (template, true)
    } else {
        let literal = match Text::try_new(&template) {
            Some(t) => {
                let v = t.view();
                !(0..v.len()).any(|i| v.at(i) == u32::from(b'\\'))
            }
            None => false,
        };
        if literal {
            (template, false)
        } else {
            let f = call_re(vm, "_subx", &[args.values[0].clone(), template])?;
            let c = is_callable(vm, &f)?;
            (f, c)
        }
    };
    let text = subject(vm, p, &string)?;
    let len = text.len();
    let mut st = State::new(p.groups, 0, len);
    let mut pieces = Vec::new();
    let mut i = 0;
    let mut n: i64 = 0;
    while count == 0 || n < count {
        st.reset();
        if !text.run(&mut st, &p.code, false) {
            break;
        }
        let (b, e) = (st.start, st.ptr);
        if i < b {
            pieces.push(text.slice(vm, i, b));
        }
        let item = if callable {
            let m = new_match(vm, &args.values[0], p, &text, &st, 0, len)?;
            vm.call(&filter, &[m], &[])?
        } else {
            filter.clone()
        };
        if !item.is_none() {
            pieces.push(item);
        }
        i = e;
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    if i < len {
        pieces.push(text.slice(vm, i, len));
    }
    let joiner = text.slice(vm, 0, 0);
    let result = if pieces.is_empty() {
        joiner
    } else {
        join(vm, &text, joiner, pieces)?
    };
    if subn {
        Ok(vm.new_tuple(vec![result, vm.new_int(n)]))
    } else {
        Ok(result)
    }
}

/// `joiner.join(pieces)`, built directly when every piece is an exact `str`.
fn join(vm: &Vm, text: &Text, joiner: Value, pieces: Vec<Value>) -> PyResult<Value> {
    if !text.is_bytes {
        let str_type = &vm.types.str;
        if pieces.iter().all(|v| vm.type_of(v).is(str_type)) {
            if pieces.len() == 1 {
                return Ok(pieces.into_iter().next().unwrap_or(joiner));
            }
            let mut ascii = String::new();
            let all_ascii = pieces.iter().all(|v| {
                payload::<StrData>(v)
                    .and_then(StrData::as_ascii)
                    .map(|s| ascii.push_str(s))
                    .is_some()
            });
            if all_ascii {
                return Ok(vm.new_str(&ascii));
            }
            let cps = pieces
                .iter()
                .filter_map(|v| payload::<StrData>(v))
                .flat_map(|s| s.code_points().collect::<Vec<_>>());
            return Ok(vm.str_value(StrData::from_code_points(cps)));
        }
    }
    vm.call_method(&joiner, "join", &[vm.new_list(pieces)])
}

fn p_sub(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    subx(vm, args, "sub", false)
}

fn p_subn(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    subx(vm, args, "subn", true)
}

fn p_scanner(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = me(vm, &args)?;
    let a = window_args(vm, &args, "scanner")?;
    super::scanner::new_scanner(vm, &args.values[0], p, &a)
}

fn p_finditer(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = me(vm, &args)?;
    let a = window_args(vm, &args, "finditer")?;
    let scanner = super::scanner::new_scanner(vm, &args.values[0], p, &a)?;
    let search = vm.get_attr(&scanner, &vm.intern("search"))?;
    Ok(vm.callable_iter(&search, &Value::NONE))
}

fn p_copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me(vm, &args)?;
    Ok(args.values[0].clone())
}

fn p_deepcopy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me(vm, &args)?;
    args.positional_range(vm, "__deepcopy__", 2, 2)?;
    Ok(args.values[0].clone())
}

fn p_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = me(vm, &args)?;
    let mut flags = p.flags;
    if p.is_bytes == Some(false)
        && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE
    {
        flags &= !FLAG_UNICODE;
    }
    let src = vm.repr_string(&p.pattern.get())?;
    let src: String = src.chars().take(200).collect();
    if flags == 0 {
        return Ok(vm.new_str(&format!("re.compile({src})")));
    }
    let mut names = Vec::new();
    for (name, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("0x{flags:x}"));
    }
    Ok(vm.new_str(&format!("re.compile({src}, {})", names.join("|"))))
}

/// Whether two patterns are equal (CPython's `pattern_richcompare`).
fn equal(vm: &Vm, args: &Args<'_>) -> PyResult<Option<bool>> {
    let a = args.positional_range(vm, "__eq__", 2, 2)?;
    let p = pattern_of(vm, Some(&a[0]))?;
    let Some(q) = state::<Pattern>(&a[1]) else {
        return Ok(None);
    };
    if a[0].is(&a[1]) {
        return Ok(Some(true));
    }
    if p.flags != q.flags || p.is_bytes != q.is_bytes || p.code != q.code {
        return Ok(Some(false));
    }
    let r = vm.eq(&p.pattern.get(), &q.pattern.get())?;
    Ok(Some(r))
}

fn p_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(match equal(vm, &args)? {
        Some(b) => Value::bool(b),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn p_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(match equal(vm, &args)? {
        Some(b) => Value::bool(!b),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn p_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = me(vm, &args)?;
    let mut h = vm.hash(&p.pattern.get())?;
    let mut code_hash: i64 = 0;
    for &w in p.code.iter() {
        code_hash = code_hash.wrapping_mul(1_000_003) ^ i64::from(w);
    }
    h ^= code_hash;
    h ^= i64::from(p.flags);
    h ^= i64::from(p.is_bytes == Some(true));
    h ^= p.code.len() as i64;
    if h == -1 {
        h = -2;
    }
    Ok(vm.new_int(h))
}

fn g_pattern(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(me(vm, &args)?.pattern.get())
}

fn g_flags(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(i64::from(me(vm, &args)?.flags)))
}

fn g_groups(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(me(vm, &args)?.groups as i64))
}

fn g_groupindex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = me(vm, &args)?;
    // CPython returns a read-only mappingproxy; krait has none yet, so a copy.
    let d = vm.new_dict();
    if let Some(src) = payload::<krait_vm::objects::dict::DictData>(&p.groupindex.get()) {
        for (k, v) in src.items() {
            vm.dict_set_item(&d, k, v)?;
        }
    }
    Ok(d)
}
