//! SipHash (Aumasson and Bernstein, "SipHash: a fast short-input PRF", 2012): the keyed hash of
//! hash-based `.pyc` files and of the opcode-table digest.
//!
//! CPython 3.11's `_imp.source_hash(key, source)` is `_Py_KeyedHash` (Python/pyhash.c):
//! SipHash-1-3 with `k0 = key`, `k1 = 0`; krait uses the same function with its own magic as the
//! key, and the test suite checks it against `_imp.source_hash`. SipHash-2-4 (the reference
//! variant, same code with more rounds) is tested against the reference vectors.

/// One SipHash round on the four state words.
#[inline]
fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13);
    v[1] ^= v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16);
    v[3] ^= v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21);
    v[3] ^= v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17);
    v[1] ^= v[2];
    v[2] = v[2].rotate_left(32);
}

/// SipHash-2-4 of `data` under the 128-bit key `(k0, k1)`.
pub fn siphash24(k0: u64, k1: u64, data: &[u8]) -> u64 {
    siphash(2, 4, k0, k1, data)
}

/// SipHash-1-3 of `data` under the 128-bit key `(k0, k1)` (CPython's `siphash13`).
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    siphash(1, 3, k0, k1, data)
}

/// SipHash-c-d: `c` rounds per message word, `d` finalization rounds. The input is read as
/// little-endian 64-bit words, so the result does not depend on the host.
fn siphash(c: u32, d: u32, k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v[3] ^= m;
        for _ in 0..c {
            sip_round(&mut v);
        }
        v[0] ^= m;
    }
    let rest = chunks.remainder();
    let mut last = [0u8; 8];
    last[..rest.len()].copy_from_slice(rest);
    let b = u64::from_le_bytes(last) | ((data.len() as u64 & 0xFF) << 56);
    v[3] ^= b;
    for _ in 0..c {
        sip_round(&mut v);
    }
    v[0] ^= b;
    v[2] ^= 0xFF;
    for _ in 0..d {
        sip_round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

#[cfg(test)]
mod tests {
    use super::siphash24;

    /// The first vectors of the reference implementation's `vectors.h` (key `00 01 … 0f`,
    /// message `00 01 … len-1`).
    #[test]
    fn reference_vectors() {
        let k0 = u64::from_le_bytes([0, 1, 2, 3, 4, 5, 6, 7]);
        let k1 = u64::from_le_bytes([8, 9, 10, 11, 12, 13, 14, 15]);
        let msg: Vec<u8> = (0..16).collect();
        assert_eq!(siphash24(k0, k1, &msg[..0]), 0x726f_db47_dd0e_0e31);
        assert_eq!(siphash24(k0, k1, &msg[..1]), 0x74f8_39c5_93dc_67fd);
        assert_eq!(siphash24(k0, k1, &msg[..8]), 0x93f5_f579_9a93_2462);
        assert_eq!(siphash24(k0, k1, &msg[..15]), 0xa129_ca61_49be_45e5);
    }
}
