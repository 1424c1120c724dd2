//! The tokenizer: turns decoded source into [`Token`]s on demand, with CPython 3.11's rules
//! (Parser/tokenizer.c): INDENT/DEDENT with the tab/alt-tab consistency check, implicit joining
//! inside brackets, explicit joining with `\`, comments, string and number literals (only their
//! extent; their values are decoded by the parser), and CPython's tokenizer error messages.

use crate::error::ErrorKind;
use crate::token::{TokKind, Token};

mod numbers;

/// CPython's MAXINDENT (Parser/tokenizer.h): the indentation stack size.
const MAXINDENT: usize = 100;
/// CPython's MAXLEVEL: the bracket nesting limit.
const MAXLEVEL: usize = 200;

/// A tokenizer error. `immediate` errors are those CPython raises as an exception inside the
/// tokenizer (found also by the full-source scan after a parser error); the others are only
/// reported when the parser asks for the token (CPython's `tok->done` codes).
#[derive(Clone, Debug)]
pub struct TokError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: u32,
    /// 1-based character offset, as `SyntaxError.offset` (may be 0 or negative in CPython).
    pub offset: i32,
    pub end_lineno: u32,
    pub end_offset: i32,
    pub immediate: bool,
    /// End of input inside brackets: the parser reports "'(' was never closed".
    pub eof_in_brackets: bool,
}

/// The tokenizer state (CPython's `struct tok_state`).
pub struct Tokenizer<'s> {
    src: &'s [u8],
    pos: usize,
    line_start: usize,
    lineno: u32,
    atbol: bool,
    pendin: i32,
    indstack: Vec<u32>,
    altindstack: Vec<u32>,
    /// Open brackets: the character, its line and its byte column.
    pub parens: Vec<(u8, u32, u32)>,
    done: bool,
}

/// Counts the characters of UTF-8 `bytes` (continuation bytes excluded).
pub fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 128
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

impl<'s> Tokenizer<'s> {
    /// A tokenizer over `src`, which must be UTF-8 with `\n` line endings.
    pub fn new(src: &'s [u8]) -> Self {
        Tokenizer {
            src,
            pos: 0,
            line_start: 0,
            lineno: 1,
            atbol: true,
            pendin: 0,
            indstack: vec![0],
            altindstack: vec![0],
            parens: Vec::new(),
            done: false,
        }
    }

    fn peek(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.src.len()
    }

    fn peek_at(&self, i: usize) -> u8 {
        self.src.get(self.pos + i).copied().unwrap_or(0)
    }

    fn col_of(&self, pos: usize) -> u32 {
        (pos - self.line_start) as u32
    }

    /// Character offset (CPython's `syntaxerror` column) of byte `pos` on the current line:
    /// the number of characters before it.
    fn char_off(&self, pos: usize) -> i32 {
        let p = pos.clamp(self.line_start, self.src.len());
        char_count(&self.src[self.line_start..p]) as i32
    }

    /// The byte offset of the end of the current line, including its `\n`.
    fn line_end(&self) -> usize {
        match self.src[self.line_start.min(self.src.len())..]
            .iter()
            .position(|&b| b == b'\n')
        {
            Some(i) => self.line_start + i + 1,
            None => self.src.len(),
        }
    }

    fn err_at(&self, msg: impl Into<String>, pos: usize) -> TokError {
        let off = self.char_off(pos);
        TokError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: self.lineno,
            offset: off,
            end_lineno: self.lineno,
            end_offset: off,
            immediate: true,
            eof_in_brackets: false,
        }
    }

    fn deferred(&self, kind: ErrorKind, msg: &str, offset: i32, end_offset: i32) -> TokError {
        TokError {
            kind,
            msg: msg.into(),
            lineno: self.lineno,
            offset,
            end_lineno: self.lineno,
            end_offset,
            immediate: false,
            eof_in_brackets: false,
        }
    }

    fn tok(&self, kind: TokKind, start: usize, lineno: u32, col: u32) -> Token {
        Token {
            kind,
            level: self.parens.len() as u8,
            start: start as u32,
            end: self.pos as u32,
            lineno,
            col,
            end_lineno: self.lineno,
            end_col: self.col_of(self.pos),
        }
    }

    /// Where CPython's tokenizer stands at end of input: on the last line read, after its
    /// newline.
    fn eof_position(&self) -> (u32, u32) {
        if self.src.is_empty() {
            // No line was ever read.
            return (0, 0);
        }
        if self.pos > 0 && self.src.get(self.pos - 1) == Some(&b'\n') && self.lineno > 1 {
            let prev = &self.src[..self.pos - 1];
            let ls = prev.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            (self.lineno - 1, (self.pos - ls) as u32)
        } else {
            (self.lineno, self.col_of(self.pos))
        }
    }

    fn end_marker(&self) -> Token {
        let (lineno, col) = self.eof_position();
        Token {
            kind: TokKind::EndMarker,
            level: 0,
            start: self.pos as u32,
            end: self.pos as u32,
            lineno,
            col,
            end_lineno: lineno,
            end_col: col,
        }
    }

    fn newline_seen(&mut self) {
        self.lineno += 1;
        self.line_start = self.pos;
    }

    /// The next token, or the error CPython's tokenizer reports at this point.
    pub fn next_token(&mut self) -> Result<Token, TokError> {
        if self.done {
            return Ok(self.end_marker());
        }
        loop {
            let mut blankline = false;
            if self.atbol {
                self.atbol = false;
                let (mut col, mut altcol) = (0u32, 0u32);
                let mut cont_line_col: Option<(u32, u32)> = None;
                loop {
                    match self.peek() {
                        b' ' => {
                            col += 1;
                            altcol += 1;
                        }
                        b'\t' => {
                            col = (col / 8 + 1) * 8;
                            altcol += 1;
                        }
                        b'\x0c' => {
                            col = 0;
                            altcol = 0;
                        }
                        // CPython 3.11's `tok_continuation_line`: indentation cannot be
                        // split with backslashes; the column at the first one counts.
                        b'\\' => {
                            cont_line_col.get_or_insert((col, altcol));
                            if self.peek_at(1) != b'\n' {
                                self.pos += 2;
                                let off = (self.pos - self.line_start) as i32;
                                return Err(self.deferred(
                                    ErrorKind::SyntaxError,
                                    "unexpected character after line continuation character",
                                    off,
                                    0,
                                ));
                            }
                            self.pos += 2;
                            self.newline_seen();
                            continue;
                        }
                        _ => break,
                    }
                    self.pos += 1;
                }
                if let Some((c0, a0)) = cont_line_col {
                    col = c0;
                    altcol = a0;
                }
                let c = self.peek();
                if c == b'#' || c == b'\n' {
                    blankline = true;
                }
                if !blankline && self.parens.is_empty() {
                    self.indent_change(col, altcol)?;
                }
            }
            // Pending INDENT/DEDENT tokens.
            if self.pendin != 0 {
                let kind = if self.pendin < 0 {
                    self.pendin += 1;
                    TokKind::Dedent
                } else {
                    self.pendin -= 1;
                    TokKind::Indent
                };
                let (lineno, col) = if self.at_eof() {
                    self.eof_position()
                } else {
                    (self.lineno, self.col_of(self.pos))
                };
                return Ok(Token {
                    kind,
                    level: self.parens.len() as u8,
                    start: self.pos as u32,
                    end: self.pos as u32,
                    lineno,
                    col,
                    end_lineno: lineno,
                    end_col: col,
                });
            }
            // Skip spaces.
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            // Comments. A NEWLINE right after a comment starts where the comment does (CPython
            // sets the token start before skipping the comment).
            let comment_start = self.pos;
            if self.peek() == b'#' {
                while !self.at_eof() && self.peek() != b'\n' {
                    self.pos += 1;
                }
            }
            if self.at_eof() {
                if let Some(&(_, line, _)) = self.parens.last() {
                    let _ = line;
                    let mut e =
                        self.deferred(ErrorKind::SyntaxError, "unexpected EOF while parsing", 0, 0);
                    e.eof_in_brackets = true;
                    return Err(e);
                }
                // Dedent everything at end of input.
                if self.indstack.len() > 1 {
                    self.indstack.pop();
                    self.altindstack.pop();
                    let (lineno, col) = self.eof_position();
                    return Ok(Token {
                        kind: TokKind::Dedent,
                        level: 0,
                        start: self.pos as u32,
                        end: self.pos as u32,
                        lineno,
                        col,
                        end_lineno: lineno,
                        end_col: col,
                    });
                }
                self.done = true;
                return Ok(self.end_marker());
            }
            let start = self.pos;
            let lineno = self.lineno;
            let col = self.col_of(start);
            let c = self.peek();
            if is_ident_start(c) {
                return self.name_or_string(start, lineno, col);
            }
            if c == b'\n' {
                self.pos += 1;
                if blankline || !self.parens.is_empty() {
                    self.newline_seen();
                    self.atbol = self.parens.is_empty();
                    continue;
                }
                // CPython leaves the '\n' out of the token.
                let t = Token {
                    kind: TokKind::Newline,
                    level: 0,
                    start: comment_start as u32,
                    end: self.pos as u32,
                    lineno,
                    col: self.col_of(comment_start),
                    end_lineno: lineno,
                    // CPython leaves the '\n' out: NEWLINE has no width.
                    end_col: col,
                };
                self.newline_seen();
                self.atbol = true;
                return Ok(t);
            }
            if c == b'.' && self.peek_at(1).is_ascii_digit() {
                return self.number(start, lineno, col);
            }
            if c.is_ascii_digit() {
                return self.number(start, lineno, col);
            }
            if c == b'"' || c == b'\'' {
                return self.string(start, lineno, col);
            }
            if c == b'\\' {
                self.pos += 1;
                if self.peek() != b'\n' {
                    // CPython: `tok->cur - tok->buf - 1`, a byte count.
                    let off = (self.pos - self.line_start) as i32 + 1;
                    return Err(self.deferred(
                        ErrorKind::SyntaxError,
                        "unexpected character after line continuation character",
                        off,
                        0,
                    ));
                }
                self.pos += 1;
                self.newline_seen();
                if self.at_eof() {
                    let off = self.char_off(self.pos) + 1;
                    let mut e = self.deferred(
                        ErrorKind::SyntaxError,
                        "unexpected EOF while parsing",
                        off,
                        -1,
                    );
                    e.lineno -= 1;
                    e.end_lineno -= 1;
                    let prev = &self.src[..self.pos - 1];
                    let ls = prev.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                    e.offset = char_count(&prev[ls..]) as i32 + 1;
                    return Err(e);
                }
                continue;
            }
            if c < 128 && !(0x20..0x7f).contains(&c) {
                self.pos += 1;
                return Err(self.err_at(
                    format!("invalid non-printable character U+{c:04X}"),
                    self.pos,
                ));
            }
            let (kind, len) =
                TokKind::operator(&self.src[self.pos..]).unwrap_or((TokKind::ErrorOp, 1));
            self.pos += len;
            match kind {
                TokKind::Lpar | TokKind::Lsqb | TokKind::Lbrace => {
                    if self.parens.len() >= MAXLEVEL {
                        return Err(self.err_at("too many nested parentheses", self.pos));
                    }
                    self.parens.push((c, lineno, col));
                }
                TokKind::Rpar | TokKind::Rsqb | TokKind::Rbrace => {
                    let Some((open, oline, _)) = self.parens.pop() else {
                        return Err(self.err_at(format!("unmatched '{}'", c as char), self.pos));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        let msg = if oline != lineno {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c as char, open as char, oline
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            )
                        };
                        return Err(self.err_at(msg, self.pos));
                    }
                }
                _ => {}
            }
            return Ok(self.tok(kind, start, lineno, col));
        }
    }

    fn indent_change(&mut self, col: u32, altcol: u32) -> Result<(), TokError> {
        let top = *self.indstack.last().unwrap_or(&0);
        let alttop = *self.altindstack.last().unwrap_or(&0);
        if col == top {
            if altcol != alttop {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indstack.len() >= MAXINDENT {
                return Err(self.deferred(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    1,
                    0,
                ));
            }
            if altcol <= alttop {
                return Err(self.tab_error());
            }
            self.pendin += 1;
            self.indstack.push(col);
            self.altindstack.push(altcol);
        } else {
            while self.indstack.len() > 1 && col < *self.indstack.last().unwrap_or(&0) {
                self.pendin -= 1;
                self.indstack.pop();
                self.altindstack.pop();
            }
            if col != *self.indstack.last().unwrap_or(&0) {
                // CPython's column here is the line's length in bytes.
                let off = (self.line_end() - self.line_start) as i32;
                return Err(self.deferred(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    off,
                    -1,
                ));
            }
            if altcol != *self.altindstack.last().unwrap_or(&0) {
                return Err(self.tab_error());
            }
        }
        Ok(())
    }

    fn tab_error(&self) -> TokError {
        self.deferred(
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            1,
            0,
        )
    }

    fn name_or_string(&mut self, start: usize, lineno: u32, col: u32) -> Result<Token, TokError> {
        // String prefixes (b, r, u, f and their legal combinations).
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        loop {
            let c = self.peek();
            match c {
                b'b' | b'B' if !(saw_b || saw_u || saw_f) => saw_b = true,
                b'u' | b'U' if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                b'r' | b'R' if !(saw_r || saw_u) => saw_r = true,
                b'f' | b'F' if !(saw_f || saw_b || saw_u) => saw_f = true,
                _ => break,
            }
            self.pos += 1;
            if matches!(self.peek(), b'"' | b'\'') {
                return self.string(start, lineno, col);
            }
        }
        let mut ascii = true;
        while is_ident_char(self.peek()) {
            if self.peek() >= 128 {
                ascii = false;
            }
            self.pos += 1;
        }
        if !ascii {
            self.verify_identifier(start)?;
        }
        let kind = TokKind::keyword(&self.src[start..self.pos]).unwrap_or(TokKind::Name);
        Ok(self.tok(kind, start, lineno, col))
    }

    /// CPython's `verify_identifier`: the first character must be XID_Start or `_`, the
    /// others XID_Continue.
    fn verify_identifier(&mut self, start: usize) -> Result<(), TokError> {
        if let Some((_, msg)) = crate::source::utf8_error(&self.src[start..self.pos]) {
            // CPython's E_DECODE: the UnicodeDecodeError itself propagates (a ValueError).
            let msg = msg.trim_start_matches("(unicode error) ").to_owned();
            return Err(TokError {
                kind: ErrorKind::ValueError,
                msg,
                lineno: self.lineno,
                offset: 1,
                end_lineno: self.lineno,
                end_offset: 0,
                immediate: true,
                eof_in_brackets: false,
            });
        }
        let text = String::from_utf8_lossy(&self.src[start..self.pos]).into_owned();
        let mut byte = start;
        for (i, ch) in text.chars().enumerate() {
            // Unicode 15.1 added these to XID_Continue; CPython 3.11 (Unicode 14) rejects them.
            let newer = matches!(ch, '\u{200c}' | '\u{200d}' | '\u{30fb}' | '\u{ff65}');
            let ok = if i == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch) && !newer
            };
            if !ok {
                // NFKC may turn a non-XID character into a valid one (CPython checks the
                // normalized form only for the start character via XID properties, which are
                // closed under NFKC); report as CPython does.
                self.pos = byte + ch.len_utf8();
                let msg = if crate::strings::is_printable(ch as u32) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.err_at(msg, self.pos));
            }
            byte += ch.len_utf8();
        }
        Ok(())
    }

    fn string(&mut self, start: usize, lineno: u32, col: u32) -> Result<Token, TokError> {
        let quote = self.peek();
        let start_line_start = self.line_start;
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        let qsize = if triple { 3 } else { 1 };
        self.pos += qsize;
        let mut end_quotes = 0;
        while end_quotes < qsize {
            if self.at_eof() || (qsize == 1 && self.peek() == b'\n') {
                let detected = if self.at_eof() && self.pos > 0 && self.src[self.pos - 1] == b'\n' {
                    self.lineno - 1
                } else {
                    self.lineno
                };
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                self.line_start = start_line_start;
                self.lineno = lineno;
                return Err(self.err_at(msg, start + 1));
            }
            let c = self.peek();
            self.pos += 1;
            if c == quote {
                end_quotes += 1;
            } else {
                end_quotes = 0;
                if c == b'\\' {
                    if self.at_eof() {
                        continue;
                    }
                    let c2 = self.peek();
                    self.pos += 1;
                    if c2 == b'\n' {
                        self.newline_seen();
                    }
                } else if c == b'\n' {
                    self.newline_seen();
                }
            }
        }
        Ok(self.tok(TokKind::String, start, lineno, col))
    }
}
