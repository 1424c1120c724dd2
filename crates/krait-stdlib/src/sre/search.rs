//! Searching (CPython's `SRE(search)`): try the matcher at each position from `st.start`,
//! using the INFO block's literal prefix or first-character set to skip positions where no
//! match can begin.

use super::chars::in_charset;
use super::constants::{at, op, INFO_CHARSET, INFO_LITERAL, INFO_PREFIX};
use super::engine::{run, State, Unit};

/// Matches at `st.start` only (`Pattern.match`/`fullmatch`).
pub fn match_at<C: Unit>(st: &mut State, code: &[u32], text: &[C]) -> bool {
    st.ptr = st.start;
    run(st, code, text, 0, true)
}

/// Searches from `st.start`; on success `st.start..st.ptr` is the match.
pub fn search<C: Unit>(st: &mut State, code: &[u32], text: &[C]) -> bool {
    let mut ptr = st.start;
    let mut end = st.end;
    if ptr > end {
        return false;
    }
    let mut pc = 0;
    let mut flags = 0;
    let mut prefix: &[u32] = &[];
    let mut prefix_skip = 0;
    let mut charset = None;
    if code[0] == op::INFO {
        flags = code[2];
        let min = code[3] as usize;
        if min != 0 && end - ptr < min {
            return false;
        }
        if min > 1 {
            end -= min - 1;
            if end <= ptr {
                end = ptr;
            }
        }
        if flags & INFO_PREFIX != 0 {
            let len = code[5] as usize;
            prefix_skip = code[6] as usize;
            prefix = &code[7..7 + len];
        } else if flags & INFO_CHARSET != 0 {
            charset = Some(5);
        }
        pc = 1 + code[1] as usize;
    }

    if !prefix.is_empty() {
        let end = st.end;
        st.must_advance = false;
        let len = prefix.len();
        if len > end - ptr {
            return false;
        }
        let first = prefix[0];
        let last_start = end - len;
        while ptr <= last_start {
            if text[ptr].cp() == first
                && prefix[1..]
                    .iter()
                    .enumerate()
                    .all(|(k, &c)| text[ptr + 1 + k].cp() == c)
            {
                st.start = ptr;
                st.ptr = ptr + prefix_skip;
                if flags & INFO_LITERAL != 0 {
                    return true;
                }
                if run(st, code, text, pc + 2 * prefix_skip, false) {
                    return true;
                }
                st.lastmark = -1;
                st.lastindex = -1;
            }
            ptr += 1;
        }
        return false;
    }

    if let Some(set) = charset {
        let end = st.end;
        st.must_advance = false;
        loop {
            while ptr < end && !in_charset(code, set, text[ptr].cp()) {
                ptr += 1;
            }
            if ptr >= end {
                return false;
            }
            st.start = ptr;
            st.ptr = ptr;
            if run(st, code, text, pc, false) {
                return true;
            }
            ptr += 1;
            st.lastmark = -1;
            st.lastindex = -1;
        }
    }

    st.start = ptr;
    st.ptr = ptr;
    let mut found = run(st, code, text, pc, true);
    st.must_advance = false;
    if !found
        && code[pc] == op::AT
        && (code[pc + 1] == at::BEGINNING || code[pc + 1] == at::BEGINNING_STRING)
    {
        st.start = end;
        st.ptr = end;
        return false;
    }
    while !found && ptr < end {
        ptr += 1;
        st.lastmark = -1;
        st.lastindex = -1;
        st.start = ptr;
        st.ptr = ptr;
        found = run(st, code, text, pc, false);
    }
    found
}
