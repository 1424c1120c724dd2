//! The incremental codecs of `TextIOWrapper`: UTF-8, Latin-1 and ASCII decoded natively, with
//! the decoder state CPython's `tell()` cookies need (the bytes of an incomplete sequence, and
//! the held-back `\r` of universal newlines).

use super::newline::NlState;
use krait_vm::methods::bytes_codec;
use krait_vm::{PyResult, Vm};

/// A codec `TextIOWrapper` runs natively.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

impl Codec {
    /// The codec for an encoding name (CPython's normalisation), if native.
    pub(crate) fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c })
            .collect();
        match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "locale" => Some(Codec::Utf8),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Some(Codec::Latin1),
            "ascii" | "us_ascii" | "646" => Some(Codec::Ascii),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }

    /// Encodes text.
    pub(crate) fn encode(self, vm: &Vm, text: &[u32], errors: &str) -> PyResult<Vec<u8>> {
        let limit = match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Latin1 => 0x100,
            Codec::Ascii => 0x80,
        };
        let mut out = Vec::with_capacity(text.len());
        for &c in text {
            if c >= limit {
                return self.encode_slow(vm, text, errors);
            }
            if c < 0x80 || self != Codec::Utf8 {
                out.push(c as u8);
            } else {
                let Some(ch) = char::from_u32(c) else {
                    // A lone surrogate.
                    return self.encode_slow(vm, text, errors);
                };
                let mut b = [0; 4];
                out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
            }
        }
        Ok(out)
    }

    /// Encodes text that needs the error handler, through `str.encode`.
    fn encode_slow(self, vm: &Vm, text: &[u32], errors: &str) -> PyResult<Vec<u8>> {
        let s = super::util::new_str_cps(vm, text);
        let b = vm.call_method(&s, "encode", &[vm.new_str(self.name()), vm.new_str(errors)])?;
        Ok(super::util::bytes_like(&b).unwrap_or_default())
    }
}

/// The state of a decoder: pending bytes of an incomplete sequence and newline handling.
#[derive(Clone, Default)]
pub(crate) struct DecState {
    pub(crate) pending: Vec<u8>,
    pub(crate) nl: Option<NlState>,
}

/// How many bytes at the end of `b` start a UTF-8 sequence that is valid so far but incomplete.
fn utf8_incomplete_tail(b: &[u8]) -> usize {
    let n = b.len();
    for back in 1..=3.min(n) {
        let c = b[n - back];
        if c & 0xC0 == 0x80 {
            continue;
        }
        let need = match c {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return 0,
        };
        if back >= need {
            return 0;
        }
        // The continuation bytes so far must fit the lead byte's ranges.
        if back >= 2 {
            let c1 = b[n - back + 1];
            let ok = match c {
                0xE0 => (0xA0..=0xBF).contains(&c1),
                0xED => (0x80..=0x9F).contains(&c1),
                0xF0 => (0x90..=0xBF).contains(&c1),
                0xF4 => (0x80..=0x8F).contains(&c1),
                _ => true,
            };
            if !ok {
                return 0;
            }
        }
        return back;
    }
    0
}

impl DecState {
    /// Decodes the next `input` (all of it if `final_`), then applies newline handling.
    pub(crate) fn decode(
        &mut self,
        vm: &Vm,
        codec: Codec,
        errors: &str,
        input: &[u8],
        final_: bool,
    ) -> PyResult<Vec<u32>> {
        let mut data = std::mem::take(&mut self.pending);
        data.extend_from_slice(input);
        if codec == Codec::Utf8 && !final_ {
            let tail = utf8_incomplete_tail(&data);
            self.pending = data.split_off(data.len() - tail);
        }
        let out: Vec<u32> = if codec == Codec::Latin1 {
            data.iter().map(|&c| u32::from(c)).collect()
        } else if data.is_ascii() {
            data.iter().map(|&c| u32::from(c)).collect()
        } else {
            match bytes_codec::decode(vm, &data, codec.name(), errors) {
                Ok(v) => v,
                Err(e) => {
                    self.pending.clear();
                    return Err(e);
                }
            }
        };
        Ok(match &mut self.nl {
            Some(nl) => nl.process(out, final_),
            None => out,
        })
    }

    /// `(pending bytes, flags)` as CPython's `decoder.getstate()`.
    pub(crate) fn getstate(&self) -> (Vec<u8>, u64) {
        let flag = self.nl.as_ref().is_some_and(|n| n.pendingcr);
        (self.pending.clone(), u64::from(flag))
    }

    /// `decoder.setstate((pending, flags))`.
    pub(crate) fn setstate(&mut self, pending: Vec<u8>, flags: u64) {
        self.pending = pending;
        if let Some(nl) = &mut self.nl {
            nl.pendingcr = flags & 1 != 0;
        }
    }

    /// `decoder.reset()`.
    pub(crate) fn reset(&mut self) {
        self.pending.clear();
        if let Some(nl) = &mut self.nl {
            nl.reset();
        }
    }
}
