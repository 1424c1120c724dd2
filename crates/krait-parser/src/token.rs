//! Tokens: the kinds CPython's tokenizer (Parser/tokenizer.c) produces, with keywords already
//! told apart from names (as the PEG parser's keyword tables do; soft keywords stay `Name`).

/// A token kind. Operators are named as in CPython's Grammar/Tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokKind {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    /// A character no token starts with (`$`, `?`, a lone `!`): CPython returns it as `OP`.
    ErrorOp,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators and delimiters.
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
}

impl TokKind {
    /// The keyword kind for `name`, if it is one of Python 3.11's hard keywords.
    pub fn keyword(name: &[u8]) -> Option<TokKind> {
        use TokKind::*;
        Some(match name {
            b"False" => False,
            b"None" => None,
            b"True" => True,
            b"and" => And,
            b"as" => As,
            b"assert" => Assert,
            b"async" => Async,
            b"await" => Await,
            b"break" => Break,
            b"class" => Class,
            b"continue" => Continue,
            b"def" => Def,
            b"del" => Del,
            b"elif" => Elif,
            b"else" => Else,
            b"except" => Except,
            b"finally" => Finally,
            b"for" => For,
            b"from" => From,
            b"global" => Global,
            b"if" => If,
            b"import" => Import,
            b"in" => In,
            b"is" => Is,
            b"lambda" => Lambda,
            b"nonlocal" => Nonlocal,
            b"not" => Not,
            b"or" => Or,
            b"pass" => Pass,
            b"raise" => Raise,
            b"return" => Return,
            b"try" => Try,
            b"while" => While,
            b"with" => With,
            b"yield" => Yield,
            _ => return Option::None,
        })
    }

    /// Whether this kind is a hard keyword.
    pub fn is_keyword(self) -> bool {
        (self as u8) >= (TokKind::False as u8) && (self as u8) <= (TokKind::Yield as u8)
    }

    /// The operator kind for the longest operator at the start of `s`, with its length.
    pub fn operator(s: &[u8]) -> Option<(TokKind, usize)> {
        use TokKind::*;
        let c0 = *s.first()?;
        let c1 = s.get(1).copied().unwrap_or(0);
        let c2 = s.get(2).copied().unwrap_or(0);
        let three = match (c0, c1, c2) {
            (b'*', b'*', b'=') => Some(DoubleStarEqual),
            (b'.', b'.', b'.') => Some(Ellipsis),
            (b'/', b'/', b'=') => Some(DoubleSlashEqual),
            (b'<', b'<', b'=') => Some(LeftShiftEqual),
            (b'>', b'>', b'=') => Some(RightShiftEqual),
            _ => Option::None,
        };
        if let Some(k) = three {
            return Some((k, 3));
        }
        let two = match (c0, c1) {
            (b'!', b'=') => Some(NotEqual),
            (b'%', b'=') => Some(PercentEqual),
            (b'&', b'=') => Some(AmperEqual),
            (b'*', b'*') => Some(DoubleStar),
            (b'*', b'=') => Some(StarEqual),
            (b'+', b'=') => Some(PlusEqual),
            (b'-', b'=') => Some(MinEqual),
            (b'-', b'>') => Some(Rarrow),
            (b'/', b'/') => Some(DoubleSlash),
            (b'/', b'=') => Some(SlashEqual),
            (b':', b'=') => Some(ColonEqual),
            (b'<', b'<') => Some(LeftShift),
            (b'<', b'=') => Some(LessEqual),
            (b'<', b'>') => Some(NotEqual),
            (b'=', b'=') => Some(EqEqual),
            (b'>', b'=') => Some(GreaterEqual),
            (b'>', b'>') => Some(RightShift),
            (b'@', b'=') => Some(AtEqual),
            (b'^', b'=') => Some(CircumflexEqual),
            (b'|', b'=') => Some(VbarEqual),
            _ => Option::None,
        };
        if let Some(k) = two {
            // `<>` is only an operator under the Barry-as-FLUFL future; CPython tokenizes it
            // as NOTEQUAL and rejects it in the parser. We do the same.
            return Some((k, 2));
        }
        let one = match c0 {
            b'(' => Lpar,
            b')' => Rpar,
            b'[' => Lsqb,
            b']' => Rsqb,
            b'{' => Lbrace,
            b'}' => Rbrace,
            b':' => Colon,
            b',' => Comma,
            b';' => Semi,
            b'+' => Plus,
            b'-' => Minus,
            b'*' => Star,
            b'/' => Slash,
            b'|' => Vbar,
            b'&' => Amper,
            b'<' => Less,
            b'>' => Greater,
            b'=' => Equal,
            b'.' => Dot,
            b'%' => Percent,
            b'~' => Tilde,
            b'^' => Circumflex,
            b'@' => At,
            _ => ErrorOp,
        };
        Some((one, 1))
    }
}

/// One token: its kind, byte range in the (decoded, newline-normalized) source, and its
/// position (1-based lines, 0-based UTF-8 byte columns). A multi-line string token's `lineno`
/// is its first line, as CPython's `first_lineno`. INDENT, DEDENT and ENDMARKER have no source
/// extent in CPython (column -1); for them `col` holds the tokenizer's position on the line
/// (CPython's `tok->cur - tok->line_start`), used only for error locations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokKind,
    /// The bracket nesting level after this token (CPython's `tok->level`).
    pub level: u8,
    pub start: u32,
    pub end: u32,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}
