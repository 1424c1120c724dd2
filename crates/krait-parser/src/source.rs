//! Source decoding before tokenizing (CPython's `decode_str`, Parser/tokenizer.c): the UTF-8
//! BOM, PEP 263 coding cookies on the first two lines, NUL bytes, invalid UTF-8, and universal
//! newlines (`\r\n` and `\r` become `\n`).

use crate::error::{ErrorKind, SyntaxError};

fn error(filename: &str, msg: String, lineno: u32, offset: u32) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: filename.into(),
        lineno,
        offset,
        end_lineno: lineno,
        end_offset: offset,
        text: None,
    }
}

/// The encoding named by a coding cookie in `line`, if the line is a comment holding one
/// (CPython's `get_coding_spec`).
fn coding_spec(line: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    let rest = &line[i..];
    let mut k = 0;
    while k + 6 <= rest.len() {
        if &rest[k..k + 6] == b"coding" && matches!(rest.get(k + 6), Some(b':') | Some(b'=')) {
            let mut j = k + 7;
            while j < rest.len() && matches!(rest[j], b' ' | b'\t') {
                j += 1;
            }
            let s = j;
            while j < rest.len()
                && (rest[j].is_ascii_alphanumeric() || matches!(rest[j], b'-' | b'_' | b'.'))
            {
                j += 1;
            }
            if j > s {
                return Some(String::from_utf8_lossy(&rest[s..j]).into_owned());
            }
        }
        k += 1;
    }
    None
}

/// Whether a line holds only whitespace and/or a comment.
fn blank_or_comment(line: &[u8]) -> bool {
    for &c in line {
        match c {
            b'#' | b'\n' | b'\r' => return true,
            b' ' | b'\t' | b'\x0c' => {}
            _ => return false,
        }
    }
    true
}

/// CPython's `get_normal_name` plus the codecs we implement.
fn normal_name(enc: &str) -> Option<&'static str> {
    let e = enc.to_ascii_lowercase().replace('_', "-");
    if e == "utf-8" || e.starts_with("utf-8-") || e == "utf8" {
        return Some("utf-8");
    }
    if e == "latin-1"
        || e == "iso-8859-1"
        || e == "iso-latin-1"
        || e.starts_with("latin-1-")
        || e.starts_with("iso-8859-1-")
        || e.starts_with("iso-latin-1-")
        || e == "latin1"
        || e == "iso8859-1"
        || e == "l1"
        || e == "8859"
        || e == "cp819"
        || e == "latin"
    {
        return Some("iso-8859-1");
    }
    if e == "ascii" || e == "us-ascii" || e == "646" {
        return Some("ascii");
    }
    match e.as_str() {
        "cp1252" | "windows-1252" => Some("cp1252"),
        "iso-8859-15" | "iso8859-15" | "latin-9" | "latin9" => Some("iso-8859-15"),
        "iso-8859-5" | "iso8859-5" | "cyrillic" => Some("iso-8859-5"),
        "koi8-r" | "koi8r" => Some("koi8-r"),
        _ => None,
    }
}

/// Decodes a file's bytes to UTF-8 text with `\n` line endings (left as bytes: without a
/// coding cookie, invalid UTF-8 is kept for the tokenizer to report where CPython does).
///
/// # Errors
/// CPython's SyntaxErrors for NUL bytes, unknown encodings, a BOM with a non-UTF-8 cookie, and
/// undecodable bytes.
pub fn decode(source: &[u8], filename: &str) -> Result<Vec<u8>, SyntaxError> {
    if source.contains(&0) {
        return Err(error(
            filename,
            "source code string cannot contain null bytes".into(),
            0,
            0,
        ));
    }
    let (bom, body) = match source.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, source),
    };
    let mut lines = body.splitn(3, |&b| b == b'\n');
    let l1 = lines.next().unwrap_or(b"");
    let l2 = lines.next();
    let mut enc = coding_spec(l1);
    if enc.is_none() && blank_or_comment(l1) {
        if let Some(l2) = l2 {
            enc = coding_spec(l2);
        }
    }
    let mut codec = "utf-8";
    if let Some(e) = &enc {
        match normal_name(e) {
            Some(n) => codec = n,
            None => {
                let mut err = error(filename, format!("unknown encoding: {e}"), 0, 0);
                err.offset = u32::MAX;
                return Err(err);
            }
        }
        if bom {
            // CPython's `get_normal_name` maps only utf-8 and latin-1 spellings; any other
            // name, even a UTF-8 alias like `utf8`, is "not utf-8" next to a BOM.
            let low = e.to_ascii_lowercase().replace('_', "-");
            let normal = if low == "utf-8" || low.starts_with("utf-8-") {
                "utf-8".to_owned()
            } else if codec == "iso-8859-1"
                && (low.starts_with("latin-1")
                    || low.starts_with("iso-8859-1")
                    || low.starts_with("iso-latin-1"))
            {
                "iso-8859-1".to_owned()
            } else {
                e.clone()
            };
            if normal != "utf-8" {
                let mut err = error(
                    filename,
                    format!("encoding problem: {normal} with BOM"),
                    0,
                    0,
                );
                err.offset = u32::MAX;
                return Err(err);
            }
        }
    }
    let text: String = match codec {
        "iso-8859-1" => body.iter().map(|&b| b as char).collect(),
        "cp1252" | "iso-8859-15" | "iso-8859-5" | "koi8-r" => {
            let table = crate::codecs::table(codec).unwrap_or(&[0xFFFD; 128]);
            let mut s = String::with_capacity(body.len());
            for (i, &b) in body.iter().enumerate() {
                if b < 128 {
                    s.push(b as char);
                } else {
                    let cp = table[(b - 128) as usize];
                    if cp == 0xFFFF {
                        let line = body[..i].iter().filter(|&&c| c == b'\n').count() as u32 + 1;
                        return Err(error(
                            filename,
                            format!("(unicode error) 'charmap' codec can't decode byte 0x{b:02x} in position {i}: character maps to <undefined>"),
                            line,
                            1,
                        ));
                    }
                    s.push(char::from_u32(cp as u32).unwrap_or('\u{FFFD}'));
                }
            }
            s
        }
        "ascii" => {
            if let Some(i) = body.iter().position(|&b| b >= 128) {
                let line = body[..i].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
                return Err(error(
                    filename,
                    format!(
                        "(unicode error) 'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)",
                        body[i]
                    ),
                    line,
                    1,
                ));
            }
            String::from_utf8_lossy(body).into_owned()
        }
        _ => match std::str::from_utf8(body) {
            Ok(s) => s.to_owned(),
            // Without a cookie CPython tokenizes the bytes as they are and only complains
            // where it decodes: identifiers and string literals.
            Err(_) if enc.is_none() => return Ok(normalize_newline_bytes(body.to_vec())),
            Err(e) => {
                let i = e.valid_up_to();
                let line = body[..i].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
                let ls = body[..i]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let msg = utf8_error(&body[ls..]).map(|(_, m)| m).unwrap_or_default();
                return Err(error(filename, msg, line, (i - ls) as u32 + 1));
            }
        },
    };
    Ok(normalize_newline_bytes(text.into_bytes()))
}

/// Whether the source states its encoding (UTF-8 BOM or a PEP 263 cookie). CPython's parser
/// reports error columns in characters only then; for undeclared bytes (`ast.parse(b"…")`)
/// its parser-level error columns are byte offsets.
pub fn declares_encoding(source: &[u8]) -> bool {
    if source.starts_with(b"\xef\xbb\xbf") {
        return true;
    }
    let mut lines = source.splitn(3, |&b| b == b'\n');
    let l1 = lines.next().unwrap_or(b"");
    if coding_spec(l1).is_some() {
        return true;
    }
    blank_or_comment(l1) && lines.next().is_some_and(|l2| coding_spec(l2).is_some())
}

/// The first invalid UTF-8 sequence of `bytes`: its position and CPython's
/// "(unicode error) 'utf-8' codec can't decode byte …" message.
pub fn utf8_error(bytes: &[u8]) -> Option<(usize, String)> {
    let e = std::str::from_utf8(bytes).err()?;
    let i = e.valid_up_to();
    let b = bytes[i];
    let why = if (0x80..0xC2).contains(&b) || b > 0xF4 {
        "invalid start byte"
    } else if e.error_len().is_none() {
        "unexpected end of data"
    } else {
        "invalid continuation byte"
    };
    Some((
        i,
        format!("(unicode error) 'utf-8' codec can't decode byte 0x{b:02x} in position {i}: {why}"),
    ))
}

/// `\r\n` and lone `\r` become `\n`, on bytes.
pub fn normalize_newline_bytes(text: Vec<u8>) -> Vec<u8> {
    if !text.contains(&b'\r') {
        return text;
    }
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'\r' {
            out.push(b'\n');
            if text.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(text[i]);
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies() {
        assert_eq!(
            decode(b"# -*- coding: latin-1 -*-\nx='\xe9'", "f").unwrap(),
            "# -*- coding: latin-1 -*-\nx='\u{e9}'".as_bytes()
        );
        assert!(decode(b"# coding: foo\n", "f").is_err());
        assert_eq!(decode(b"a\r\nb\rc", "f").unwrap(), b"a\nb\nc");
        // Without a cookie, bad bytes are left for the tokenizer; with one, they are an error.
        assert!(decode(b"\xff", "f").is_ok());
        assert!(decode(b"# coding: utf-8\n\xff", "f").is_err());
    }
}
