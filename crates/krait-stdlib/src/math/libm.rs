//! The C library's mathematical functions, called directly so that results are bit for bit
//! those CPython gets from the same libm (Rust's `f64` methods reimplement some of them, e.g.
//! `asinh`, with different rounding).

mod ffi {
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        // Rust's compiler-builtins defines its own `cbrt`, which would shadow glibc's (with
        // different rounding); glibc's `_Float64` alias reaches the C library's.
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "cbrtf64")]
        pub fn cbrt(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
    }
}

macro_rules! wrap {
    ($( $name:ident ( $($arg:ident : $ty:ty),* ); )*) => {
        $(
            #[doc = concat!("The C library's `", stringify!($name), "`.")]
            #[inline]
            pub fn $name($($arg: $ty),*) -> f64 {
                // SAFETY: a pure C function of plain values, declared with its C prototype; it
                // reads and writes no memory of ours (at most the thread's errno).
                unsafe { ffi::$name($($arg),*) }
            }
        )*
    };
}

wrap! {
    sin(x: f64); cos(x: f64); tan(x: f64); asin(x: f64); acos(x: f64); atan(x: f64);
    atan2(y: f64, x: f64); sinh(x: f64); cosh(x: f64); tanh(x: f64); asinh(x: f64);
    acosh(x: f64); atanh(x: f64); exp(x: f64); exp2(x: f64); expm1(x: f64); log(x: f64);
    log2(x: f64); log10(x: f64); log1p(x: f64); sqrt(x: f64); cbrt(x: f64); pow(x: f64, y: f64);
    erf(x: f64); erfc(x: f64); fmod(x: f64, y: f64); remainder(x: f64, y: f64);
    nextafter(x: f64, y: f64); ldexp(x: f64, e: i32);
}
