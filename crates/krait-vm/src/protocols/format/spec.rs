//! The format-spec mini-language (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`)
//! as CPython 3.11's Python/formatter_unicode.c parses it, and the padding and digit grouping
//! every presentation shares.

/// A parsed format specification. Code points, since the fill may be any character.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The fill character (a space unless given, `'0'` with the `0` flag).
    pub fill: u32,
    /// `<`, `>`, `^` or `=`; `None` when not given (each type has its default).
    pub align: Option<char>,
    /// `+`, `-` or `' '`; `None` when not given.
    pub sign: Option<char>,
    /// The `z` flag: negative zero (after rounding) loses its sign.
    pub no_neg_0: bool,
    /// The `#` flag.
    pub alternate: bool,
    /// The minimum width.
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// The precision, if given.
    pub precision: Option<usize>,
    /// The presentation type, if given.
    pub ty: Option<char>,
    /// Whether the fill was given explicitly (before an alignment).
    pub fill_given: bool,
}

/// Why a spec was rejected: the message of the `ValueError` CPython raises. `Invalid` needs the
/// type name and the spec, which the caller adds.
#[derive(Debug)]
pub enum SpecError {
    /// A complete message.
    Msg(String),
    /// "Invalid format specifier '…' for object of type '…'".
    Invalid,
}

fn is_align(c: u32) -> bool {
    matches!(c, 0x3C | 0x3E | 0x3D | 0x5E)
}

fn char_of(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{FFFD}')
}

/// Reads a decimal number at `*pos`; `None` if there are no digits there.
fn read_number(s: &[u32], pos: &mut usize) -> Result<Option<usize>, SpecError> {
    let start = *pos;
    let mut n: usize = 0;
    while *pos < s.len() && (0x30..=0x39).contains(&s[*pos]) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add((s[*pos] - 0x30) as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| SpecError::Msg("Too many decimal digits in format string".into()))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(n))
}

/// Parses `s` for a type whose default alignment is `default_align` (`'<'` for strings, `'>'`
/// for numbers).
pub fn parse(s: &[u32], default_align: char) -> Result<Spec, SpecError> {
    let mut spec = Spec {
        fill: 0x20,
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
        fill_given: false,
    };
    let mut pos = 0;
    if s.len() >= 2 && is_align(s[1]) {
        spec.fill = s[0];
        spec.fill_given = true;
        spec.align = Some(char_of(s[1]));
        pos = 2;
    } else if !s.is_empty() && is_align(s[0]) {
        spec.align = Some(char_of(s[0]));
        pos = 1;
    }
    if pos < s.len() && matches!(s[pos], 0x2B | 0x2D | 0x20) {
        spec.sign = Some(char_of(s[pos]));
        pos += 1;
    }
    if pos < s.len() && s[pos] == 0x7A {
        spec.no_neg_0 = true;
        pos += 1;
    }
    if pos < s.len() && s[pos] == 0x23 {
        spec.alternate = true;
        pos += 1;
    }
    if !spec.fill_given && pos < s.len() && s[pos] == 0x30 {
        spec.fill = 0x30;
        if spec.align.is_none() && default_align == '>' {
            spec.align = Some('=');
        }
        pos += 1;
    }
    spec.width = read_number(s, &mut pos)?.unwrap_or(0);
    if pos < s.len() && matches!(s[pos], 0x2C | 0x5F) {
        spec.grouping = Some(char_of(s[pos]));
        pos += 1;
        if pos < s.len() && matches!(s[pos], 0x2C | 0x5F) {
            return Err(SpecError::Msg(if s[pos] == s[pos - 1] {
                format!("Cannot specify '{0}' with '{0}'.", char_of(s[pos]))
            } else {
                "Cannot specify both ',' and '_'.".into()
            }));
        }
    }
    if pos < s.len() && s[pos] == 0x2E {
        pos += 1;
        match read_number(s, &mut pos)? {
            Some(p) => spec.precision = Some(p),
            None => return Err(SpecError::Msg("Format specifier missing precision".into())),
        }
    }
    if s.len() - pos > 1 {
        return Err(SpecError::Invalid);
    }
    if pos < s.len() {
        spec.ty = Some(char_of(s[pos]));
    }
    if let Some(g) = spec.grouping {
        // Strings default to type 's', which rejects grouping.
        let ty = spec.ty.or((default_align == '<').then_some('s'));
        let ok = match ty {
            None => true,
            Some(t) => {
                matches!(t, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F')
                    || (g == '_' && matches!(t, 'b' | 'o' | 'x' | 'X'))
            }
        };
        if !ok {
            let t = ty.map_or(0, u32::from);
            return Err(SpecError::Msg(if (33..128).contains(&t) {
                format!("Cannot specify '{g}' with '{}'.", char_of(t))
            } else {
                format!("Cannot specify '{g}' with '\\x{t:x}'.")
            }));
        }
    }
    Ok(spec)
}

/// Pads `body` to the spec's width with its fill, aligned by `align` (`=` behaves as `>`; the
/// numeric `=` padding is done by [`layout_number`]).
pub fn pad(body: &[u32], spec: &Spec, align: char) -> Vec<u32> {
    let n = body.len();
    if n >= spec.width {
        return body.to_vec();
    }
    let total = spec.width - n;
    let left = match align {
        '<' => 0,
        '^' => total / 2,
        _ => total,
    };
    let mut out = Vec::with_capacity(spec.width);
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.extend_from_slice(body);
    out.extend(std::iter::repeat_n(spec.fill, total - left));
    out
}

/// Digits `digits` grouped by `sep` every `size` digits from the right, padded with zeros to at
/// least `min_width` characters (never starting with a separator), as CPython's
/// `_PyUnicode_InsertThousandsGrouping` with the C locale's repeating grouping.
fn group_digits(digits: &[u8], sep: u8, size: usize, min_width: usize) -> Vec<u8> {
    let mut rev = Vec::new();
    let mut remaining = digits.len() as isize;
    let mut min_w = min_width as isize;
    let mut first = true;
    loop {
        let len = (size as isize).min(remaining.max(min_w).max(1));
        let zeros = (len - remaining).max(0);
        let chars = remaining.min(len).max(0);
        if !first {
            rev.push(sep);
        }
        for i in 0..chars {
            rev.push(digits[(remaining - 1 - i) as usize]);
        }
        rev.extend(std::iter::repeat_n(b'0', zeros as usize));
        remaining -= chars;
        min_w -= len;
        if remaining <= 0 && min_w <= 0 {
            break;
        }
        min_w -= 1;
        first = false;
    }
    rev.reverse();
    rev
}

/// Lays out a formatted number: `sign` (already decided), `prefix` (`0x`…), the integer
/// `digits`, and `rest` (decimal point, fraction, exponent, `%`), applying grouping and the
/// padding of `spec` (default alignment right; `=` pads between sign/prefix and digits).
pub fn layout_number(
    spec: &Spec,
    sign: Option<char>,
    prefix: &str,
    digits: &[u8],
    rest: &str,
) -> Vec<u32> {
    let align = spec.align.unwrap_or('>');
    let fixed = sign.map_or(0, |_| 1) + prefix.len() + rest.chars().count();
    let zero_fill = spec.fill == 0x30 && align == '=';
    let grouped: Vec<u8> = match spec.grouping {
        Some(g) => {
            let size = if spec.ty.is_some_and(|t| matches!(t, 'b' | 'o' | 'x' | 'X')) {
                4
            } else {
                3
            };
            let min = if zero_fill {
                spec.width.saturating_sub(fixed)
            } else {
                0
            };
            if digits.is_empty() {
                Vec::new()
            } else {
                group_digits(digits, g as u8, size, min)
            }
        }
        None => digits.to_vec(),
    };
    let mut head: Vec<u32> = Vec::new();
    if let Some(s) = sign {
        head.push(s as u32);
    }
    head.extend(prefix.bytes().map(u32::from));
    let mut tail: Vec<u32> = grouped.iter().map(|&b| u32::from(b)).collect();
    tail.extend(rest.chars().map(u32::from));
    let n = head.len() + tail.len();
    if align == '=' && n < spec.width {
        head.extend(std::iter::repeat_n(spec.fill, spec.width - n));
        head.extend(tail);
        return head;
    }
    head.extend(tail);
    pad(&head, spec, align)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_with_grouped_zeros() {
        assert_eq!(group_digits(b"1234", b',', 3, 8), b"0,001,234".to_vec());
        assert_eq!(group_digits(b"1234", b',', 3, 0), b"1,234".to_vec());
        assert_eq!(group_digits(b"11111111", b'_', 4, 0), b"1111_1111".to_vec());
    }
}
