//! The parser: a hand-written recursive-descent parser following the rules of CPython 3.11's
//! PEG grammar (Grammar/python.gram). Tokens are pulled from the tokenizer lazily, as CPython's
//! parser does, so tokenizer errors surface with CPython's precedence.
//!
//! Submodules: `expr` (expressions), `stmt` (statements), `params` (parameter lists),
//! `pattern` (`match` patterns), `targets` (assignment/deletion targets and their errors),
//! `errors` (the error-reporting helpers).
//!
//! # Errors, and CPython's two passes
//! CPython parses once without its `invalid_*` rules; only if that fails does it parse again
//! with them, to find a specific message, and otherwise reports "invalid syntax" at the last
//! token the *first* pass read. Here there is one pass, and the specific checks run inline at
//! the point where the grammar would fail, as [`PErr::Error`]; plain grammar failure is
//! [`PErr::Fail`]. Checks that need to read ahead (the `b` of "Perhaps you forgot a comma?",
//! an annotation after an invalid target, …) do so *speculatively* (`speculating > 0`): what
//! they read does not move the generic error location (`first_pass_fill`), and inside
//! `expression_without_invalid` (`no_invalid > 0`) the checks are off, as in CPython. After a
//! parser error the rest of the source is tokenized to let a later tokenizer error win
//! (`_PyPegen_tokenize_full_source_to_check_for_errors`).
//!
//! # Depth
//! `rule_depth` approximates CPython's parser stack (MAXSTACK 6000, MemoryError past it) and
//! `ast_depth` the depth of the tree (RecursionError "during ast construction" past ~3000).
//! The parse itself runs on a thread with a large stack (see `crate::parse`), so legal deep
//! input never overflows.

mod call;
mod compound;
mod display;
pub mod errors;
mod expr;
mod modes;
mod params;
mod pattern;
mod stmt;
mod targets;

use crate::ast::Loc;
use crate::error::ErrorKind;
use crate::token::{TokKind, Token};
use crate::tokenizer::{TokError, Tokenizer};

pub use errors::RawError;

/// Why a parse function did not produce a node.
#[derive(Debug)]
pub enum PErr {
    /// The grammar did not match; reported as "invalid syntax" at the furthest token unless a
    /// more specific error is found.
    Fail,
    /// A definite error (CPython's `RAISE_SYNTAX_ERROR…` in an `invalid_*` rule, or a tokenizer
    /// error).
    Error(Box<RawError>),
}

pub type PResult<T> = Result<T, PErr>;

/// CPython's AST depth limit for `ast` construction (recursion limit 1000 × 3, minus the
/// frames already in use): deeper trees raise RecursionError.
pub const AST_DEPTH_LIMIT: u32 = 2990;
/// CPython's parser stack limit (MAXSTACK, Parser/parser.c): deeper parses raise MemoryError.
pub const RULE_DEPTH_LIMIT: u32 = 6000;

/// Parser state over one source (or one f-string replacement field).
pub struct Parser<'s> {
    pub src: &'s [u8],
    tokenizer: Tokenizer<'s>,
    tokens: Vec<Token>,
    pos: usize,
    /// The first tokenizer error met; parsing stops there.
    pub tok_err: Option<TokError>,
    /// Line added to every token's line (f-string replacement fields).
    line_shift: u32,
    /// Column added to tokens on the first line (f-string replacement fields).
    col_shift: u32,
    /// Rule nesting depth, against [`RULE_DEPTH_LIMIT`].
    pub rule_depth: u32,
    /// AST nesting estimate, against [`AST_DEPTH_LIMIT`].
    pub ast_depth: u32,
    /// Set when the AST got deeper than CPython's `ast` construction allows.
    pub too_deep: bool,
    /// Inside a function body / async function body (for error messages only).
    pub in_func: u32,
    /// Whether the source is an f-string replacement field (changes some messages).
    pub in_fstring: bool,
    /// Interactive (`single`) mode.
    pub interactive: bool,
    /// Nesting of speculative parses done only to find a better error message (CPython's
    /// second pass); tokens they read do not move the generic error location.
    pub speculating: u32,
    /// Nesting of parses with CPython's invalid_* rules off (`*_without_invalid` rules).
    pub no_invalid: u32,
    /// Whether the source's final newline was added by us (CPython adds none in single mode).
    pub implicit_newline: bool,
    /// The number of tokens read outside speculation (CPython's `p->fill` after the first
    /// pass): "invalid syntax" is reported at the last of them.
    pub first_pass_fill: usize,
}

impl<'s> Parser<'s> {
    /// A parser over decoded, newline-normalized source.
    pub fn new(src: &'s [u8]) -> Self {
        Parser {
            src,
            tokenizer: Tokenizer::new(src),
            tokens: Vec::with_capacity(src.len() / 4 + 16),
            pos: 0,
            tok_err: None,
            line_shift: 0,
            col_shift: 0,
            rule_depth: 0,
            ast_depth: 0,
            too_deep: false,
            in_func: 0,
            in_fstring: false,
            interactive: false,
            speculating: 0,
            no_invalid: 0,
            implicit_newline: false,
            first_pass_fill: 0,
        }
    }

    /// A parser for an f-string replacement field whose tokens are shifted to their place in
    /// the enclosing file (CPython's `starting_lineno`/`starting_col_offset`).
    pub fn new_shifted(src: &'s [u8], line_shift: u32, col_shift: u32) -> Self {
        let mut p = Parser::new(src);
        p.line_shift = line_shift;
        p.col_shift = col_shift;
        p.in_fstring = true;
        p
    }

    /// Makes sure token `i` exists (filling from the tokenizer).
    #[inline]
    fn fill_to(&mut self, i: usize) {
        if self.speculating == 0 && self.first_pass_fill <= i {
            self.first_pass_fill = i + 1;
        }
        if i >= self.tokens.len() {
            self.fill_slow(i);
        }
    }

    /// Reads tokens from the tokenizer up to index `i`.
    #[inline(never)]
    fn fill_slow(&mut self, i: usize) {
        while self.tokens.len() <= i {
            if self.tok_err.is_some() {
                let last = *self.tokens.last().unwrap_or(&Token {
                    kind: TokKind::EndMarker,
                    level: 0,
                    start: 0,
                    end: 0,
                    lineno: 1,
                    col: 0,
                    end_lineno: 1,
                    end_col: 0,
                });
                self.tokens.push(Token {
                    kind: TokKind::EndMarker,
                    ..last
                });
                continue;
            }
            match self.tokenizer.next_token() {
                Ok(mut t) => {
                    if self.line_shift != 0 || self.col_shift != 0 {
                        if t.lineno == 1 {
                            t.col += self.col_shift;
                        }
                        if t.end_lineno == 1 {
                            t.end_col += self.col_shift;
                        }
                        t.lineno += self.line_shift;
                        t.end_lineno += self.line_shift;
                    }
                    self.tokens.push(t);
                }
                Err(e) => {
                    self.tok_err = Some(e);
                }
            }
        }
    }

    /// The current token.
    #[inline]
    pub fn tok(&mut self) -> Token {
        self.fill_to(self.pos);
        self.tokens[self.pos]
    }

    /// The current token's kind.
    #[inline]
    pub fn kind(&mut self) -> TokKind {
        self.tok().kind
    }

    /// The kind of the token `n` places ahead.
    #[inline]
    pub fn kind_at(&mut self, n: usize) -> TokKind {
        self.fill_to(self.pos + n);
        self.tokens[self.pos + n].kind
    }

    /// Token `n` places ahead.
    pub fn tok_at(&mut self, n: usize) -> Token {
        self.fill_to(self.pos + n);
        self.tokens[self.pos + n]
    }

    /// Whether the current token is `k`.
    #[inline]
    pub fn at(&mut self, k: TokKind) -> bool {
        self.kind() == k
    }

    /// Consumes the current token if it is `k`.
    #[inline]
    pub fn eat(&mut self, k: TokKind) -> bool {
        if self.at(k) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consumes the current token, which must be `k`, else fails.
    pub fn expect(&mut self, k: TokKind) -> PResult<Token> {
        let t = self.tok();
        if t.kind == k {
            self.pos += 1;
            Ok(t)
        } else {
            Err(PErr::Fail)
        }
    }

    /// Advances past the current token, returning it.
    #[inline]
    pub fn bump(&mut self) -> Token {
        let t = self.tok();
        self.pos += 1;
        t
    }

    /// The position in the token stream (for backtracking).
    #[inline]
    pub fn mark(&self) -> usize {
        self.pos
    }

    /// Backtracks to `m`.
    #[inline]
    pub fn reset(&mut self, m: usize) {
        self.pos = m;
    }

    /// The text of a token.
    pub fn text(&self, t: &Token) -> &'s str {
        let bytes = &self.src[t.start as usize..t.end as usize];
        // The source was validated as UTF-8 before tokenizing.
        std::str::from_utf8(bytes).unwrap_or("")
    }

    /// Whether the current token is the soft keyword (a NAME) `kw`.
    pub fn at_soft(&mut self, kw: &str) -> bool {
        let t = self.tok();
        t.kind == TokKind::Name && self.text(&t) == kw
    }

    /// The identifier of a NAME token, NFKC-normalized when not ASCII (as CPython's
    /// `_PyPegen_new_identifier`).
    pub fn ident(&self, t: &Token) -> String {
        let s = self.text(t);
        if s.is_ascii() {
            s.to_owned()
        } else {
            use unicode_normalization::UnicodeNormalization;
            s.nfkc().collect()
        }
    }

    /// Consumes a NAME token and returns its identifier.
    pub fn name(&mut self) -> PResult<(String, Token)> {
        let t = self.expect(TokKind::Name)?;
        Ok((self.ident(&t), t))
    }

    /// The end position of the last consumed token.
    #[inline]
    pub fn prev(&self) -> Token {
        // CPython's `_PyPegen_get_last_nonnwhitespace_token`: NEWLINE, INDENT and DEDENT
        // tokens do not end a node.
        let mut i = self.pos.saturating_sub(1);
        while i > 0
            && matches!(
                self.tokens[i].kind,
                TokKind::Newline | TokKind::Indent | TokKind::Dedent | TokKind::EndMarker
            )
        {
            i -= 1;
        }
        self.tokens[i]
    }

    /// The last consumed token, whatever its kind.
    pub fn prev_raw(&self) -> Token {
        self.tokens[self.pos.saturating_sub(1)]
    }

    /// A location from `start` (a token) to the end of the last consumed token.
    #[inline]
    pub fn loc_from(&self, start: &Token) -> Loc {
        let e = self.prev();
        Loc {
            lineno: start.lineno,
            col_offset: start.col,
            end_lineno: e.end_lineno,
            end_col_offset: e.end_col,
        }
    }

    /// A location from the start of `start` to the end of the last consumed token.
    #[inline]
    pub fn loc_from_loc(&self, start: Loc) -> Loc {
        let e = self.prev();
        Loc {
            lineno: start.lineno,
            col_offset: start.col_offset,
            end_lineno: e.end_lineno,
            end_col_offset: e.end_col,
        }
    }

    /// Enters a nested rule; fails with CPython's MemoryError-equivalent past the parser's stack
    /// limit. `weight` approximates how many of CPython's rule levels the construct uses.
    #[inline]
    pub fn enter(&mut self, weight: u32) -> PResult<()> {
        self.rule_depth += weight;
        self.ast_depth += 1;
        if self.ast_depth > AST_DEPTH_LIMIT {
            self.too_deep = true;
        }
        if self.rule_depth > RULE_DEPTH_LIMIT {
            return Err(PErr::Error(Box::new(RawError::memory())));
        }
        Ok(())
    }

    /// Leaves a rule entered with [`Parser::enter`].
    #[inline]
    pub fn leave(&mut self, weight: u32) {
        self.rule_depth -= weight;
        self.ast_depth -= 1;
    }

    /// Records that a left-associative chain grew to `n` links at the current depth.
    #[inline]
    pub fn chain(&mut self, n: u32) {
        if self.ast_depth + n > AST_DEPTH_LIMIT {
            self.too_deep = true;
        }
    }

    /// The index of token `t` in the token buffer (found by its start offset).
    pub fn mark_of(&self, t: &Token) -> usize {
        // INDENT/DEDENT tokens share their start offset with the token after them.
        let mut i = self.tokens.partition_point(|x| x.start < t.start);
        while i < self.tokens.len() && self.tokens[i] != *t {
            i += 1;
        }
        i
    }

    /// The number of tokens read so far (CPython's `p->fill`).
    pub fn fill(&self) -> usize {
        self.tokens.len()
    }

    /// The tokens read so far.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Runs the tokenizer to the end after a parser error, as CPython's
    /// `_PyPegen_tokenize_full_source_to_check_for_errors`; returns a tokenizer error that
    /// should replace the parser's error.
    pub fn scan_rest_for_errors(&mut self, err_line: u32) -> Option<RawError> {
        if self.tok_err.is_some() {
            return None;
        }
        loop {
            match self.tokenizer.next_token() {
                Ok(t) if t.kind == TokKind::EndMarker => return None,
                Ok(_) => continue,
                Err(e) => {
                    if e.immediate {
                        return Some(RawError::from_tok(&e));
                    }
                    if e.eof_in_brackets {
                        if let Some(&(c, line, col)) = self.tokenizer.parens.last() {
                            if err_line > line {
                                return Some(self.unclosed(c, line, col));
                            }
                        }
                    }
                    return None;
                }
            }
        }
    }

    /// "'(' was never closed" at the innermost open bracket.
    pub fn unclosed(&self, c: u8, line: u32, col: u32) -> RawError {
        RawError {
            kind: ErrorKind::SyntaxError,
            msg: format!("'{}' was never closed", c as char),
            lineno: line + self.line_shift,
            col: errors::Col::Byte(col + if line == 1 { self.col_shift } else { 0 }),
            end_lineno: line + self.line_shift,
            end_col: errors::Col::Raw(0),
        }
    }

    /// The innermost open bracket of the tokenizer, if any.
    pub fn open_bracket(&self) -> Option<(u8, u32, u32)> {
        self.tokenizer.parens.last().copied()
    }
}

/// Parses normalized source in `mode`, with CPython's error precedence (tokenizer errors
/// first, then the parser's specific error, else "invalid syntax" at the furthest token, then
/// a later tokenizer error found by scanning the rest of the source).
pub fn run(
    src: &[u8],
    filename: &str,
    mode: crate::Mode,
    char_offsets: bool,
    implicit_newline: bool,
) -> Result<crate::ast::Mod, crate::SyntaxError> {
    use crate::ast::Mod;
    use crate::Mode as M;
    let mut p = Parser::new(src);
    p.implicit_newline = implicit_newline;
    p.interactive = mode == M::Single;
    let r = match mode {
        M::Exec => p.file().map(|body| Mod::Module {
            body,
            type_ignores: Vec::new(),
        }),
        M::Single => p.interactive_input().map(|body| Mod::Interactive { body }),
        M::Eval => p
            .eval_input()
            .map(|e| Mod::Expression { body: Box::new(e) }),
        M::FuncType => p
            .func_type_input()
            .map(|(argtypes, returns)| Mod::FunctionType {
                argtypes,
                returns: Box::new(returns),
            }),
    };
    let err = if let Some(te) = p.tok_err.take() {
        if te.eof_in_brackets {
            match p.open_bracket() {
                Some((c, line, col)) => p.unclosed(c, line, col),
                None => RawError::from_tok(&te),
            }
        } else {
            RawError::from_tok(&te)
        }
    } else {
        match r {
            Ok(m) => {
                if p.too_deep {
                    let mut e = RawError::memory();
                    e.kind = ErrorKind::RecursionError;
                    e.msg = "maximum recursion depth exceeded during ast construction".into();
                    return Err(e.into_syntax_error(src, filename, char_offsets));
                }
                return Ok(m);
            }
            Err(PErr::Error(e)) => {
                let line = e.lineno;
                // CPython raises these two in `_PyPegen_set_syntax_error` before (and instead
                // of) scanning the rest of the source for tokenizer errors.
                let generic_indent = e.msg == "unexpected indent" || e.msg == "unexpected unindent";
                if e.kind == ErrorKind::MemoryError || generic_indent {
                    *e
                } else {
                    let _ = line;
                    let last_line = p.tokens().last().map_or(0, |t| t.lineno);
                    p.scan_rest_for_errors(last_line).unwrap_or(*e)
                }
            }
            Err(PErr::Fail) => {
                let n = p.first_pass_fill.clamp(1, p.tokens().len().max(1));
                let last = p.tokens().get(n - 1).copied().unwrap_or_else(|| p.tok());
                let e = match last.kind {
                    TokKind::Indent => *match p.indent_err("unexpected indent") {
                        PErr::Error(e) => e,
                        PErr::Fail => Box::new(RawError::memory()),
                    },
                    TokKind::Dedent => *match p.indent_err("unexpected unindent") {
                        PErr::Error(e) => e,
                        PErr::Fail => Box::new(RawError::memory()),
                    },
                    // ENDMARKER has no column in CPython (-1, reported as 0).
                    TokKind::EndMarker => RawError {
                        kind: ErrorKind::SyntaxError,
                        msg: "invalid syntax".into(),
                        lineno: last.lineno,
                        col: errors::Col::Raw(0),
                        end_lineno: last.lineno,
                        end_col: errors::Col::Raw(0),
                    },
                    _ => match errors::err_loc("invalid syntax", errors::tok_loc(&last)) {
                        PErr::Error(e) => *e,
                        PErr::Fail => RawError::memory(),
                    },
                };
                let fill_line = p.tokens().last().map_or(0, |t| t.lineno);
                p.scan_rest_for_errors(fill_line).unwrap_or(e)
            }
        }
    };
    Err(err.into_syntax_error(src, filename, char_offsets))
}
