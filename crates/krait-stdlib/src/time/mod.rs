//! The `time` module (CPython's Modules/timemodule.c): the clocks, `sleep`, and the calendar
//! functions (`gmtime`, `localtime`, `mktime`, `strftime`, `asctime`, `ctime`) over the C
//! library's, with `struct_time` as a struct sequence.

mod calendar;
mod ffi;

use crate::convert::{float_value, index, int_value, overflow};
use calendar::{asctime, ctime, gmtime, localtime, mktime, strftime};
use krait_vm::native::Args;
use krait_vm::{method_table, PyResult, Value, Vm};
use num_bigint::BigInt;

method_table!(
    /// The functions of `time`.
    FUNCTIONS,
    Static,
    {
    "time" => time, "($module, /)", "Return the current time in seconds since the Epoch.";
    "time_ns" => time_ns, "($module, /)", "Return the current time in nanoseconds since the Epoch.";
    "perf_counter" => perf_counter, "($module, /)", "Performance counter for benchmarking.";
    "perf_counter_ns" => perf_counter_ns, "($module, /)", "Performance counter for benchmarking as nanoseconds.";
    "monotonic" => monotonic, "($module, /)", "Monotonic clock, cannot go backward.";
    "monotonic_ns" => monotonic_ns, "($module, /)", "Monotonic clock, cannot go backward, as nanoseconds.";
    "process_time" => process_time, "($module, /)", "Process time for profiling: sum of the kernel and user-space CPU time.";
    "process_time_ns" => process_time_ns, "($module, /)", "Process time for profiling as nanoseconds.";
    "thread_time" => thread_time, "($module, /)", "Thread time for profiling: sum of the kernel and user-space CPU time.";
    "thread_time_ns" => thread_time_ns, "($module, /)", "Thread time for profiling as nanoseconds.";
    "sleep" => sleep, "($module, seconds, /)", "Delay execution for a given number of seconds.";
    "gmtime" => gmtime, "($module, seconds=None, /)", "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a. GMT).";
    "localtime" => localtime, "($module, seconds=None, /)", "Convert seconds since the Epoch to a time tuple expressing local time.";
    "mktime" => mktime, "($module, tuple, /)", "Convert a time tuple in local time to seconds since the Epoch.";
    "strftime" => strftime, "($module, format, tuple=None, /)", "Convert a time tuple to a string according to a format specification.";
    "asctime" => asctime, "($module, tuple=None, /)", "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.";
    "ctime" => ctime, "($module, seconds=None, /)", "Convert a time in seconds since the Epoch to a string in local time.";
    }
);

/// Creates the `time` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = crate::new_module(vm, "time", FUNCTIONS)?;
    vm.module_set(&m, "struct_time", calendar::struct_time_type(vm))?;
    // The zone as CPython's `init_timezone` finds it: from local time in January and July.
    let year_start = calendar::utc_now_secs() / 31_556_952 * 31_556_952;
    let jan = ffi::local(year_start);
    let jul = ffi::local(year_start + 183 * 86_400);
    let (janoff, julyoff, janname, julyname) = match (jan, jul) {
        (Some(a), Some(b)) => (
            -a.tm_gmtoff,
            -b.tm_gmtoff,
            ffi::zone_name(&a),
            ffi::zone_name(&b),
        ),
        _ => (0, 0, "UTC".to_owned(), "UTC".to_owned()),
    };
    let (timezone, altzone, names) = if janoff < julyoff {
        // Southern hemisphere: daylight saving time in January.
        (julyoff, janoff, [julyname, janname])
    } else {
        (janoff, julyoff, [janname, julyname])
    };
    vm.module_set(&m, "timezone", vm.new_int(timezone))?;
    vm.module_set(&m, "altzone", vm.new_int(altzone))?;
    vm.module_set(&m, "daylight", vm.new_int(i64::from(janoff != julyoff)))?;
    let names = names.iter().map(|n| vm.new_str(n)).collect();
    vm.module_set(&m, "tzname", vm.new_tuple(names))?;
    for (name, v) in [
        ("CLOCK_MONOTONIC", ffi::CLOCK_MONOTONIC),
        ("CLOCK_PROCESS_CPUTIME_ID", ffi::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", ffi::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_REALTIME", 0),
    ] {
        vm.module_set(&m, name, vm.new_int(i64::from(v)))?;
    }
    Ok(m)
}

/// Checks that a `METH_NOARGS` function got no arguments.
fn no_args(vm: &Vm, args: &Args<'_>, qualname: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{qualname}() takes no keyword arguments")));
    }
    match args.pos().len() {
        0 => Ok(()),
        n => Err(vm.type_error(&format!("{qualname}() takes no arguments ({n} given)"))),
    }
}

/// Nanoseconds since the Epoch.
fn wall_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn ns_value(vm: &Vm, ns: i128) -> Value {
    vm.new_bigint(BigInt::from(ns))
}

fn secs_value(ns: i128) -> Value {
    Value::float(ns as f64 / 1e9)
}

macro_rules! clocks {
    ($( $secs:ident / $ns:ident => $read:expr; )*) => {
        $(
            fn $secs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                no_args(vm, &args, concat!("time.", stringify!($secs)))?;
                Ok(secs_value($read))
            }

            fn $ns(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                no_args(vm, &args, concat!("time.", stringify!($ns)))?;
                Ok(ns_value(vm, $read))
            }
        )*
    };
}

clocks! {
    time / time_ns => wall_ns();
    perf_counter / perf_counter_ns => ffi::clock_ns(ffi::CLOCK_MONOTONIC);
    monotonic / monotonic_ns => ffi::clock_ns(ffi::CLOCK_MONOTONIC);
    process_time / process_time_ns => ffi::clock_ns(ffi::CLOCK_PROCESS_CPUTIME_ID);
    thread_time / thread_time_ns => ffi::clock_ns(ffi::CLOCK_THREAD_CPUTIME_ID);
}

/// A duration or timestamp in seconds (an int, or a float which must not be NaN), as
/// CPython's `_PyTime_FromSecondsObject`; `None` when it does not fit.
fn seconds_arg(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(x) = float_value(v) {
        if x.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        return Ok(Some(x));
    }
    if let Some(n) = int_value(v) {
        return Ok(num_traits::ToPrimitive::to_f64(&n));
    }
    let n = index(vm, v)?;
    Ok(num_traits::ToPrimitive::to_f64(&n))
}

fn sleep(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = crate::convert::one_arg(vm, &args, "time.sleep")?;
    let secs = seconds_arg(vm, x)?
        .filter(|s| s.abs() < 9.2e9)
        .ok_or_else(|| overflow(vm, "timestamp out of range for platform time_t"))?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::NONE)
}
