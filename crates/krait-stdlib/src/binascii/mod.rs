//! The `binascii` module (CPython's Modules/binascii.c): conversions between binary data and
//! ASCII encodings — hex (`hexlify`/`unhexlify` and the `b2a_hex`/`a2b_hex` aliases), base64,
//! uuencode and quoted-printable (`codecs.rs`), and the CRC-32 and CRC-CCITT checksums — with
//! CPython's argument handling and its `binascii.Error`/`binascii.Incomplete` messages.

mod codecs;
use codecs::{a2b_base64, a2b_qp, a2b_uu, b2a_base64, b2a_qp, b2a_uu};

use crate::convert::{overflow, parse_keywords};
use krait_vm::native::Args;
use krait_vm::objects::str::StrData;
use krait_vm::protocols::payload;
use krait_vm::{method_table, PyErr, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

method_table!(
    /// The functions of `binascii`.
    FUNCTIONS,
    Static,
    {
    "a2b_uu" => a2b_uu, "($module, data, /)", "Decode a line of uuencoded data.";
    "b2a_uu" => b2a_uu, "($module, data, /, *, backtick=False)", "Uuencode line of data.";
    "a2b_base64" => a2b_base64, "($module, data, /, *, strict_mode=False)", "Decode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n    The same applies to excess data after padding (= / ==).";
    "b2a_base64" => b2a_base64, "($module, data, /, *, newline=True)", "Base64-code line of data.";
    "crc_hqx" => crc_hqx, "($module, data, crc, /)", "Compute CRC-CCITT incrementally.";
    "crc32" => crc32, "($module, data, crc=0, /)", "Compute CRC-32 incrementally.";
    "b2a_hex" => b2a_hex, "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)", "Hexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as \"hexlify()\".\n\nExample:\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef')\nb'b901ef'\n>>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')\nb'b9:01:ef'\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)\nb'b9_01ef'";
    "hexlify" => hexlify, "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)", "Hexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as \"b2a_hex()\".";
    "a2b_hex" => a2b_hex, "($module, hexstr, /)", "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as \"unhexlify()\".";
    "unhexlify" => unhexlify, "($module, hexstr, /)", "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).";
    "a2b_qp" => a2b_qp, "($module, /, data, header=False)", "Decode a string of qp-encoded data.";
    "b2a_qp" => b2a_qp, "($module, /, data, quotetabs=False, istext=True, header=False)", "Encode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, newlines are not encoded, and white\nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\nare both encoded.  When quotetabs is set, space and tabs are encoded.";
    }
);

/// Creates the `binascii` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "binascii", FUNCTIONS)?;
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str("Conversion between binary data and ASCII"),
    )?;
    for (name, base) in [
        ("Error", vm.types.value_error.clone()),
        ("Incomplete", vm.types.exception.clone()),
    ] {
        let ns = vm.new_dict();
        vm.dict_set_item(&ns, vm.intern("__module__"), vm.new_str("binascii"))?;
        let ty = vm.call(
            &vm.types.type_,
            &[vm.new_str(name), vm.new_tuple(vec![base]), ns],
            &[],
        )?;
        vm.module_set(&m, name, ty)?;
    }
    Ok(m)
}

/// A `binascii.Error` with `msg`.
pub(crate) fn error(vm: &Vm, msg: &str) -> PyErr {
    match crate::native_type::module_type(vm, "binascii", "Error") {
        Ok(ty) => vm.new_error(&ty, msg),
        Err(e) => e,
    }
}

/// The bytes of a binary argument (CPython's `Py_buffer` converter).
pub(crate) fn binary(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    krait_vm::methods::bytes::buffer_arg(vm, v)
}

/// The bytes of an ASCII argument (CPython's `ascii_buffer` converter): a bytes-like object, or
/// a str of ASCII characters only.
pub(crate) fn ascii(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = payload::<StrData>(v) {
        return match s.as_ascii() {
            Some(t) => Ok(t.as_bytes().to_vec()),
            None => Err(vm.value_error("string argument should contain only ASCII characters")),
        };
    }
    krait_vm::methods::bytes_text::bytes_of(v).ok_or_else(|| {
        vm.type_error(&format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// A C `int` argument (`_PyLong_AsInt`: `__index__`, "Python int too large to convert to C
/// int").
pub(crate) fn c_int(vm: &Vm, v: &Value) -> PyResult<i32> {
    crate::convert::index(vm, v)?
        .to_i32()
        .ok_or_else(|| overflow(vm, "Python int too large to convert to C int"))
}

/// A flag given as `bool(accept={int})`: a C int, true when non-zero; `default` if absent.
pub(crate) fn int_flag(vm: &Vm, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => Ok(c_int(vm, v)? != 0),
    }
}

/// An `unsigned_int(bitwise=True)` argument: any integer, reduced modulo 2**32.
fn bitwise_u32(vm: &Vm, v: &Value) -> PyResult<u32> {
    let n = crate::convert::index(vm, v)?;
    let m: BigInt = n & BigInt::from(u32::MAX);
    Ok(m.to_u32().unwrap_or(0))
}

/// The CRC-32 table (polynomial 0xEDB88320, reflected), built at compile time.
const CRC32_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// The CRC-CCITT table (polynomial 0x1021, as CPython's `crctab_hqx`).
const CRC_HQX_TABLE: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// CRC-32 of `data` continuing from `crc` (zlib's and binascii's `crc32`).
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC32_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn crc32(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "binascii.crc32", "crc32", 1, 2)?;
    let data = binary(vm, &a[0])?;
    let crc = match a.get(1) {
        Some(v) => bitwise_u32(vm, v)?,
        None => 0,
    };
    Ok(vm.new_int(crc32_update(crc, &data) as i64))
}

fn crc_hqx(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "binascii.crc_hqx", "crc_hqx", 2, 2)?;
    let data = binary(vm, &a[0])?;
    let mut crc = (bitwise_u32(vm, &a[1])? & 0xffff) as u16;
    for &b in &data {
        crc = (crc << 8) ^ CRC_HQX_TABLE[((crc >> 8) as u8 ^ b) as usize];
    }
    Ok(vm.new_int(crc as i64))
}

/// The separator byte of `hex(sep=…)` with CPython's checks (`_Py_strhex_impl` for a bytes
/// result: any byte, or a str of one Latin-1 character).
fn separator(vm: &Vm, sep: &Value) -> PyResult<u8> {
    let Some(f) = vm.lookup_special(sep, "__len__")? else {
        return Err(vm.type_error(&format!(
            "object of type '{}' has no len()",
            vm.type_name(sep)
        )));
    };
    let len = crate::convert::index(vm, &vm.call(&f, std::slice::from_ref(sep), &[])?)?;
    if len != BigInt::from(1) {
        return Err(vm.value_error("sep must be length 1."));
    }
    if let Some(s) = payload::<StrData>(sep) {
        return match s.code_points().next() {
            Some(c) if c < 256 => Ok(c as u8),
            _ => Err(vm.value_error("sep must be ASCII.")),
        };
    }
    match krait_vm::methods::bytes::buffer(sep) {
        Some(b) => Ok(b[0]),
        None => Err(vm.type_error("sep must be str or bytes.")),
    }
}

/// Lowercase hex digits of `data`, with `sep` between groups of `per` bytes (counted from
/// the right when `per` is positive, from the left when negative).
pub(crate) fn hex_bytes(data: &[u8], sep: Option<u8>, per: i32) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    let mut out = Vec::with_capacity(data.len() * 3);
    for (i, &c) in data.iter().enumerate() {
        if let Some(s) = sep.filter(|_| group > 0 && i > 0) {
            let boundary = if per > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(c >> 4) as usize]);
        out.push(DIGITS[(c & 15) as usize]);
    }
    out
}

fn hex_impl(vm: &Vm, args: &Args<'_>, fname: &str) -> PyResult<Value> {
    let a = parse_keywords(vm, args, fname, &["data", "sep", "bytes_per_sep"], 0, 3, 1)?;
    let data = binary(vm, a[0].as_ref().unwrap_or(&Value::NONE))?;
    let sep = match &a[1] {
        Some(s) => Some(separator(vm, s)?),
        None => None,
    };
    let per = match &a[2] {
        Some(v) => c_int(vm, v)?,
        None => 1,
    };
    Ok(vm.new_bytes(hex_bytes(&data, sep, per)))
}

fn b2a_hex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    hex_impl(vm, &args, "b2a_hex")
}

fn hexlify(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    hex_impl(vm, &args, "hexlify")
}

fn unhex_impl(vm: &Vm, args: &Args<'_>, fname: &str) -> PyResult<Value> {
    let a = crate::convert::positional(vm, args, &format!("binascii.{fname}"), fname, 1, 1)?;
    let data = ascii(vm, &a[0])?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

fn a2b_hex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    unhex_impl(vm, &args, "a2b_hex")
}

fn unhexlify(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    unhex_impl(vm, &args, "unhexlify")
}
