//! Struct format strings: the byte-order prefix (`@=<>!`), repeat counts and format characters,
//! compiled to a list of items with their offsets, as CPython's `prepare_s`, with native sizes
//! and alignment (x86-64 and aarch64 LP64) for `@` and the standard sizes otherwise.

/// The formatter table a format uses. On a little-endian host `=` uses the little-endian
/// table, whose integer codes of native size behave as the native ones (CPython swaps in the
/// native functions at start-up), which changes some error messages.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Table {
    /// `@`: native sizes, alignment and byte order.
    Native,
    /// `<` and `=`: standard sizes, little-endian.
    Little,
    /// `>` and `!`: standard sizes, big-endian.
    Big,
}

/// A run of `count` values of one code starting at byte `offset`, each `size` bytes (an `s`/`p`
/// item is one value of `size` bytes).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Item {
    pub(crate) code: u8,
    pub(crate) offset: usize,
    pub(crate) size: usize,
    pub(crate) count: usize,
}

/// A compiled format.
#[derive(Clone, Debug)]
pub(crate) struct Compiled {
    pub(crate) table: Table,
    pub(crate) items: Vec<Item>,
    /// The total size in bytes.
    pub(crate) size: usize,
    /// The number of values packed or unpacked.
    pub(crate) len: usize,
}

/// The size and alignment of `code` in `table`, or `None` if the code is not valid there.
fn size_align(table: Table, code: u8) -> Option<(usize, usize)> {
    let size = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if table == Table::Native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if table == Table::Native => 8,
        _ => return None,
    };
    Some((size, if table == Table::Native { size } else { 1 }))
}

/// The error message of an invalid format.
pub(crate) type FormatError = &'static str;

const TOO_LONG: FormatError = "total struct size too long";

/// Compiles `fmt`.
pub(crate) fn compile(fmt: &[u8]) -> Result<Compiled, FormatError> {
    let (table, body) = match fmt.first() {
        Some(b'@') => (Table::Native, &fmt[1..]),
        Some(b'<' | b'=') => (Table::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Table::Big, &fmt[1..]),
        _ => (Table::Native, fmt),
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut num: usize = 1;
        if c.is_ascii_digit() {
            num = usize::from(c - b'0');
            loop {
                let Some(&d) = body.get(i) else {
                    return Err("repeat count given without format specifier");
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or(TOO_LONG)?;
            }
        }
        let (isize_, align) = size_align(table, c).ok_or("bad char in struct format")?;
        size = size.checked_next_multiple_of(align).ok_or(TOO_LONG)?;
        match c {
            b's' | b'p' => {
                items.push(Item {
                    code: c,
                    offset: size,
                    size: num,
                    count: 1,
                });
                size = size.checked_add(num).ok_or(TOO_LONG)?;
            }
            b'x' => size = size.checked_add(num).ok_or(TOO_LONG)?,
            _ => {
                let total = num.checked_mul(isize_).ok_or(TOO_LONG)?;
                items.push(Item {
                    code: c,
                    offset: size,
                    size: isize_,
                    count: num,
                });
                size = size.checked_add(total).ok_or(TOO_LONG)?;
            }
        }
        if size > isize::MAX as usize {
            return Err(TOO_LONG);
        }
    }
    let len = items.iter().map(|it| it.count).sum();
    Ok(Compiled {
        table,
        items,
        size,
        len,
    })
}
