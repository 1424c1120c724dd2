//! The SRE matcher: a backtracking machine over validated SRE code (the semantics of CPython's
//! Modules/_sre/sre_lib.h `SRE(match)`), written as a loop over an explicit stack of contexts so
//! that no pattern can overflow the Rust stack. A context is what a recursive call of the C
//! matcher would be: where it resumes in its parent (`Jump`), its saved position, counter and
//! `lastmark`. Capture marks saved for backtracking go on a separate data stack, as in CPython,
//! which decides exactly which groups survive a failed alternative.

use super::chars::{
    category, char_loc_ignore, in_charset, in_charset_loc_ignore, is_linebreak, is_loc_word,
    is_uni_word, is_word, lower_ascii, lower_locale, lower_unicode,
};
use super::constants::{at, op, MAXREPEAT};

/// A code unit of a subject: a byte, a UCS-2 unit or a code point.
pub trait Unit: Copy {
    /// The code point.
    fn cp(self) -> u32;
}

impl Unit for u8 {
    #[inline(always)]
    fn cp(self) -> u32 {
        u32::from(self)
    }
}

impl Unit for u16 {
    #[inline(always)]
    fn cp(self) -> u32 {
        u32::from(self)
    }
}

impl Unit for u32 {
    #[inline(always)]
    fn cp(self) -> u32 {
        self
    }
}

/// An unset mark (CPython's NULL mark pointer).
pub const NO_MARK: usize = usize::MAX;

/// Where a finished context resumes its parent (CPython's `JUMP_*` values).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One context of the matcher.
#[derive(Clone, Copy, Debug)]
struct Frame {
    /// The code position the context resumes at (its meaning depends on the opcode).
    pc: usize,
    /// The subject position saved across the child's run.
    ptr: usize,
    /// The repeat counter of REPEAT_ONE/UNTIL/POSSESSIVE_REPEAT.
    count: isize,
    /// The literal that must follow a REPEAT_ONE, or the index of the current repeat.
    aux: usize,
    lastmark: isize,
    lastindex: isize,
    toplevel: bool,
    /// Where to resume the parent when this context finishes.
    jump: Jump,
}

/// A REPEAT's bookkeeping (CPython's `SRE_REPEAT`).
#[derive(Clone, Copy, Debug)]
struct Repeat {
    count: isize,
    /// The position of the REPEAT's skip word.
    pattern: usize,
    prev: Option<usize>,
    /// The subject position of the last iteration (zero-width protection).
    last_ptr: usize,
}

/// The state of one match or search (CPython's `SRE_STATE`), reused across attempts.
pub struct State {
    /// Group marks (2 per group), `NO_MARK` when unset; only `..=lastmark` are valid.
    pub marks: Vec<usize>,
    pub lastmark: isize,
    pub lastindex: isize,
    /// Where the current attempt started (the match's start on success).
    pub start: usize,
    /// The position reached (the match's end on success).
    pub ptr: usize,
    /// The end of the subject the matcher may look at (`endpos`).
    pub end: usize,
    /// Fail empty matches at `start` (finditer/sub/split after an empty match).
    pub must_advance: bool,
    /// The match must reach `end` (`fullmatch`).
    pub match_all: bool,
    frames: Vec<Frame>,
    data: Vec<usize>,
    repeats: Vec<Repeat>,
    repeat: Option<usize>,
}

impl State {
    /// A state for a pattern of `groups` groups over a subject whose slice ends at `end`.
    pub fn new(groups: usize, start: usize, end: usize) -> State {
        State {
            marks: vec![NO_MARK; groups * 2],
            lastmark: -1,
            lastindex: -1,
            start,
            ptr: start,
            end,
            must_advance: false,
            match_all: false,
            frames: Vec::new(),
            data: Vec::new(),
            repeats: Vec::new(),
            repeat: None,
        }
    }

    /// Forgets the marks of a previous attempt (`state_reset`).
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.frames.clear();
        self.data.clear();
        self.repeats.clear();
    }

    /// The span of group `g` (1-based) if it matched.
    pub fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let j = (g - 1) * 2;
        if (j + 1) as isize > self.lastmark {
            return None;
        }
        let (a, b) = (self.marks[j], self.marks[j + 1]);
        if a == NO_MARK || b == NO_MARK || a > b {
            return None;
        }
        Some((a, b))
    }

    #[inline]
    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.data.extend_from_slice(&self.marks[..n]);
        }
    }

    #[inline]
    fn mark_pop(&mut self, lastmark: isize, discard: bool) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let base = self.data.len() - n;
            self.marks[..n].copy_from_slice(&self.data[base..]);
            if discard {
                self.data.truncate(base);
            }
        }
    }

    #[inline]
    fn mark_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.data.truncate(self.data.len() - n);
        }
    }
}

/// Whether the position `p` of `text` (ending at `end`) satisfies the `AT` code `code`.
fn at_position<C: Unit>(text: &[C], end: usize, p: usize, code: u32) -> bool {
    let boundary = |word: fn(u32) -> bool, eq: bool| {
        if end == 0 {
            return false;
        }
        let before = p > 0 && word(text[p - 1].cp());
        let here = p < end && word(text[p].cp());
        (before == here) == eq
    };
    match code {
        at::BEGINNING | at::BEGINNING_STRING => p == 0,
        at::BEGINNING_LINE => p == 0 || is_linebreak(text[p - 1].cp()),
        at::END => p == end || (end - p == 1 && is_linebreak(text[p].cp())),
        at::END_LINE => p == end || is_linebreak(text[p].cp()),
        at::END_STRING => p == end,
        at::BOUNDARY => boundary(is_word, false),
        at::NON_BOUNDARY => boundary(is_word, true),
        at::LOC_BOUNDARY => boundary(is_loc_word, false),
        at::LOC_NON_BOUNDARY => boundary(is_loc_word, true),
        at::UNI_BOUNDARY => boundary(is_uni_word, false),
        at::UNI_NON_BOUNDARY => boundary(is_uni_word, true),
        _ => false,
    }
}

/// Whether the one-character item at `code[pc]` matches the character `c`.
#[inline]
fn one_char(code: &[u32], pc: usize, c: u32) -> bool {
    match code[pc] {
        op::LITERAL => c == code[pc + 1],
        op::NOT_LITERAL => c != code[pc + 1],
        op::ANY => !is_linebreak(c),
        op::ANY_ALL => true,
        op::IN => in_charset(code, pc + 2, c),
        op::IN_IGNORE => in_charset(code, pc + 2, lower_ascii(c)),
        op::IN_UNI_IGNORE => in_charset(code, pc + 2, lower_unicode(c)),
        op::IN_LOC_IGNORE => in_charset_loc_ignore(code, pc + 2, c),
        op::LITERAL_IGNORE => lower_ascii(c) == code[pc + 1],
        op::LITERAL_UNI_IGNORE => lower_unicode(c) == code[pc + 1],
        op::LITERAL_LOC_IGNORE => char_loc_ignore(code[pc + 1], c),
        op::NOT_LITERAL_IGNORE => lower_ascii(c) != code[pc + 1],
        op::NOT_LITERAL_UNI_IGNORE => lower_unicode(c) != code[pc + 1],
        op::NOT_LITERAL_LOC_IGNORE => !char_loc_ignore(code[pc + 1], c),
        op::CATEGORY => category(code[pc + 1], c),
        _ => false,
    }
}

/// `SRE(count)`: how many times (at most `max`) the one-character item at `code[pc]` matches
/// from `st.ptr`.
fn count<C: Unit>(st: &State, code: &[u32], text: &[C], pc: usize, max: u32) -> usize {
    let start = st.ptr;
    let mut end = st.end;
    if max != MAXREPEAT && (max as usize) < end - start {
        end = start + max as usize;
    }
    let span = &text[start..end];
    let n = match code[pc] {
        op::ANY_ALL => span.len(),
        op::LITERAL => {
            let ch = code[pc + 1];
            span.iter().take_while(|u| u.cp() == ch).count()
        }
        op::NOT_LITERAL => {
            let ch = code[pc + 1];
            span.iter().take_while(|u| u.cp() != ch).count()
        }
        op::ANY => span.iter().take_while(|u| !is_linebreak(u.cp())).count(),
        op::IN => span
            .iter()
            .take_while(|u| in_charset(code, pc + 2, u.cp()))
            .count(),
        _ => span
            .iter()
            .take_while(|u| one_char(code, pc, u.cp()))
            .count(),
    };
    n
}

/// Runs the code starting at `pc0` from `st.ptr` (CPython's `SRE(match)`); on success `st.ptr`
/// is the end of the match and the marks describe the groups.
pub fn run<C: Unit>(st: &mut State, code: &[u32], text: &[C], pc0: usize, toplevel: bool) -> bool {
    let end = st.end;
    st.frames.clear();
    st.frames.push(Frame {
        pc: pc0,
        ptr: st.ptr,
        count: 0,
        aux: 0,
        lastmark: -1,
        lastindex: -1,
        toplevel,
        jump: Jump::None,
    });
    let mut pc = pc0;
    let mut ptr;
    // `Some(result)`: the current context finished; `None`: enter the context on top.
    let mut finished: Option<bool> = None;
    let mut enter = true;

    macro_rules! ctx {
        () => {
            st.frames.last_mut().unwrap()
        };
    }
    macro_rules! lastmark_save {
        () => {{
            let (lm, li) = (st.lastmark, st.lastindex);
            let c = ctx!();
            c.lastmark = lm;
            c.lastindex = li;
        }};
    }
    macro_rules! lastmark_restore {
        () => {{
            let c = *ctx!();
            st.lastmark = c.lastmark;
            st.lastindex = c.lastindex;
        }};
    }

    ptr = st.ptr;
    loop {
        if let Some(ret) = finished.take() {
            // ---- a context returned `ret`: resume its parent ----
            let done = st.frames.pop().unwrap();
            let Some(&parent) = st.frames.last() else {
                return ret;
            };
            pc = parent.pc;
            ptr = parent.ptr;
            match done.jump {
                Jump::None => return ret,
                Jump::Branch => {
                    if ret {
                        if st.repeat.is_some() {
                            st.mark_discard(parent.lastmark);
                        }
                        finished = Some(true);
                        continue;
                    }
                    if st.repeat.is_some() {
                        st.mark_pop(parent.lastmark, false);
                    }
                    lastmark_restore!();
                    pc += code[pc] as usize;
                    // fall into the alternatives loop below
                    match branch_next(st, code, text, pc, ptr) {
                        Some(alt) => {
                            call(st, alt, ptr, Jump::Branch, alt + 1, None);
                            pc = alt + 1;
                            ptr = st.ptr;
                            enter = true;
                        }
                        None => {
                            if st.repeat.is_some() {
                                st.mark_discard(parent.lastmark);
                            }
                            finished = Some(false);
                            continue;
                        }
                    }
                }
                Jump::RepeatOne1 | Jump::RepeatOne2 | Jump::MinRepeatOne => {
                    if ret {
                        if st.repeat.is_some() {
                            st.mark_discard(parent.lastmark);
                        }
                        finished = Some(true);
                        continue;
                    }
                    if st.repeat.is_some() {
                        st.mark_pop(parent.lastmark, false);
                    }
                    lastmark_restore!();
                    let p = pc; // the skip word of the repeat
                    let min = code[p + 1] as isize;
                    let max = code[p + 2];
                    let tail = p + code[p] as usize;
                    let mut count = parent.count;
                    let next = match done.jump {
                        Jump::MinRepeatOne => {
                            st.ptr = ptr;
                            if count_one(st, code, text, p + 3) {
                                ptr += 1;
                                count += 1;
                                if max == MAXREPEAT || count <= max as isize {
                                    Some(ptr)
                                } else {
                                    None
                                }
                            } else {
                                None
                            }
                        }
                        Jump::RepeatOne1 => {
                            ptr = ptr.wrapping_sub(1);
                            count -= 1;
                            let chr = parent.aux as u32;
                            while count >= min && (ptr >= end || text[ptr].cp() != chr) {
                                ptr = ptr.wrapping_sub(1);
                                count -= 1;
                            }
                            (count >= min).then_some(ptr)
                        }
                        _ => {
                            ptr = ptr.wrapping_sub(1);
                            count -= 1;
                            (count >= min).then_some(ptr)
                        }
                    };
                    match next {
                        Some(at) => {
                            let c = ctx!();
                            c.count = count;
                            st.ptr = at;
                            call(st, p, at, done.jump, tail, None);
                            pc = tail;
                            ptr = at;
                            enter = true;
                        }
                        None => {
                            if st.repeat.is_some() {
                                st.mark_discard(parent.lastmark);
                            }
                            finished = Some(false);
                            continue;
                        }
                    }
                }
                Jump::Repeat => {
                    let rep = st.repeats.pop().unwrap();
                    st.repeat = rep.prev;
                    finished = Some(ret);
                    continue;
                }
                Jump::MaxUntil1 | Jump::MinUntil1 => {
                    if ret {
                        finished = Some(true);
                        continue;
                    }
                    let r = parent.aux;
                    st.repeats[r].count = parent.count - 1;
                    st.ptr = ptr;
                    finished = Some(false);
                    continue;
                }
                Jump::MaxUntil2 => {
                    let r = parent.aux;
                    let saved = st.data.pop().unwrap();
                    st.repeats[r].last_ptr = saved;
                    if ret {
                        st.mark_discard(parent.lastmark);
                        finished = Some(true);
                        continue;
                    }
                    st.mark_pop(parent.lastmark, true);
                    lastmark_restore!();
                    st.repeats[r].count = parent.count - 1;
                    st.ptr = ptr;
                    // the tail
                    st.repeat = st.repeats[r].prev;
                    call(st, pc, ptr, Jump::MaxUntil3, pc, None);
                    enter = true;
                }
                Jump::MaxUntil3 => {
                    st.repeat = Some(parent.aux);
                    if ret {
                        finished = Some(true);
                        continue;
                    }
                    st.ptr = ptr;
                    finished = Some(false);
                    continue;
                }
                Jump::MinUntil2 => {
                    let r = parent.aux;
                    let repeat_of_tail = st.repeat;
                    st.repeat = Some(r);
                    if ret {
                        if repeat_of_tail.is_some() {
                            st.mark_discard(parent.lastmark);
                        }
                        finished = Some(true);
                        continue;
                    }
                    if repeat_of_tail.is_some() {
                        st.mark_pop(parent.lastmark, true);
                    }
                    lastmark_restore!();
                    st.ptr = ptr;
                    let rp = st.repeats[r].pattern;
                    let max = code[rp + 2];
                    if (parent.count >= max as isize && max != MAXREPEAT)
                        || st.ptr == st.repeats[r].last_ptr
                    {
                        finished = Some(false);
                        continue;
                    }
                    st.repeats[r].count = parent.count;
                    st.data.push(st.repeats[r].last_ptr);
                    st.repeats[r].last_ptr = st.ptr;
                    call(st, pc, ptr, Jump::MinUntil3, rp + 3, None);
                    pc = rp + 3;
                    enter = true;
                }
                Jump::MinUntil3 => {
                    let r = parent.aux;
                    let saved = st.data.pop().unwrap();
                    st.repeats[r].last_ptr = saved;
                    if ret {
                        finished = Some(true);
                        continue;
                    }
                    st.repeats[r].count = parent.count - 1;
                    st.ptr = ptr;
                    finished = Some(false);
                    continue;
                }
                Jump::Assert => {
                    if !ret {
                        finished = Some(false);
                        continue;
                    }
                    pc += code[pc] as usize;
                    enter = false;
                }
                Jump::AssertNot => {
                    if ret {
                        if st.repeat.is_some() {
                            st.mark_discard(parent.lastmark);
                        }
                        finished = Some(false);
                        continue;
                    }
                    if st.repeat.is_some() {
                        st.mark_pop(parent.lastmark, true);
                    }
                    lastmark_restore!();
                    pc += code[pc] as usize;
                    enter = false;
                }
                Jump::AtomicGroup => {
                    if !ret {
                        st.ptr = ptr;
                        finished = Some(false);
                        continue;
                    }
                    pc += code[pc] as usize;
                    ptr = st.ptr;
                    enter = false;
                }
                Jump::PossRepeat1 => {
                    if !ret {
                        st.ptr = ptr;
                        finished = Some(false);
                        continue;
                    }
                    let count = parent.count + 1;
                    ctx!().count = count;
                    match poss_repeat_step(st, code, pc, ptr, count, true) {
                        PossStep::Call(next) => {
                            pc = next;
                            enter = true;
                        }
                        PossStep::Tail(next) => {
                            pc = next;
                            ptr = st.ptr;
                            enter = false;
                        }
                    }
                }
                Jump::PossRepeat2 => {
                    if ret {
                        st.mark_discard(parent.lastmark);
                        let count = parent.count + 1;
                        ctx!().count = count;
                        match poss_repeat_step(st, code, pc, ptr, count, false) {
                            PossStep::Call(next) => {
                                pc = next;
                                enter = true;
                            }
                            PossStep::Tail(next) => {
                                pc = next;
                                ptr = st.ptr;
                                enter = false;
                            }
                        }
                    } else {
                        st.mark_pop(parent.lastmark, true);
                        lastmark_restore!();
                        st.ptr = ptr;
                        pc += code[pc] as usize + 1;
                        ptr = st.ptr;
                        enter = false;
                    }
                }
            }
            if enter {
                ptr = st.ptr;
            }
        }

        if enter {
            // ---- entrance of a new context ----
            enter = false;
            ptr = st.ptr;
            if code[pc] == op::INFO {
                let min = code[pc + 3] as usize;
                if min != 0 && end - ptr < min {
                    finished = Some(false);
                    continue;
                }
                pc += code[pc + 1] as usize + 1;
            }
        }

        // ---- dispatch ----
        let toplevel = ctx!().toplevel;
        finished = Some(loop {
            let o = code[pc];
            match o {
                op::MARK => {
                    let i = code[pc + 1] as isize;
                    if i & 1 == 1 {
                        st.lastindex = i / 2 + 1;
                    }
                    if i > st.lastmark {
                        for j in (st.lastmark + 1)..i {
                            st.marks[j as usize] = NO_MARK;
                        }
                        st.lastmark = i;
                    }
                    st.marks[i as usize] = ptr;
                    pc += 2;
                }
                op::LITERAL => {
                    if ptr >= end || text[ptr].cp() != code[pc + 1] {
                        break false;
                    }
                    pc += 2;
                    ptr += 1;
                }
                op::NOT_LITERAL => {
                    if ptr >= end || text[ptr].cp() == code[pc + 1] {
                        break false;
                    }
                    pc += 2;
                    ptr += 1;
                }
                op::SUCCESS => {
                    if toplevel
                        && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start))
                    {
                        break false;
                    }
                    st.ptr = ptr;
                    break true;
                }
                op::AT => {
                    if !at_position(text, end, ptr, code[pc + 1]) {
                        break false;
                    }
                    pc += 2;
                }
                op::ANY | op::ANY_ALL | op::CATEGORY => {
                    if ptr >= end || !one_char(code, pc, text[ptr].cp()) {
                        break false;
                    }
                    pc += if o == op::CATEGORY { 2 } else { 1 };
                    ptr += 1;
                }
                op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                    if ptr >= end || !one_char(code, pc, text[ptr].cp()) {
                        break false;
                    }
                    pc += 1 + code[pc + 1] as usize;
                    ptr += 1;
                }
                op::LITERAL_IGNORE
                | op::LITERAL_UNI_IGNORE
                | op::LITERAL_LOC_IGNORE
                | op::NOT_LITERAL_IGNORE
                | op::NOT_LITERAL_UNI_IGNORE
                | op::NOT_LITERAL_LOC_IGNORE => {
                    if ptr >= end || !one_char(code, pc, text[ptr].cp()) {
                        break false;
                    }
                    pc += 2;
                    ptr += 1;
                }
                op::JUMP | op::INFO => {
                    pc += 1 + code[pc + 1] as usize;
                }
                op::BRANCH => {
                    lastmark_save!();
                    if st.repeat.is_some() {
                        st.mark_push(st.lastmark);
                    }
                    match branch_next(st, code, text, pc + 1, ptr) {
                        Some(alt) => {
                            st.ptr = ptr;
                            call(st, alt, ptr, Jump::Branch, alt + 1, None);
                            pc = alt + 1;
                            enter = true;
                            break false;
                        }
                        None => {
                            if st.repeat.is_some() {
                                let lm = ctx!().lastmark;
                                st.mark_discard(lm);
                            }
                            break false;
                        }
                    }
                }
                op::REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                    let p = pc + 1;
                    let min = code[p + 1] as usize;
                    if min > end - ptr {
                        break false;
                    }
                    st.ptr = ptr;
                    let n = count(st, code, text, p + 3, code[p + 2]);
                    ptr += n;
                    if n < min {
                        break false;
                    }
                    let tail = p + code[p] as usize;
                    if code[tail] == op::SUCCESS
                        && ptr == end
                        && !(toplevel && st.must_advance && ptr == st.start)
                    {
                        st.ptr = ptr;
                        break true;
                    }
                    if o == op::POSSESSIVE_REPEAT_ONE {
                        pc = tail;
                        continue;
                    }
                    lastmark_save!();
                    if st.repeat.is_some() {
                        st.mark_push(st.lastmark);
                    }
                    let mut count = n as isize;
                    let min = min as isize;
                    let (jump, chr) = if code[tail] == op::LITERAL {
                        let chr = code[tail + 1];
                        while count >= min && (ptr >= end || text[ptr].cp() != chr) {
                            ptr = ptr.wrapping_sub(1);
                            count -= 1;
                        }
                        (Jump::RepeatOne1, chr as usize)
                    } else {
                        (Jump::RepeatOne2, 0)
                    };
                    if count < min {
                        if st.repeat.is_some() {
                            let lm = ctx!().lastmark;
                            st.mark_discard(lm);
                        }
                        break false;
                    }
                    {
                        let c = ctx!();
                        c.count = count;
                        c.aux = chr;
                    }
                    st.ptr = ptr;
                    call(st, p, ptr, jump, tail, None);
                    pc = tail;
                    enter = true;
                    break false;
                }
                op::MIN_REPEAT_ONE => {
                    let p = pc + 1;
                    let min = code[p + 1] as usize;
                    if min > end - ptr {
                        break false;
                    }
                    st.ptr = ptr;
                    let mut n = 0;
                    if min > 0 {
                        n = count(st, code, text, p + 3, min as u32);
                        if n < min {
                            break false;
                        }
                        ptr += n;
                    }
                    let tail = p + code[p] as usize;
                    if code[tail] == op::SUCCESS
                        && !(toplevel
                            && ((st.match_all && ptr != end)
                                || (st.must_advance && ptr == st.start)))
                    {
                        st.ptr = ptr;
                        break true;
                    }
                    lastmark_save!();
                    if st.repeat.is_some() {
                        st.mark_push(st.lastmark);
                    }
                    let max = code[p + 2];
                    if max == MAXREPEAT || n <= max as usize {
                        ctx!().count = n as isize;
                        st.ptr = ptr;
                        call(st, p, ptr, Jump::MinRepeatOne, tail, None);
                        pc = tail;
                        enter = true;
                        break false;
                    }
                    if st.repeat.is_some() {
                        let lm = ctx!().lastmark;
                        st.mark_discard(lm);
                    }
                    break false;
                }
                op::REPEAT => {
                    let p = pc + 1;
                    st.repeats.push(Repeat {
                        count: -1,
                        pattern: p,
                        prev: st.repeat,
                        last_ptr: NO_MARK,
                    });
                    st.repeat = Some(st.repeats.len() - 1);
                    st.ptr = ptr;
                    let next = p + code[p] as usize;
                    call(st, p, ptr, Jump::Repeat, next, None);
                    pc = next;
                    enter = true;
                    break false;
                }
                op::MAX_UNTIL | op::MIN_UNTIL => {
                    let Some(r) = st.repeat else {
                        break false;
                    };
                    st.ptr = ptr;
                    let count = st.repeats[r].count + 1;
                    let rp = st.repeats[r].pattern;
                    let (min, max) = (code[rp + 1] as isize, code[rp + 2]);
                    {
                        let c = ctx!();
                        c.count = count;
                        c.aux = r;
                    }
                    let tail = pc + 1;
                    if count < min {
                        st.repeats[r].count = count;
                        let j = if o == op::MAX_UNTIL {
                            Jump::MaxUntil1
                        } else {
                            Jump::MinUntil1
                        };
                        call(st, tail, ptr, j, rp + 3, None);
                        pc = rp + 3;
                        enter = true;
                        break false;
                    }
                    if o == op::MAX_UNTIL {
                        if (count < max as isize || max == MAXREPEAT)
                            && st.ptr != st.repeats[r].last_ptr
                        {
                            st.repeats[r].count = count;
                            lastmark_save!();
                            st.mark_push(st.lastmark);
                            st.data.push(st.repeats[r].last_ptr);
                            st.repeats[r].last_ptr = st.ptr;
                            call(st, tail, ptr, Jump::MaxUntil2, rp + 3, None);
                            pc = rp + 3;
                            enter = true;
                            break false;
                        }
                        st.repeat = st.repeats[r].prev;
                        call(st, tail, ptr, Jump::MaxUntil3, tail, None);
                        pc = tail;
                        enter = true;
                        break false;
                    }
                    st.repeat = st.repeats[r].prev;
                    lastmark_save!();
                    if st.repeat.is_some() {
                        st.mark_push(st.lastmark);
                    }
                    call(st, tail, ptr, Jump::MinUntil2, tail, None);
                    pc = tail;
                    enter = true;
                    break false;
                }
                op::POSSESSIVE_REPEAT => {
                    let p = pc + 1;
                    st.ptr = ptr;
                    ctx!().count = 0;
                    match poss_repeat_step(st, code, p, ptr, 0, true) {
                        PossStep::Call(next) => {
                            pc = next;
                            enter = true;
                            break false;
                        }
                        PossStep::Tail(next) => {
                            pc = next;
                            ptr = st.ptr;
                        }
                    }
                }
                op::ATOMIC_GROUP => {
                    let p = pc + 1;
                    st.ptr = ptr;
                    call(st, p, ptr, Jump::AtomicGroup, p + 1, Some(false));
                    pc = p + 1;
                    enter = true;
                    break false;
                }
                op::GROUPREF
                | op::GROUPREF_IGNORE
                | op::GROUPREF_UNI_IGNORE
                | op::GROUPREF_LOC_IGNORE => {
                    let g = code[pc + 1] as usize * 2;
                    if g as isize >= st.lastmark {
                        break false;
                    }
                    let (a, b) = (st.marks[g], st.marks[g + 1]);
                    if a == NO_MARK || b == NO_MARK || b < a {
                        break false;
                    }
                    let n = b - a;
                    if n > end - ptr {
                        break false;
                    }
                    let fold: fn(u32) -> u32 = match o {
                        op::GROUPREF => |c| c,
                        op::GROUPREF_IGNORE => lower_ascii,
                        op::GROUPREF_UNI_IGNORE => lower_unicode,
                        _ => lower_locale,
                    };
                    let same = (0..n).all(|k| fold(text[ptr + k].cp()) == fold(text[a + k].cp()));
                    if !same {
                        break false;
                    }
                    ptr += n;
                    pc += 2;
                }
                op::GROUPREF_EXISTS => {
                    let p = pc + 1;
                    let g = code[p] as usize * 2;
                    let exists = (g as isize) < st.lastmark && {
                        let (a, b) = (st.marks[g], st.marks[g + 1]);
                        a != NO_MARK && b != NO_MARK && a <= b
                    };
                    pc = if exists {
                        p + 2
                    } else {
                        p + code[p + 1] as usize
                    };
                }
                op::ASSERT => {
                    let p = pc + 1;
                    let back = code[p + 1] as usize;
                    if ptr < back {
                        break false;
                    }
                    st.ptr = ptr - back;
                    call(st, p, ptr, Jump::Assert, p + 2, Some(false));
                    pc = p + 2;
                    enter = true;
                    break false;
                }
                op::ASSERT_NOT => {
                    let p = pc + 1;
                    let back = code[p + 1] as usize;
                    if ptr >= back {
                        st.ptr = ptr - back;
                        lastmark_save!();
                        if st.repeat.is_some() {
                            st.mark_push(st.lastmark);
                        }
                        call(st, p, ptr, Jump::AssertNot, p + 2, Some(false));
                        pc = p + 2;
                        enter = true;
                        break false;
                    }
                    pc = p + code[p] as usize;
                }
                _ => break false,
            }
        });
        if enter {
            finished = None;
        }
    }
}

/// Saves `pc`/`ptr` in the current context and pushes a child context resuming the parent at
/// `jump`, starting at `_next` (the caller sets `pc`); `toplevel` is inherited unless given.
#[inline]
fn call(st: &mut State, pc: usize, ptr: usize, jump: Jump, _next: usize, toplevel: Option<bool>) {
    let parent = st.frames.last_mut().unwrap();
    parent.pc = pc;
    parent.ptr = ptr;
    let toplevel = toplevel.unwrap_or(parent.toplevel);
    st.frames.push(Frame {
        pc: 0,
        ptr: 0,
        count: 0,
        aux: 0,
        lastmark: -1,
        lastindex: -1,
        toplevel,
        jump,
    });
}

/// The next alternative of a BRANCH from `alt` (the skip word of an alternative) that is not
/// ruled out by its first literal or set, if any.
fn branch_next<C: Unit>(
    st: &State,
    code: &[u32],
    text: &[C],
    mut alt: usize,
    ptr: usize,
) -> Option<usize> {
    let end = st.end;
    while code[alt] != 0 {
        let first = code[alt + 1];
        let skip = if first == op::LITERAL {
            ptr >= end || text[ptr].cp() != code[alt + 2]
        } else if first == op::IN {
            ptr >= end || !in_charset(code, alt + 3, text[ptr].cp())
        } else {
            false
        };
        if !skip {
            return Some(alt);
        }
        alt += code[alt] as usize;
    }
    None
}

/// Whether the one-character item at `code[pc]` matches at `st.ptr`.
fn count_one<C: Unit>(st: &State, code: &[u32], text: &[C], pc: usize) -> bool {
    st.ptr < st.end && one_char(code, pc, text[st.ptr].cp())
}

/// What a POSSESSIVE_REPEAT does next.
enum PossStep {
    /// A child context was pushed starting at this position.
    Call(usize),
    /// The repeat is done: continue with the tail at this position.
    Tail(usize),
}

/// The loop of POSSESSIVE_REPEAT (its skip word at `p`) after `count` iterations; `ptr` is
/// the context's saved position (the start in the minimum phase, the last good position
/// after it).
fn poss_repeat_step(
    st: &mut State,
    code: &[u32],
    p: usize,
    ptr: usize,
    count: isize,
    minimum_phase: bool,
) -> PossStep {
    let (min, max) = (code[p + 1] as isize, code[p + 2]);
    if minimum_phase && count < min {
        call(st, p, ptr, Jump::PossRepeat1, p + 3, Some(false));
        return PossStep::Call(p + 3);
    }
    // After the minimum, `ptr` is the position before the last iteration; at the switch it
    // is "none" so that the loop runs at least once.
    let last = if minimum_phase { NO_MARK } else { ptr };
    if (count < max as isize || max == MAXREPEAT) && st.ptr != last {
        let (lm, li) = (st.lastmark, st.lastindex);
        {
            let c = st.frames.last_mut().unwrap();
            c.lastmark = lm;
            c.lastindex = li;
            c.count = count;
        }
        st.mark_push(lm);
        let here = st.ptr;
        call(st, p, here, Jump::PossRepeat2, p + 3, Some(false));
        return PossStep::Call(p + 3);
    }
    PossStep::Tail(p + code[p] as usize + 1)
}
