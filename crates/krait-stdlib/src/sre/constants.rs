//! The numbers of CPython 3.11's SRE code (Lib/re/_constants.py): opcodes, position codes,
//! character categories, pattern flags and INFO-block flags, and the module's limits.

/// `_sre.MAGIC` (re/_constants.py asserts it equals its own `MAGIC`).
pub const MAGIC: i64 = 20220615;
/// `_sre.CODESIZE`: bytes per code word.
pub const CODESIZE: i64 = 4;
/// `_sre.MAXREPEAT`: an unbounded repeat's maximum.
pub const MAXREPEAT: u32 = u32::MAX;
/// `_sre.MAXGROUPS`.
pub const MAXGROUPS: i64 = (u32::MAX / 4) as i64;

/// The opcodes, numbered as `OPCODES` in re/_constants.py.
pub mod op {
    pub const FAILURE: u32 = 0;
    pub const SUCCESS: u32 = 1;
    pub const ANY: u32 = 2;
    pub const ANY_ALL: u32 = 3;
    pub const ASSERT: u32 = 4;
    pub const ASSERT_NOT: u32 = 5;
    pub const AT: u32 = 6;
    pub const BRANCH: u32 = 7;
    pub const CATEGORY: u32 = 8;
    pub const CHARSET: u32 = 9;
    pub const BIGCHARSET: u32 = 10;
    pub const GROUPREF: u32 = 11;
    pub const GROUPREF_EXISTS: u32 = 12;
    pub const IN: u32 = 13;
    pub const INFO: u32 = 14;
    pub const JUMP: u32 = 15;
    pub const LITERAL: u32 = 16;
    pub const MARK: u32 = 17;
    pub const MAX_UNTIL: u32 = 18;
    pub const MIN_UNTIL: u32 = 19;
    pub const NOT_LITERAL: u32 = 20;
    pub const NEGATE: u32 = 21;
    pub const RANGE: u32 = 22;
    pub const REPEAT: u32 = 23;
    pub const REPEAT_ONE: u32 = 24;
    /// A parser-only opcode (never in compiled code).
    #[allow(dead_code)]
    pub const SUBPATTERN: u32 = 25;
    pub const MIN_REPEAT_ONE: u32 = 26;
    pub const ATOMIC_GROUP: u32 = 27;
    pub const POSSESSIVE_REPEAT: u32 = 28;
    pub const POSSESSIVE_REPEAT_ONE: u32 = 29;
    pub const GROUPREF_IGNORE: u32 = 30;
    pub const IN_IGNORE: u32 = 31;
    pub const LITERAL_IGNORE: u32 = 32;
    pub const NOT_LITERAL_IGNORE: u32 = 33;
    pub const GROUPREF_LOC_IGNORE: u32 = 34;
    pub const IN_LOC_IGNORE: u32 = 35;
    pub const LITERAL_LOC_IGNORE: u32 = 36;
    pub const NOT_LITERAL_LOC_IGNORE: u32 = 37;
    pub const GROUPREF_UNI_IGNORE: u32 = 38;
    pub const IN_UNI_IGNORE: u32 = 39;
    pub const LITERAL_UNI_IGNORE: u32 = 40;
    pub const NOT_LITERAL_UNI_IGNORE: u32 = 41;
    pub const RANGE_UNI_IGNORE: u32 = 42;
}

/// The position codes of `AT` (`ATCODES`).
pub mod at {
    pub const BEGINNING: u32 = 0;
    pub const BEGINNING_LINE: u32 = 1;
    pub const BEGINNING_STRING: u32 = 2;
    pub const BOUNDARY: u32 = 3;
    pub const NON_BOUNDARY: u32 = 4;
    pub const END: u32 = 5;
    pub const END_LINE: u32 = 6;
    pub const END_STRING: u32 = 7;
    pub const LOC_BOUNDARY: u32 = 8;
    pub const LOC_NON_BOUNDARY: u32 = 9;
    pub const UNI_BOUNDARY: u32 = 10;
    pub const UNI_NON_BOUNDARY: u32 = 11;
}

/// The character categories of `CATEGORY` (`CHCODES`).
pub mod cat {
    pub const DIGIT: u32 = 0;
    pub const NOT_DIGIT: u32 = 1;
    pub const SPACE: u32 = 2;
    pub const NOT_SPACE: u32 = 3;
    pub const WORD: u32 = 4;
    pub const NOT_WORD: u32 = 5;
    pub const LINEBREAK: u32 = 6;
    pub const NOT_LINEBREAK: u32 = 7;
    pub const LOC_WORD: u32 = 8;
    pub const LOC_NOT_WORD: u32 = 9;
    pub const UNI_DIGIT: u32 = 10;
    pub const UNI_NOT_DIGIT: u32 = 11;
    pub const UNI_SPACE: u32 = 12;
    pub const UNI_NOT_SPACE: u32 = 13;
    pub const UNI_WORD: u32 = 14;
    pub const UNI_NOT_WORD: u32 = 15;
    pub const UNI_LINEBREAK: u32 = 16;
    pub const UNI_NOT_LINEBREAK: u32 = 17;
}

/// Pattern flags (`SRE_FLAG_*`), as named in a pattern's `repr`.
pub const FLAG_NAMES: [(&str, u32); 9] = [
    ("re.TEMPLATE", 1),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];
/// `SRE_FLAG_LOCALE`.
pub const FLAG_LOCALE: u32 = 4;
/// `SRE_FLAG_UNICODE`.
pub const FLAG_UNICODE: u32 = 32;
/// `SRE_FLAG_ASCII`.
pub const FLAG_ASCII: u32 = 256;

/// INFO block flags (`SRE_INFO_*`).
pub const INFO_PREFIX: u32 = 1;
/// The whole pattern is the literal prefix.
pub const INFO_LITERAL: u32 = 2;
/// The pattern starts with a character of a known set.
pub const INFO_CHARSET: u32 = 4;
