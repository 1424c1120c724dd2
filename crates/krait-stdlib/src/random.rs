//! The `_random` module (CPython's Modules/_randommodule.c): `Random`, the Mersenne Twister
//! (MT19937) seeded as CPython seeds it, so that `Random(n).random()` and `getrandbits(k)` give
//! CPython's numbers (Lib/random.py builds its methods on these).

use crate::convert::{index, int_value, one_arg};
use crate::native_type::{alloc, new_type_with, state};
use krait_vm::native::Args;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::any::Any;
use std::cell::{Cell, RefCell};

/// The size of the generator's state, in 32-bit words.
const N: usize = 624;
const M: usize = 397;

/// The state of a `Random`.
struct Mt {
    state: RefCell<[u32; N]>,
    index: Cell<usize>,
}

impl NativeObject for Mt {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    fn clear(&self) {}

    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Mt {
    fn new() -> Mt {
        Mt {
            state: RefCell::new([0; N]),
            index: Cell::new(N + 1),
        }
    }

    fn init_genrand(&self, s: u32) {
        let mut mt = self.state.borrow_mut();
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index.set(N);
    }

    fn init_by_array(&self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mut mt = self.state.borrow_mut();
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn next_u32(&self) -> u32 {
        let mut mt = self.state.borrow_mut();
        if self.index.get() >= N {
            let twist = |a: u32, b: u32, c: u32| {
                let y = (a & 0x8000_0000) | (b & 0x7fff_ffff);
                c ^ (y >> 1) ^ if y & 1 != 0 { 0x9908_b0df } else { 0 }
            };
            for k in 0..N - M {
                mt[k] = twist(mt[k], mt[k + 1], mt[k + M]);
            }
            for k in N - M..N - 1 {
                mt[k] = twist(mt[k], mt[k + 1], mt[k + M - N]);
            }
            mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
            self.index.set(0);
        }
        let mut y = mt[self.index.get()];
        self.index.set(self.index.get() + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
}

method_table!(
    /// The methods of `Random`.
    METHODS,
    Method,
    {
    "random" => random, "($self, /)", "random() -> x in the interval [0, 1).";
    "seed" => seed, "($self, n=None, /)", "seed([n]) -> None.";
    "getstate" => getstate, "($self, /)", "getstate() -> tuple containing the current state.";
    "setstate" => setstate, "($self, state, /)", "setstate(state) -> None.  Restores generator state.";
    "getrandbits" => getrandbits, "($self, k, /)", "getrandbits(k) -> x.  Generates an int with k random bits.";
    }
);

method_table!(
    /// `Random.__new__`.
    NEW,
    Static,
    {
    "__new__" => random_new, "(type, *args, **kwargs)", "Create and return a new object.";
    }
);

/// Creates the `_random` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_random");
    vm.module_set(
        &m,
        "__doc__",
        vm.new_str("Module implements the Mersenne Twister random number generator."),
    )?;
    let ty = new_type_with(vm, "_random", "Random", &[METHODS, NEW], &[], true)?;
    vm.module_set(&m, "Random", ty)?;
    Ok(m)
}

/// Seeds `mt` from `arg` as CPython's `random_seed`: None from the system's entropy, an int
/// by its absolute value's 32-bit words, anything else by its hash.
fn seed_with(vm: &Vm, mt: &Mt, arg: Option<&Value>) -> PyResult<()> {
    let n: BigInt = match arg {
        None => {
            let mut key = [0u32; N];
            fill_entropy(&mut key);
            mt.init_by_array(&key);
            return Ok(());
        }
        Some(v) if v.is_none() => {
            let mut key = [0u32; N];
            fill_entropy(&mut key);
            mt.init_by_array(&key);
            return Ok(());
        }
        Some(v) => match int_value(v) {
            Some(n) => n.abs(),
            None => BigInt::from(vm.hash(v)? as u64),
        },
    };
    let mut key: Vec<u32> = n.to_u32_digits().1;
    if key.is_empty() {
        key.push(0);
    }
    mt.init_by_array(&key);
    Ok(())
}

/// Entropy for an unseeded generator: the OS's random bytes, else the clock.
fn fill_entropy(key: &mut [u32]) {
    let mut bytes = vec![0u8; key.len() * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .is_ok();
    if ok {
        for (k, c) in key.iter_mut().zip(bytes.chunks_exact(4)) {
            *k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
    } else {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        key[0] = t as u32;
        key[1] = (t >> 32) as u32;
        key[2] = std::process::id();
    }
}

fn random_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("Random.__new__(): not enough arguments"));
    };
    // The checks apply to `Random` itself; a subclass's `__init__` takes what it likes.
    let exact = crate::native_type::module_type(vm, "_random", "Random")
        .map(|t| t.is(cls))
        .unwrap_or(true);
    if exact && !args.kwnames.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if exact && pos.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let mt = Mt::new();
    seed_with(vm, &mt, if pos.len() == 2 { pos.get(1) } else { None })?;
    Ok(alloc(cls, mt))
}

fn me<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Mt> {
    args.pos()
        .first()
        .and_then(|v| state::<Mt>(v))
        .ok_or_else(|| vm.type_error("descriptor requires a '_random.Random' object"))
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: args.values.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    }
}

fn random(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mt = me(vm, &args)?;
    let r = rest(&args);
    if !r.kwnames.is_empty() {
        return Err(vm.type_error("Random.random() takes no keyword arguments"));
    }
    if !r.pos().is_empty() {
        return Err(vm.type_error(&format!(
            "Random.random() takes no arguments ({} given)",
            r.pos().len()
        )));
    }
    let a = f64::from(mt.next_u32() >> 5);
    let b = f64::from(mt.next_u32() >> 6);
    Ok(Value::float(
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0),
    ))
}

fn seed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mt = me(vm, &args)?;
    let a = crate::convert::positional(vm, &rest(&args), "Random.seed", "seed", 0, 1)?;
    seed_with(vm, mt, a.first())?;
    Ok(Value::NONE)
}

fn getstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mt = me(vm, &args)?;
    let mut items: Vec<Value> = mt
        .state
        .borrow()
        .iter()
        .map(|&w| vm.new_int(i64::from(w)))
        .collect();
    items.push(vm.new_int(mt.index.get() as i64));
    Ok(vm.new_tuple(items))
}

fn setstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mt = me(vm, &args)?;
    let a = crate::convert::one_arg(vm, &rest(&args), "Random.setstate")?;
    let Some(items) = vm.tuple_items(a) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(&items) {
        let n = index(vm, v)?;
        *w = n
            .to_u64()
            .and_then(|x| u32::try_from(x).ok())
            .ok_or_else(|| {
                crate::convert::overflow(vm, "Python int too large to convert to C unsigned long")
            })?;
    }
    let i = index(vm, &items[N])?;
    let i = i
        .to_i64()
        .filter(|i| (0..=N as i64).contains(i))
        .ok_or_else(|| vm.value_error("invalid state"))?;
    *mt.state.borrow_mut() = words;
    mt.index.set(i as usize);
    Ok(Value::NONE)
}

fn getrandbits(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mt = me(vm, &args)?;
    let k = index(vm, one_arg(vm, &rest(&args), "Random.getrandbits")?)?;
    if k.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let Some(mut k) = k.to_u64() else {
        return Err(crate::convert::overflow(
            vm,
            "Python int too large to convert to C int",
        ));
    };
    if k == 0 {
        return Ok(vm.new_int(0));
    }
    if k <= 32 {
        return Ok(vm.new_int(i64::from(mt.next_u32() >> (32 - k))));
    }
    let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
    while k > 0 {
        let mut r = mt.next_u32();
        if k < 32 {
            r >>= 32 - k;
        }
        words.push(r);
        k = k.saturating_sub(32);
    }
    let n = BigInt::from_slice(Sign::Plus, &words);
    Ok(vm.new_bigint(if n.is_zero() { BigInt::zero() } else { n }))
}
