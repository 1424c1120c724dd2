//! `hash()` as CPython 3.11 computes it (Python/pyhash.c, Objects/longobject.c, floatobject.c,
//! tupleobject.c, setobject.c), so that hashes — and therefore `set` iteration order — match.
//!
//! Numeric hashes reduce modulo the Mersenne prime 2**61 - 1, so equal numbers of different types
//! hash alike. `str` and `bytes` use SipHash-1-3 keyed by a per-process secret, random unless
//! `PYTHONHASHSEED` is set (0 disables randomization: the key is all zeros).

use num_bigint::{BigInt, Sign};

/// `sys.hash_info.width`.
pub const HASH_BITS: u32 = 61;
/// `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1.
pub const MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`: the multiplier of the imaginary part of a complex.
pub const HASH_IMAG: i64 = 1_000_003;

/// `-1` is reserved for errors in CPython's C API, so a hash of -1 becomes -2.
#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an int that fits in `i64`.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

/// `hash(n)` for any int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    let (sign, digits) = n.to_u64_digits();
    // Horner's rule modulo 2**61 - 1, from the most significant 64-bit digit down: 2**64 ≡ 2**3.
    let mut acc: u128 = 0;
    for &d in digits.iter().rev() {
        acc = ((acc << 64) | d as u128) % MODULUS as u128;
    }
    let m = acc as i64;
    fix(if sign == Sign::Minus { -m } else { m })
}

/// `hash(x)` for a float, except NaN (whose hash is identity-based in CPython 3.10+; the caller
/// supplies it).
pub fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    debug_assert!(!x.is_nan(), "NaN hashes by identity");
    let (mut m, mut e) = frexp(x);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    // Process 28 bits of the mantissa at a time, as CPython's `_Py_HashDouble`.
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e as u32 % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) as u32 % HASH_BITS)
    };
    h = ((h << e) & MODULUS) | (h >> (HASH_BITS - e));
    fix(h as i64 * sign)
}

/// `math.frexp` for finite `x`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (or `(0, 0)`).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7FF << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(complex(re, im))` from the hashes of its parts.
pub fn hash_complex(hash_real: i64, hash_imag: i64) -> i64 {
    let h = (hash_real as u64).wrapping_add((HASH_IMAG as u64).wrapping_mul(hash_imag as u64));
    fix(h as i64)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(tuple)` from its items' hashes (the xxHash-based scheme of CPython 3.8+).
pub fn hash_tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = item_hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// `hash(frozenset)` from its items' hashes (order-independent, as CPython's `frozenset_hash`).
pub fn hash_frozenset(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let len = item_hashes.len() as u64;
    let mut h = item_hashes.fold(0u64, |acc, x| acc ^ shuffle(x as u64));
    h ^= (len + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        590_923_713
    } else {
        h as i64
    }
}

/// The per-process key for `str`/`bytes` hashing (CPython's `_Py_HashSecret`, SipHash part).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HashSecret {
    k0: u64,
    k1: u64,
}

impl HashSecret {
    /// The key for `PYTHONHASHSEED=seed`: all zeros for 0, else CPython's `lcg_urandom` bytes.
    pub fn from_seed(seed: u32) -> HashSecret {
        if seed == 0 {
            return HashSecret { k0: 0, k1: 0 };
        }
        let mut bytes = [0u8; 16];
        let mut x = seed;
        for b in &mut bytes {
            x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
            *b = (x >> 16) as u8;
        }
        HashSecret {
            k0: u64::from_le_bytes(bytes[..8].try_into().unwrap_or_default()),
            k1: u64::from_le_bytes(bytes[8..].try_into().unwrap_or_default()),
        }
    }

    /// A random key (hash randomization, the default), from the OS's entropy.
    pub fn random() -> HashSecret {
        let mut bytes = [0u8; 16];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
            .is_ok();
        if !ok {
            // No entropy source: mix the clock and the address of a stack slot instead.
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            let a = &bytes as *const _ as u64;
            bytes[..8].copy_from_slice(&t.to_le_bytes());
            bytes[8..].copy_from_slice(&(a ^ t.rotate_left(29)).to_le_bytes());
        }
        HashSecret {
            k0: u64::from_le_bytes(bytes[..8].try_into().unwrap_or_default()),
            k1: u64::from_le_bytes(bytes[8..].try_into().unwrap_or_default()),
        }
    }

    /// `hash()` of the bytes of a `bytes` object, or of a `str`'s PEP 393 data (1, 2 or 4
    /// little-endian bytes per code point). The empty string hashes to 0.
    pub fn hash_bytes(&self, data: &[u8]) -> i64 {
        if data.is_empty() {
            return 0;
        }
        fix(siphash13(self.k0, self.k1, data) as i64)
    }
}

/// SipHash-1-3 of `data` under key `(k0, k1)`, as CPython 3.11 hashes `str` and `bytes` (the
/// implementation is krait-bytecode's, which the `.pyc` source hash uses too).
pub use krait_bytecode::siphash::siphash13;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_definition() {
        for x in [1.0, 0.5, 3.0, -7.25, 1e-310, 1e300, f64::MIN_POSITIVE] {
            let (m, e) = frexp(x);
            assert!((0.5..1.0).contains(&m.abs()), "{x}: {m}");
            // Scale in two steps: 2**e alone underflows for subnormal x.
            assert_eq!(m * 2f64.powi(e / 2) * 2f64.powi(e - e / 2), x);
        }
    }
}
