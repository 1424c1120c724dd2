//! The integer functions of `math` on ints of any size: `gcd`, `lcm`, `factorial`, `comb`,
//! `perm`, `isqrt`, and the generic `prod`.

use crate::convert::{index, one_arg, overflow, parse_keywords, positional};
use krait_bytecode::opcode::NbOp;
use krait_vm::native::Args;
use krait_vm::{PyResult, Value, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The arguments of a `*integers` function (no keywords), each through `__index__`.
fn integers(vm: &Vm, args: &Args<'_>, qualname: &str) -> PyResult<Vec<BigInt>> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{qualname}() takes no keyword arguments")));
    }
    args.pos().iter().map(|v| index(vm, v)).collect()
}

pub(super) fn gcd(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for n in integers(vm, &args, "math.gcd")? {
        g = g.gcd(&n);
    }
    Ok(vm.new_bigint(g))
}

pub(super) fn lcm(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mut l = BigInt::one();
    for n in integers(vm, &args, "math.lcm")? {
        l = if l.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&n)
        };
    }
    Ok(vm.new_bigint(l))
}

/// The product of the integers `lo..hi`, split in halves so the big multiplications are balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..hi {
            match small.checked_mul(i) {
                Some(p) => small = p,
                None => {
                    acc *= small;
                    small = i;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn factorial_of(vm: &Vm, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(overflow(
            vm,
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    Ok(range_product(1, n as u64 + 1))
}

pub(super) fn factorial(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = index(vm, one_arg(vm, &args, "math.factorial")?)?;
    Ok(vm.new_bigint(factorial_of(vm, &n)?))
}

/// Checks `n` and `k` of `comb`/`perm`; `None` when `k > n` (the answer is 0).
fn n_and_k(vm: &Vm, n: &Value, k: &Value) -> PyResult<Option<(BigInt, BigInt)>> {
    let n = index(vm, n)?;
    let k = index(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((k <= n).then_some((n, k)))
}

/// `n * (n-1) * ... * (n-k+1)` for `k` that fits a machine word.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if let Some(n) = n.to_u64() {
        return range_product(n - k + 1, n + 1);
    }
    fn go(n: &BigInt, from: u64, to: u64) -> BigInt {
        if to - from <= 8 {
            return (from..to).fold(BigInt::one(), |acc, i| acc * (n - i));
        }
        let mid = from + (to - from) / 2;
        go(n, from, mid) * go(n, mid, to)
    }
    go(n, 0, k)
}

pub(super) fn comb(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, &args, "math.comb", "comb", 2, 2)?;
    let Some((n, k)) = n_and_k(vm, &a[0], &a[1])? else {
        return Ok(vm.new_int(0));
    };
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(overflow(
            vm,
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    Ok(vm.new_bigint(falling(&n, k) / range_product(1, k + 1)))
}

pub(super) fn perm(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, &args, "math.perm", "perm", 1, 2)?;
    if a.len() == 1 || a[1].is_none() {
        let n = index(vm, &a[0])?;
        return Ok(vm.new_bigint(factorial_of(vm, &n)?));
    }
    let Some((n, k)) = n_and_k(vm, &a[0], &a[1])? else {
        return Ok(vm.new_int(0));
    };
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(overflow(vm, "k must not exceed 9223372036854775807"));
    };
    Ok(vm.new_bigint(falling(&n, k)))
}

pub(super) fn isqrt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = index(vm, one_arg(vm, &args, "math.isqrt")?)?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

pub(super) fn prod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = parse_keywords(vm, &args, "prod", &["iterable", "start"], 1, 1, 1)?;
    let mut acc = v[1].clone().unwrap_or_else(|| vm.new_int(1));
    let it = vm.get_iter(v[0].as_ref().unwrap_or(&Value::NONE))?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, NbOp::Multiply)?;
    }
    Ok(acc)
}
