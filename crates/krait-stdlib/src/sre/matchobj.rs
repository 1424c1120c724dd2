//! `re.Match` (CPython's `MatchObject`): the spans of one match and its groups, read back as
//! slices of the subject, with CPython's group lookup by number or name, `repr` and
//! attributes.

use super::engine::State;
use super::pattern::{call_re, Pattern};
use super::text::Text;
use crate::convert::parse_keywords;
use crate::native_type::{alloc, state};
use krait_vm::native::Args;
use krait_vm::objects::dict::DictData;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::protocols::payload;
use krait_vm::slot::Slot;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_traits::ToPrimitive;
use std::any::Any;

/// The state of a `re.Match`.
pub struct MatchObj {
    string: Slot,
    re: Slot,
    /// Start and end of group 0, 1, …; -1 for a group that did not take part.
    marks: Box<[isize]>,
    pos: usize,
    endpos: usize,
    lastindex: isize,
    /// The cached `regs` tuple (or NULL).
    regs: Slot,
}

impl NativeObject for MatchObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.string.visit(visit);
        self.re.visit(visit);
        self.regs.visit(visit);
    }

    fn clear(&self) {
        self.string.set(Value::NULL);
        self.re.set(Value::NULL);
        self.regs.set(Value::NULL);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

method_table!(
    /// The methods of `re.Match`.
    MATCH_METHODS,
    Method,
    {
    "group" => m_group, "($self, *args)", "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.";
    "__getitem__" => m_getitem, "($self, key, /)", "Return self[key].";
    "groups" => m_groups, "($self, /, default=None)", "Return a tuple containing all the subgroups of the match, from 1.";
    "groupdict" => m_groupdict, "($self, /, default=None)", "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.";
    "start" => m_start, "($self, group=0, /)", "Return index of the start of the substring matched by group.";
    "end" => m_end, "($self, group=0, /)", "Return index of the end of the substring matched by group.";
    "span" => m_span, "($self, group=0, /)", "For match object m, return the 2-tuple (m.start(group), m.end(group)).";
    "expand" => m_expand, "($self, /, template)", "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.";
    "__copy__" => m_copy, "($self, /)", "";
    "__deepcopy__" => m_deepcopy, "($self, memo, /)", "";
    "__repr__" => m_repr, "($self, /)", "Return repr(self).";
    }
);

method_table!(
    /// The attributes of `re.Match`.
    MATCH_GETTERS,
    Static,
    {
    "string" => g_string, "($self, /)", "The string passed to match() or search().";
    "re" => g_re, "($self, /)", "The regular expression object.";
    "pos" => g_pos, "($self, /)", "The index into the string at which the RE engine started looking for a match.";
    "endpos" => g_endpos, "($self, /)", "The index into the string beyond which the RE engine will not go.";
    "lastindex" => g_lastindex, "($self, /)", "The integer index of the last matched capturing group.";
    "lastgroup" => g_lastgroup, "($self, /)", "The name of the last matched capturing group.";
    "regs" => g_regs, "($self, /)", "";
    }
);

/// A new match of pattern `re` (whose state is `p`) over `text` from the state `st` after a
/// successful match or search (CPython's `pattern_new_match`).
pub fn new_match(
    vm: &Vm,
    re: &Value,
    p: &Pattern,
    text: &Text,
    st: &State,
    pos: usize,
    endpos: usize,
) -> PyResult<Value> {
    let mut marks = vec![-1isize; 2 * (p.groups + 1)];
    marks[0] = st.start as isize;
    marks[1] = st.ptr as isize;
    for g in 1..=p.groups {
        let j = (g - 1) * 2;
        if (j + 1) as isize <= st.lastmark {
            let (a, b) = (st.marks[j], st.marks[j + 1]);
            if a != super::engine::NO_MARK && b != super::engine::NO_MARK {
                if a > b {
                    return Err(vm.new_error(
                        &vm.types.system_error,
                        "The span of capturing group is wrong, please report a bug for the re module.",
                    ));
                }
                marks[2 * g] = a as isize;
                marks[2 * g + 1] = b as isize;
            }
        }
    }
    let ty = super::sre_type(vm, "Match")?;
    Ok(alloc(
        &ty,
        MatchObj {
            string: Slot::new(text.obj.clone()),
            re: Slot::new(re.clone()),
            marks: marks.into_boxed_slice(),
            pos,
            endpos,
            lastindex: st.lastindex,
            regs: Slot::default(),
        },
    ))
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a MatchObj> {
    args.pos()
        .first()
        .and_then(state::<MatchObj>)
        .ok_or_else(|| vm.type_error("descriptor requires a 're.Match' object"))
}

impl MatchObj {
    /// The pattern's `groupindex` dict and `indexgroup` tuple.
    fn names(&self) -> (Value, Value) {
        let re = self.re.get();
        match state::<Pattern>(&re) {
            Some(p) => (p.groupindex.get(), p.indexgroup.get()),
            None => (Value::NONE, Value::NONE),
        }
    }

    fn ngroups(&self) -> usize {
        self.marks.len() / 2
    }

    /// `match_getindex`: the group number named by `index`, or IndexError.
    fn index(&self, vm: &Vm, index: &Value) -> PyResult<usize> {
        let no_such = || vm.new_error(&vm.types.index_error, "no such group");
        let i: i64 = if krait_vm::protocols::convert::int_value(index).is_some()
            || vm.lookup_special(index, "__index__")?.is_some()
        {
            let n = crate::convert::index(vm, index)?;
            n.to_i64().unwrap_or(-1)
        } else {
            let mut i = -1;
            let gi = self.names().0;
            if payload::<DictData>(&gi).is_some_and(|d| !d.is_empty()) {
                if let Some(v) = vm.dict_get_item(&gi, index)? {
                    if let Some(n) = v.as_small_int() {
                        i = n;
                    }
                }
            }
            i
        };
        if i < 0 || i as usize >= self.ngroups() {
            return Err(no_such());
        }
        Ok(i as usize)
    }

    /// Group `g` as a slice of the subject, or `default` if it did not take part.
    fn slice(&self, vm: &Vm, g: usize, default: &Value) -> PyResult<Value> {
        let (a, b) = (self.marks[2 * g], self.marks[2 * g + 1]);
        let string = self.string.get();
        if a < 0 || string.is_none() {
            return Ok(default.clone());
        }
        let text = Text::new(vm, &string)?;
        Ok(text.slice(vm, a as usize, b as usize))
    }

    fn get(&self, vm: &Vm, index: &Value, default: &Value) -> PyResult<Value> {
        let g = self.index(vm, index)?;
        self.slice(vm, g, default)
    }
}

fn m_group(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("group() takes no keyword arguments"));
    }
    let keys = &args.pos()[1..];
    let none = Value::NONE;
    match keys {
        [] => m.slice(vm, 0, &none),
        [k] => m.get(vm, k, &none),
        ks => {
            let items = ks
                .iter()
                .map(|k| m.get(vm, k, &none))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(vm.new_tuple(items))
        }
    }
}

fn m_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let a = args.positional_range(vm, "__getitem__", 2, 2)?;
    m.get(vm, &a[1], &Value::NONE)
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    }
}

fn m_groups(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let a = parse_keywords(vm, &rest(&args), "groups", &["default"], 0, 1, 0)?;
    let default = a[0].clone().unwrap_or(Value::NONE);
    let items = (1..m.ngroups())
        .map(|g| m.slice(vm, g, &default))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(vm.new_tuple(items))
}

fn m_groupdict(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let a = parse_keywords(vm, &rest(&args), "groupdict", &["default"], 0, 1, 0)?;
    let default = a[0].clone().unwrap_or(Value::NONE);
    let d = vm.new_dict();
    let gi = m.names().0;
    if let Some(src) = payload::<DictData>(&gi) {
        for (k, _) in src.items() {
            let v = m.get(vm, &k, &default)?;
            vm.dict_set_item(&d, k, v)?;
        }
    }
    Ok(d)
}

/// The group number of a `start`/`end`/`span` call.
fn group_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(usize, &'static str)> {
    let m = me(vm, args)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    let a = &args.pos()[1..];
    if a.len() > 1 {
        return Err(vm.type_error(&format!(
            "{name} expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let g = match a.first() {
        Some(k) => m.index(vm, k)?,
        None => 0,
    };
    Ok((g, ""))
}

fn m_start(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let (g, _) = group_arg(vm, &args, "start")?;
    Ok(vm.new_int(m.marks[2 * g] as i64))
}

fn m_end(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let (g, _) = group_arg(vm, &args, "end")?;
    Ok(vm.new_int(m.marks[2 * g + 1] as i64))
}

fn span_of(vm: &Vm, m: &MatchObj, g: usize) -> Value {
    vm.new_tuple(vec![
        vm.new_int(m.marks[2 * g] as i64),
        vm.new_int(m.marks[2 * g + 1] as i64),
    ])
}

fn m_span(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let (g, _) = group_arg(vm, &args, "span")?;
    Ok(span_of(vm, m, g))
}

fn m_expand(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let a = parse_keywords(vm, &rest(&args), "expand", &["template"], 0, 1, 1)?;
    let template = a[0].clone().unwrap_or(Value::NONE);
    call_re(
        vm,
        "_expand",
        &[m.re.get(), args.values[0].clone(), template],
    )
}

fn m_copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me(vm, &args)?;
    Ok(args.values[0].clone())
}

fn m_deepcopy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    me(vm, &args)?;
    args.positional_range(vm, "__deepcopy__", 2, 2)?;
    Ok(args.values[0].clone())
}

fn m_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let g0 = m.slice(vm, 0, &Value::NONE)?;
    let r: String = vm.repr_string(&g0)?.chars().take(50).collect();
    Ok(vm.new_str(&format!(
        "<re.Match object; span=({}, {}), match={r}>",
        m.marks[0], m.marks[1]
    )))
}

fn g_string(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(me(vm, &args)?.string.get())
}

fn g_re(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(me(vm, &args)?.re.get())
}

fn g_pos(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(me(vm, &args)?.pos as i64))
}

fn g_endpos(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_int(me(vm, &args)?.endpos as i64))
}

fn g_lastindex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    Ok(if m.lastindex >= 0 {
        vm.new_int(m.lastindex as i64)
    } else {
        Value::NONE
    })
}

fn g_lastgroup(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    if m.lastindex < 0 {
        return Ok(Value::NONE);
    }
    let names = vm.tuple_items(&m.names().1).unwrap_or_default();
    Ok(names
        .get(m.lastindex as usize)
        .cloned()
        .unwrap_or(Value::NONE))
}

fn g_regs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let cached = m.regs.get();
    if !cached.is_null() {
        return Ok(cached);
    }
    let regs = vm.new_tuple((0..m.ngroups()).map(|g| span_of(vm, m, g)).collect());
    m.regs.set(regs.clone());
    Ok(regs)
}
