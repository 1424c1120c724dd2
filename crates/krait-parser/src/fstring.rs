//! Concatenated string literals and 3.11 f-strings (CPython's `_PyPegen_concatenate_strings`
//! and the f-string parser of Parser/string_parser.c): STRING tokens are decoded after
//! tokenizing; each replacement field's expression is parsed by a nested [`Parser`] over
//! `"(" + text + ")"` whose tokens are shifted to the field's place, with 3.11's location rules
//! (`fstring_find_expr_location`). Constants and FormattedValues inside a JoinedStr carry the
//! location of the whole concatenation, as in CPython 3.11.

use crate::ast::*;
use crate::parser::errors::{err_loc, tok_loc};
use crate::parser::{PErr, PResult, Parser};
use crate::strings::{decode_bytes_escapes, decode_str_escapes, split_token};
use crate::token::{TokKind, Token};
use crate::wtf8::Wtf8Buf;

/// The values of a JoinedStr being built: literal text is accumulated and flushed as one
/// Constant when an expression part arrives.
struct Builder {
    values: Vec<Expr>,
    lit: Wtf8Buf,
    loc: Loc,
    /// Constants get `kind='u'` when the token CPython attributes them to starts with `u`.
    kind_u: bool,
}

impl Builder {
    fn flush(&mut self) {
        if !self.lit.is_empty() {
            let s = std::mem::take(&mut self.lit);
            self.values.push(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Str(s),
                    kind: if self.kind_u { Some("u".into()) } else { None },
                },
                loc: self.loc,
            });
        }
    }
}

/// Builds the Constant or JoinedStr for the STRING tokens `toks` (at least one).
pub fn concatenate(p: &mut Parser<'_>, toks: &[Token]) -> PResult<Expr> {
    let first = toks[0];
    let last = toks[toks.len() - 1];
    let loc = Loc {
        lineno: first.lineno,
        col_offset: first.col,
        end_lineno: last.end_lineno,
        end_col_offset: last.end_col,
    };
    let mut any_bytes = false;
    let mut any_str = false;
    let mut any_f = false;
    for t in toks {
        // Undecodable bytes (possible only without a coding cookie) are reported here, as
        // CPython does when it decodes the literal; the position counts from the body.
        let raw = &p.src[t.start as usize..t.end as usize];
        if let Some((i, _)) = crate::source::utf8_error(raw) {
            let body_start = raw
                .iter()
                .position(|&c| c == b'"' || c == b'\'')
                .unwrap_or(0);
            let q = raw[body_start];
            let triple =
                raw.len() >= body_start + 6 && raw[body_start + 1] == q && raw[body_start + 2] == q;
            let body = body_start + if triple { 3 } else { 1 };
            let msg = crate::source::utf8_error(&raw[body.min(i)..])
                .map(|(_, m)| m)
                .unwrap_or_default();
            return Err(p.err_last(msg));
        }
        let st = split_token(p.text(t));
        if st.bytes {
            any_bytes = true;
        } else {
            any_str = true;
        }
        any_f |= st.fstring;
    }
    if any_bytes && any_str {
        return Err(p.err_last("cannot mix bytes and nonbytes literals"));
    }
    if any_bytes {
        let mut out = Vec::new();
        for t in toks {
            let st = split_token(p.text(t));
            if !st.body.is_ascii() {
                // CPython's end column here is the token's byte end + 1, unconverted.
                return Err(err_loc(
                    "bytes can only contain ASCII literal characters",
                    tok_loc(t),
                ));
            }
            if st.raw {
                out.extend_from_slice(st.body.as_bytes());
            } else {
                decode_bytes_escapes(st.body.as_bytes(), &mut out).map_err(|m| p.err_last(m))?;
            }
        }
        return Ok(Expr {
            kind: ExprKind::Constant {
                value: Constant::Bytes(out),
                kind: None,
            },
            loc,
        });
    }
    if !any_f {
        let mut s = Wtf8Buf::new();
        for t in toks {
            let st = split_token(p.text(t));
            if st.raw {
                s.push_str(st.body);
            } else {
                decode_str_escapes(st.body, &mut s).map_err(|m| p.err_last(m))?;
            }
        }
        // Only a lowercase `u` prefix on the first token (CPython tests `the_str[0] == 'u'`).
        let u = p.text(&first).starts_with('u');
        return Ok(Expr {
            kind: ExprKind::Constant {
                value: Constant::Str(s),
                kind: if u { Some("u".into()) } else { None },
            },
            loc,
        });
    }
    let mut b = Builder {
        values: Vec::new(),
        lit: Wtf8Buf::new(),
        loc,
        kind_u: p.text(&first).starts_with('u'),
    };
    for t in toks {
        let text = p.text(t);
        let st = split_token(text);
        if !st.fstring {
            if st.raw {
                b.lit.push_str(st.body);
            } else {
                decode_str_escapes(st.body, &mut b.lit).map_err(|m| p.err_last(m))?;
            }
            continue;
        }
        let mut pos = st.body_offset;
        let end = st.body_offset + st.body.len();
        fstring_body(p, t, text, &mut pos, end, st.raw, 0, &mut b, last)?;
    }
    b.flush();
    Ok(Expr {
        kind: ExprKind::JoinedStr { values: b.values },
        loc,
    })
}

/// Parses f-string body text `text[*pos..end]` (of token `t`) into `b`. At `recurse_lvl` 1
/// (a format spec), stops at the closing `}`.
#[allow(clippy::too_many_arguments)]
fn fstring_body(
    p: &mut Parser<'_>,
    t: &Token,
    text: &str,
    pos: &mut usize,
    end: usize,
    raw: bool,
    recurse_lvl: u32,
    b: &mut Builder,
    last: Token,
) -> PResult<()> {
    let bytes = text.as_bytes();
    loop {
        // Literal part.
        let lit_start = *pos;
        let lit_end;
        let mut i = *pos;
        let after;
        loop {
            if i >= end {
                lit_end = i;
                after = i;
                break;
            }
            let ch = bytes[i];
            if !raw && ch == b'\\' && i + 1 < end {
                let n = bytes[i + 1];
                if n == b'N' {
                    i += 2;
                    if i < end && bytes[i] == b'{' {
                        i += 1;
                        while i < end && bytes[i] != b'}' {
                            i += 1;
                        }
                        i += 1;
                    }
                    continue;
                }
                if n == b'{' || n == b'}' {
                    // CPython consumes the backslash; the brace still opens or closes a field.
                    i += 1;
                } else {
                    i += 2;
                    continue;
                }
            }
            let ch = bytes[i];
            if ch == b'{' || ch == b'}' {
                if recurse_lvl == 0 {
                    if i + 1 < end && bytes[i + 1] == ch {
                        // Doubled brace: the literal keeps one.
                        lit_end = i + 1;
                        after = i + 2;
                        break;
                    }
                    if ch == b'}' {
                        return Err(p.err_last("f-string: single '}' is not allowed"));
                    }
                }
                lit_end = i;
                after = i;
                break;
            }
            i += 1;
        }
        let lit = &text[lit_start..lit_end.min(end)];
        if !lit.is_empty() {
            if raw {
                b.lit.push_str(lit);
            } else {
                // A backslash right before a brace stays a backslash.
                let trailing = lit.len() - lit.trim_end_matches('\\').len();
                if trailing % 2 == 1 {
                    decode_str_escapes(&lit[..lit.len() - 1], &mut b.lit)
                        .map_err(|m| p.err_last(m))?;
                    b.lit.push_char('\\');
                } else {
                    decode_str_escapes(lit, &mut b.lit).map_err(|m| p.err_last(m))?;
                }
            }
        }
        *pos = after;
        if *pos >= end {
            return Ok(());
        }
        let ch = bytes[*pos];
        if lit_end != after {
            // A doubled brace was consumed; continue with more literal.
            continue;
        }
        if ch == b'}' {
            // End of a format spec (recurse_lvl > 0).
            return Ok(());
        }
        // ch == '{': a replacement field.
        *pos += 1;
        replacement_field(p, t, text, pos, end, raw, recurse_lvl, b, last)?;
    }
}

#[allow(clippy::too_many_arguments)]
fn replacement_field(
    p: &mut Parser<'_>,
    t: &Token,
    text: &str,
    pos: &mut usize,
    end: usize,
    raw: bool,
    recurse_lvl: u32,
    b: &mut Builder,
    last: Token,
) -> PResult<()> {
    if recurse_lvl >= 2 {
        return Err(p.err_last("f-string: expressions nested too deeply"));
    }
    let bytes = text.as_bytes();
    let expr_start = *pos;
    let mut quote: u8 = 0;
    let mut string_type = 0;
    let mut stack: Vec<u8> = Vec::new();
    let mut i = *pos;
    while i < end {
        let ch = bytes[i];
        if ch == b'\\' {
            return Err(p.err_last("f-string expression part cannot include a backslash"));
        }
        if quote != 0 {
            if ch == quote {
                if string_type == 3 {
                    if i + 2 < end && bytes[i + 1] == ch && bytes[i + 2] == ch {
                        i += 3;
                        string_type = 0;
                        quote = 0;
                        continue;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            i += 1;
            continue;
        }
        match ch {
            b'\'' | b'"' => {
                if i + 2 < end && bytes[i + 1] == ch && bytes[i + 2] == ch {
                    string_type = 3;
                    i += 2;
                } else {
                    string_type = 1;
                }
                quote = ch;
            }
            b'[' | b'{' | b'(' => {
                if stack.len() >= 200 {
                    return Err(p.err_last("f-string: too many nested parenthesis"));
                }
                stack.push(ch);
            }
            b'#' => return Err(p.err_last("f-string expression part cannot include '#'")),
            b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                let next = if i + 1 < end { bytes[i + 1] } else { 0 };
                if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                    i += 2;
                    continue;
                }
                if ch == b'>' || ch == b'<' {
                    i += 1;
                    continue;
                }
                break;
            }
            b']' | b'}' | b')' => {
                let Some(open) = stack.pop() else {
                    return Err(p.err_last(format!("f-string: unmatched '{}'", ch as char)));
                };
                let ok = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !ok {
                    return Err(p.err_last(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    )));
                }
            }
            _ => {}
        }
        i += 1;
    }
    let expr_end = i;
    if quote != 0 {
        return Err(p.err_last("f-string: unterminated string"));
    }
    if let Some(&open) = stack.last() {
        return Err(p.err_last(format!("f-string: unmatched '{}'", open as char)));
    }
    if i >= end {
        return Err(p.err_last("f-string: expecting '}'"));
    }
    let value = compile_expr(p, t, text, expr_start, expr_end)?;
    *pos = expr_end;
    let mut expr_text: Option<&str> = None;
    if bytes[*pos] == b'=' {
        *pos += 1;
        while *pos < end
            && matches!(
                bytes[*pos],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'
            )
        {
            *pos += 1;
        }
        if *pos >= end {
            return Err(p.err_last("f-string: expecting '}'"));
        }
        expr_text = Some(&text[expr_start..*pos]);
    }
    let mut conversion: i32 = -1;
    if bytes[*pos] == b'!' {
        *pos += 1;
        if *pos >= end {
            return Err(p.err_last("f-string: expecting '}'"));
        }
        let c = bytes[*pos];
        *pos += 1;
        if !matches!(c, b's' | b'r' | b'a') {
            return Err(
                p.err_last("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            );
        }
        conversion = c as i32;
    }
    let mut format_spec = None;
    if *pos < end && bytes[*pos] == b':' {
        *pos += 1;
        if *pos >= end {
            return Err(p.err_last("f-string: expecting '}'"));
        }
        let mut sb = Builder {
            values: Vec::new(),
            lit: Wtf8Buf::new(),
            loc: b.loc,
            kind_u: b.kind_u,
        };
        fstring_body(p, t, text, pos, end, raw, recurse_lvl + 1, &mut sb, last)?;
        // The spec's last literal belongs to this (f-string) token.
        sb.loc = tok_loc(t);
        sb.kind_u = false;
        sb.flush();
        let sloc = tok_loc(t);
        format_spec = Some(Box::new(Expr {
            kind: ExprKind::JoinedStr { values: sb.values },
            loc: sloc,
        }));
    }
    if *pos >= end || bytes[*pos] != b'}' {
        return Err(p.err_last("f-string: expecting '}'"));
    }
    *pos += 1;
    if let Some(et) = expr_text {
        b.lit.push_str(et);
        if format_spec.is_none() && conversion == -1 {
            conversion = b'r' as i32;
        }
    }
    b.flush();
    b.values.push(Expr {
        kind: ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        },
        loc: b.loc,
    });
    Ok(())
}

/// Parses the expression `text[start..end]` of a replacement field (CPython's
/// `fstring_compile_expr`), with its tokens placed where they are in the file.
fn compile_expr(
    p: &mut Parser<'_>,
    t: &Token,
    text: &str,
    start: usize,
    end: usize,
) -> PResult<Expr> {
    let expr = &text[start..end];
    if expr
        .bytes()
        .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
    {
        let msg = match text.as_bytes().get(end) {
            Some(&c) if matches!(c, b'!' | b':' | b'=') => {
                format!("f-string: expression required before '{}'", c as char)
            }
            _ => "f-string: empty expression not allowed".to_owned(),
        };
        return Err(p.err_last(msg));
    }
    // fstring_find_expr_location: lines before the '{' and the column shift.
    let brace = start - 1;
    let bytes = text.as_bytes();
    let mut newline_after_brace = true;
    let mut k = start;
    while k < bytes.len() && bytes[k] != b'}' && bytes[k] != b'\n' {
        if !matches!(bytes[k], b' ' | b'\t' | b'\x0c') {
            newline_after_brace = false;
            break;
        }
        k += 1;
    }
    let mut cols: u32 = 0;
    if !newline_after_brace {
        let mut s = brace;
        while s > 0 && bytes[s] != b'\n' {
            s -= 1;
        }
        cols = (brace - s) as u32;
        if bytes[s] == b'\n' {
            cols -= 1;
        }
    }
    let lines = bytes[..brace].iter().filter(|&&c| c == b'\n').count() as u32;
    let start_line = t.lineno + lines;
    let start_col = if lines != 0 { cols } else { t.col + cols };
    let mut src = Vec::with_capacity(expr.len() + 2);
    src.push(b'(');
    src.extend_from_slice(expr.as_bytes());
    src.push(b')');
    match parse_field(p, &src, start_line - 1, start_col, 0) {
        Ok(e) => Ok(e),
        // CPython reports errors inside a replacement field in the coordinates of the
        // "(expr)" string it parses, not of the file.
        Err(_) => match parse_field(p, &src, 0, 0, start_line - 1) {
            Ok(e) => Ok(e),
            Err(e) => Err(e),
        },
    }
}

/// Parses `src` ("(" expr ")") with its tokens shifted by the given line and column.
fn parse_field(
    p: &mut Parser<'_>,
    src: &[u8],
    line_shift: u32,
    col_shift: u32,
    p_line_shift: u32,
) -> PResult<Expr> {
    let mut sub = Parser::new_shifted(src, line_shift, col_shift);
    sub.rule_depth = p.rule_depth;
    sub.ast_depth = p.ast_depth;
    let r = sub.star_expressions();
    let r = match r {
        Ok(e) if sub.tok_err.is_none() && sub.kind() == TokKind::EndMarker => Ok(e),
        Ok(_) | Err(PErr::Fail) => {
            if let Some(e) = sub.tok_err.take() {
                // Tokenizer errors keep their message, on the field's line of the file.
                let mut e = crate::parser::RawError::from_tok(&e);
                e.lineno += p_line_shift;
                e.end_lineno += p_line_shift;
                Err(PErr::Error(Box::new(e)))
            } else {
                let last_tok = sub.tokens().last().copied();
                let msg = "f-string: invalid syntax";
                match last_tok {
                    Some(lt) => Err(err_loc(msg, tok_loc(&lt))),
                    None => Err(p.err_last(msg)),
                }
            }
        }
        Err(PErr::Error(mut e)) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(PErr::Error(e))
        }
    };
    if sub.too_deep {
        p.too_deep = true;
    }
    r
}
