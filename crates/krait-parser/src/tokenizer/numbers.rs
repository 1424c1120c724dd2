//! Numeric literals in the tokenizer: decimal, hexadecimal, octal and binary integers with
//! underscores, floats, exponents and imaginary literals, and CPython's messages for malformed
//! ones (`tok_decimal_tail`, `verify_end_of_number`, the number branch of `tok_get`).

use super::{is_ident_char, TokError, Tokenizer};
use crate::token::{TokKind, Token};

impl Tokenizer<'_> {
    pub(super) fn decimal_tail(&mut self) -> Result<(), TokError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.err_at("invalid decimal literal", self.pos));
            }
        }
    }

    /// CPython's `verify_end_of_number`: a number directly followed by a name character is an
    /// error, except before the keywords that may legally follow a number.
    pub(super) fn verify_end(&mut self, kind: &str) -> Result<(), TokError> {
        let c = self.peek();
        let rest = &self.src[self.pos..];
        // CPython's `lookahead`: the keyword must end there ("1andx" is an error), except
        // after 'i', where only the next letter is looked at.
        let whole =
            |k: &[u8]| rest.starts_with(k) && !rest.get(k.len()).is_some_and(|&n| is_ident_char(n));
        let kw = whole(b"and")
            || whole(b"else")
            || whole(b"for")
            || whole(b"or")
            || whole(b"not")
            || (c == b'i' && matches!(rest.get(1), Some(b'f' | b'n' | b's')));
        if kw {
            return Ok(());
        }
        if c < 128 && is_ident_char(c) {
            return Err(self.err_at(format!("invalid {kind} literal"), self.pos));
        }
        Ok(())
    }

    pub(super) fn radix_digits(&mut self, radix: u32, name: &str) -> Result<(), TokError> {
        // After the 0x/0o/0b prefix.
        loop {
            if self.peek() == b'_' {
                self.pos += 1;
            }
            let c = self.peek();
            if !(c as char).is_digit(radix) {
                if radix < 10 && c.is_ascii_digit() {
                    self.pos += 1;
                    return Err(self.err_at(
                        format!("invalid digit '{}' in {name} literal", c as char),
                        self.pos,
                    ));
                }
                return Err(self.err_at(format!("invalid {name} literal"), self.pos));
            }
            while (self.peek() as char).is_digit(radix) {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        let c = self.peek();
        if radix < 10 && c.is_ascii_digit() {
            self.pos += 1;
            return Err(self.err_at(
                format!("invalid digit '{}' in {name} literal", c as char),
                self.pos,
            ));
        }
        self.verify_end(name)
    }

    pub(super) fn number(
        &mut self,
        start: usize,
        lineno: u32,
        col: u32,
    ) -> Result<Token, TokError> {
        let c = self.peek();
        if c == b'.' {
            self.pos += 1;
            self.decimal_tail()?;
            return self.fraction_rest(start, lineno, col);
        }
        if c == b'0' {
            self.pos += 1;
            match self.peek() {
                b'x' | b'X' => {
                    self.pos += 1;
                    self.radix_digits(16, "hexadecimal")?;
                    return Ok(self.tok(TokKind::Number, start, lineno, col));
                }
                b'o' | b'O' => {
                    self.pos += 1;
                    self.radix_digits(8, "octal")?;
                    return Ok(self.tok(TokKind::Number, start, lineno, col));
                }
                b'b' | b'B' => {
                    self.pos += 1;
                    self.radix_digits(2, "binary")?;
                    return Ok(self.tok(TokKind::Number, start, lineno, col));
                }
                _ => {}
            }
            let mut nonzero = false;
            // Maybe old-style octal: zeros, then possibly more digits.
            loop {
                while self.peek() == b'0' {
                    self.pos += 1;
                }
                if self.peek() == b'_' {
                    self.pos += 1;
                    if !self.peek().is_ascii_digit() {
                        return Err(self.err_at("invalid decimal literal", self.pos));
                    }
                    continue;
                }
                break;
            }
            let zeros_end = self.pos;
            if self.peek().is_ascii_digit() {
                nonzero = true;
                self.decimal_tail()?;
            }
            let c = self.peek();
            if c == b'.' {
                self.pos += 1;
                return self.fraction(start, lineno, col);
            } else if c == b'e' || c == b'E' {
                return self.exponent(start, lineno, col);
            } else if c == b'j' || c == b'J' {
                return self.imaginary(start, lineno, col);
            } else if nonzero {
                let off_s = self.char_off(start + 1);
                let off_e = self.char_off(zeros_end);
                let mut e = self.err_at(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    zeros_end,
                );
                e.offset = off_s;
                e.end_offset = off_e + 1;
                return Err(e);
            }
            self.verify_end("decimal")?;
            return Ok(self.tok(TokKind::Number, start, lineno, col));
        }
        self.decimal_tail()?;
        match self.peek() {
            b'.' => {
                self.pos += 1;
                self.fraction(start, lineno, col)
            }
            b'e' | b'E' => self.exponent(start, lineno, col),
            b'j' | b'J' => self.imaginary(start, lineno, col),
            _ => {
                self.verify_end("decimal")?;
                Ok(self.tok(TokKind::Number, start, lineno, col))
            }
        }
    }

    /// After `digits.`: optional fraction digits, then exponent/imaginary.
    pub(super) fn fraction(
        &mut self,
        start: usize,
        lineno: u32,
        col: u32,
    ) -> Result<Token, TokError> {
        if self.peek().is_ascii_digit() {
            self.decimal_tail()?;
        }
        self.fraction_rest(start, lineno, col)
    }

    pub(super) fn fraction_rest(
        &mut self,
        start: usize,
        lineno: u32,
        col: u32,
    ) -> Result<Token, TokError> {
        match self.peek() {
            b'e' | b'E' => self.exponent(start, lineno, col),
            b'j' | b'J' => self.imaginary(start, lineno, col),
            _ => {
                self.verify_end("decimal")?;
                Ok(self.tok(TokKind::Number, start, lineno, col))
            }
        }
    }

    pub(super) fn exponent(
        &mut self,
        start: usize,
        lineno: u32,
        col: u32,
    ) -> Result<Token, TokError> {
        let e_pos = self.pos;
        self.pos += 1;
        let c = self.peek();
        if c == b'+' || c == b'-' {
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.err_at("invalid decimal literal", self.pos));
            }
        } else if !c.is_ascii_digit() {
            self.pos = e_pos;
            self.verify_end("decimal")?;
            return Ok(self.tok(TokKind::Number, start, lineno, col));
        }
        self.decimal_tail()?;
        if matches!(self.peek(), b'j' | b'J') {
            return self.imaginary(start, lineno, col);
        }
        self.verify_end("decimal")?;
        Ok(self.tok(TokKind::Number, start, lineno, col))
    }

    pub(super) fn imaginary(
        &mut self,
        start: usize,
        lineno: u32,
        col: u32,
    ) -> Result<Token, TokError> {
        self.pos += 1;
        self.verify_end("imaginary")?;
        Ok(self.tok(TokKind::Number, start, lineno, col))
    }
}
