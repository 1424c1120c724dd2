//! The C library's clocks and calendar functions used by `time` (POSIX; the `struct tm` layout
//! is the one glibc and the BSDs share, with `tm_gmtoff` and `tm_zone`).

use std::ffi::{c_char, c_int};

/// C's `struct timespec` on 64-bit POSIX systems.
#[repr(C)]
#[derive(Default)]
pub struct Timespec {
    pub tv_sec: i64,
    pub tv_nsec: i64,
}

/// C's `struct tm`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Tm {
    pub tm_sec: c_int,
    pub tm_min: c_int,
    pub tm_hour: c_int,
    pub tm_mday: c_int,
    pub tm_mon: c_int,
    pub tm_year: c_int,
    pub tm_wday: c_int,
    pub tm_yday: c_int,
    pub tm_isdst: c_int,
    /// C `long`: 64 bits on the 64-bit POSIX systems krait supports.
    pub tm_gmtoff: i64,
    pub tm_zone: *const c_char,
}

impl Default for Tm {
    fn default() -> Tm {
        Tm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }
}

extern "C" {
    fn clock_gettime(clock: c_int, ts: *mut Timespec) -> c_int;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(buf: *mut c_char, max: usize, format: *const c_char, tm: *const Tm) -> usize;
    fn tzset();
}

/// `CLOCK_MONOTONIC`, `CLOCK_PROCESS_CPUTIME_ID` and `CLOCK_THREAD_CPUTIME_ID` (Linux values).
pub const CLOCK_MONOTONIC: c_int = 1;
pub const CLOCK_PROCESS_CPUTIME_ID: c_int = 2;
pub const CLOCK_THREAD_CPUTIME_ID: c_int = 3;

/// Nanoseconds on `clock`.
pub fn clock_ns(clock: c_int) -> i128 {
    let mut ts = Timespec::default();
    // SAFETY: `ts` is a valid, writable `struct timespec` for the duration of the call.
    unsafe { clock_gettime(clock, &mut ts) };
    i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec)
}

/// The broken-down local time of `t`, or `None` if the C library cannot represent it.
pub fn local(t: i64) -> Option<Tm> {
    let mut tm = Tm::default();
    // SAFETY: both pointers are valid for the call; `tzset` only reads the environment.
    let r = unsafe {
        tzset();
        localtime_r(&t, &mut tm)
    };
    (!r.is_null()).then_some(tm)
}

/// The broken-down UTC time of `t`, or `None` if the C library cannot represent it.
pub fn utc(t: i64) -> Option<Tm> {
    let mut tm = Tm::default();
    // SAFETY: both pointers are valid for the call.
    let r = unsafe { gmtime_r(&t, &mut tm) };
    (!r.is_null()).then_some(tm)
}

/// C's `mktime` of a local broken-down time; `-1` (with the fields unchanged) on failure.
pub fn make_time(tm: &mut Tm) -> i64 {
    // SAFETY: `tm` is a valid `struct tm` (its zone pointer is null or from the C library).
    unsafe { mktime(tm) }
}

/// The name of the time zone of a broken-down time from the C library.
pub fn zone_name(tm: &Tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: a non-null `tm_zone` set by the C library points at a NUL-terminated string
    // with static lifetime.
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

/// C's `strftime` of `format` (no NUL bytes), growing the buffer as CPython does.
pub fn format_time(format: &[u8], tm: &Tm) -> Vec<u8> {
    let Ok(fmt) = std::ffi::CString::new(format) else {
        return Vec::new();
    };
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `fmt` is NUL-terminated and `tm` is valid.
        let n = unsafe { strftime(buf.as_mut_ptr().cast(), size, fmt.as_ptr(), tm) };
        if n > 0 || size >= 256 * format.len().max(1) {
            buf.truncate(n);
            return buf;
        }
        size *= 2;
    }
}
