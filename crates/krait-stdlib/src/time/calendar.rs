//! The calendar side of `time`: `struct_time`, and conversions between seconds since the Epoch,
//! broken-down times and text, over the C library's `gmtime_r`, `localtime_r`, `mktime` and
//! `strftime` (CPython's `gettmarg`/`checktm` rules for time tuples).

use super::ffi::{self, Tm};
use super::seconds_arg;
use crate::convert::{index, overflow};
use krait_vm::native::Args;
use krait_vm::objects::str::StrData;
use krait_vm::objects::structseq;
use krait_vm::protocols::payload;
use krait_vm::{PyResult, Value, Vm};

/// The fields of `time.struct_time` (the nine of the tuple; `tm_zone` and `tm_gmtoff` are not
/// provided, see docs/compatibility.md).
const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// A new `time.struct_time` type.
pub(super) fn struct_time_type(vm: &Vm) -> Value {
    structseq::new_type(vm, "time", "struct_time", &FIELDS)
}

/// The `struct_time` type of the imported `time` module (a fresh one if it is gone).
fn struct_time(vm: &Vm) -> Value {
    let found = vm
        .dict_get_item(&vm.sys_modules(), &vm.intern("time"))
        .ok()
        .flatten()
        .and_then(|m| vm.module_dict(&m))
        .and_then(|d| {
            vm.dict_get_item(&d, &vm.intern("struct_time"))
                .ok()
                .flatten()
        });
    found.unwrap_or_else(|| struct_time_type(vm))
}

/// Whole seconds since the Epoch, now.
pub(super) fn utc_now_secs() -> i64 {
    (super::wall_ns().div_euclid(1_000_000_000)) as i64
}

/// The optional argument of `gmtime`/`localtime`/`ctime` (`name`).
fn optional_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<Option<&'a Value>> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [] => Ok(None),
        [x] => Ok((!x.is_none()).then_some(x)),
        a => Err(vm.type_error(&format!(
            "{name}() takes at most 1 argument ({} given)",
            a.len()
        ))),
    }
}

/// A timestamp argument as a C `time_t`, rounded toward minus infinity; now if absent.
fn time_t_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    let Some(v) = v else {
        return Ok(utc_now_secs());
    };
    match seconds_arg(vm, v)? {
        Some(x) if x.floor() >= -9.2e18 && x.floor() <= 9.2e18 => Ok(x.floor() as i64),
        _ => Err(overflow(vm, "timestamp out of range for platform time_t")),
    }
}

/// A `struct_time` from a broken-down time.
fn to_struct(vm: &Vm, tm: &Tm) -> Value {
    let items = [
        i64::from(tm.tm_year) + 1900,
        i64::from(tm.tm_mon) + 1,
        i64::from(tm.tm_mday),
        i64::from(tm.tm_hour),
        i64::from(tm.tm_min),
        i64::from(tm.tm_sec),
        (i64::from(tm.tm_wday) + 6) % 7,
        i64::from(tm.tm_yday) + 1,
        i64::from(tm.tm_isdst),
    ];
    structseq::new(
        &struct_time(vm),
        items.iter().map(|&i| vm.new_int(i)).collect(),
    )
}

fn out_of_range(vm: &Vm) -> krait_vm::PyErr {
    vm.new_exception(
        &vm.types.os_error,
        vec![
            vm.new_int(75),
            vm.new_str("Value too large for defined data type"),
        ],
    )
}

pub(super) fn gmtime(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let t = time_t_arg(vm, optional_arg(vm, &args, "gmtime")?)?;
    let tm = ffi::utc(t).ok_or_else(|| out_of_range(vm))?;
    Ok(to_struct(vm, &tm))
}

pub(super) fn localtime(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let t = time_t_arg(vm, optional_arg(vm, &args, "localtime")?)?;
    let tm = ffi::local(t).ok_or_else(|| out_of_range(vm))?;
    Ok(to_struct(vm, &tm))
}

/// A C `int` field of a time tuple.
fn c_int(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = index(vm, v)?;
    i32::try_from(&n).map_err(|_| {
        overflow(
            vm,
            if n.sign() == num_bigint::Sign::Minus {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            },
        )
    })
}

/// A broken-down time from a time tuple or `struct_time` (CPython's `gettmarg`).
fn from_tuple(vm: &Vm, v: &Value, name: &str) -> PyResult<Tm> {
    let Some(items) = vm.tuple_items(v) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(&format!("{name}(): illegal time tuple argument")));
    }
    let mut f = [0i32; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = c_int(vm, item)?;
    }
    Ok(Tm {
        tm_year: f[0].wrapping_sub(1900),
        tm_mon: f[1].wrapping_sub(1),
        tm_mday: f[2],
        tm_hour: f[3],
        tm_min: f[4],
        tm_sec: f[5],
        tm_wday: (f[6].wrapping_add(1)) % 7,
        tm_yday: f[7].wrapping_sub(1),
        tm_isdst: f[8],
        ..Tm::default()
    })
}

/// Checks (and normalizes the zero placeholders of) a broken-down time for `strftime` and
/// `asctime`, with CPython's messages.
fn check(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    Ok(())
}

/// The local time now.
fn local_now(vm: &Vm) -> PyResult<Tm> {
    ffi::local(utc_now_secs()).ok_or_else(|| out_of_range(vm))
}

pub(super) fn strftime(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("strftime() takes no keyword arguments"));
    }
    let a = args.pos();
    match a.len() {
        0 => return Err(vm.type_error("strftime() takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => {
            return Err(vm.type_error(&format!("strftime() takes at most 2 arguments ({n} given)")))
        }
    }
    let Some(format) = payload::<StrData>(&a[0]) else {
        return Err(vm.type_error(&format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let mut tm = match a.get(1) {
        Some(t) => from_tuple(vm, t, "strftime")?,
        None => local_now(vm)?,
    };
    check(vm, &mut tm)?;
    let format = format.to_string_lossy();
    if format.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let out = ffi::format_time(format.as_bytes(), &tm);
    Ok(vm.new_str(&String::from_utf8_lossy(&out)))
}

/// `asctime`'s text of a broken-down time: `Sun Jun 20 23:21:05 1993`.
fn asctime_text(tm: &Tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + i64::from(tm.tm_year)
    )
}

pub(super) fn asctime(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "time.asctime", "asctime", 0, 1)?;
    let mut tm = match a.first() {
        Some(t) => from_tuple(vm, t, "asctime")?,
        None => local_now(vm)?,
    };
    check(vm, &mut tm)?;
    Ok(vm.new_str(&asctime_text(&tm)))
}

pub(super) fn ctime(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let t = time_t_arg(vm, optional_arg(vm, &args, "ctime")?)?;
    let tm = ffi::local(t).ok_or_else(|| out_of_range(vm))?;
    Ok(vm.new_str(&asctime_text(&tm)))
}

pub(super) fn mktime(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let t = crate::convert::one_arg(vm, &args, "time.mktime")?;
    let mut tm = from_tuple(vm, t, "mktime")?;
    tm.tm_wday = -1; // sentinel: unchanged means failure
    let r = ffi::make_time(&mut tm);
    if r == -1 && tm.tm_wday == -1 {
        return Err(overflow(vm, "mktime argument out of range"));
    }
    Ok(Value::float(r as f64))
}
