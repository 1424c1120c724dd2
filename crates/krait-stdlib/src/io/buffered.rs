//! The state of `BufferedReader`, `BufferedWriter` and `BufferedRandom` (CPython's
//! Modules/_io/bufferedio.c) and the buffer operations their methods share: filling the read
//! buffer from the raw stream, flushing the write buffer to it, and the position bookkeeping
//! between the two. The methods themselves are in `buffered_methods.rs`.

use super::rawops::{self, WriteBuf};
use crate::native_type::state;
use krait_vm::objects::native_object::NativeObject;
use krait_vm::slot::Slot;
use krait_vm::{PyErr, PyResult, Value, Vm};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// May read.
pub(super) const READ: u8 = 1;
/// May write.
pub(super) const WRITE: u8 = 2;

/// The state of a buffered object.
pub(crate) struct Buffered {
    /// READ and/or WRITE.
    pub(super) kind: u8,
    pub(super) raw: Slot,
    pub(super) ok: Cell<bool>,
    pub(super) detached: Cell<bool>,
    pub(super) size: Cell<usize>,
    /// Read-ahead: `rbuf[rpos..]` is unread.
    pub(super) rbuf: RefCell<Vec<u8>>,
    pub(super) rpos: Cell<usize>,
    pub(super) wbuf: RefCell<Option<Rc<WriteBuf>>>,
}

impl Buffered {
    /// An uninitialised object of `kind`.
    pub(super) fn new(kind: u8) -> Buffered {
        Buffered {
            kind,
            raw: Slot::new(Value::NONE),
            ok: Cell::new(false),
            detached: Cell::new(false),
            size: Cell::new(super::DEFAULT_BUFFER_SIZE as usize),
            rbuf: RefCell::new(Vec::new()),
            rpos: Cell::new(0),
            wbuf: RefCell::new(None),
        }
    }

    /// How many read-ahead bytes are unread.
    pub(super) fn unread(&self) -> usize {
        self.rbuf.borrow().len().saturating_sub(self.rpos.get())
    }

    /// Takes up to `n` unread bytes (all if `None`).
    pub(super) fn take_unread(&self, n: Option<usize>) -> Vec<u8> {
        let rb = self.rbuf.borrow();
        let start = self.rpos.get().min(rb.len());
        let end = n.map_or(rb.len(), |n| (start + n).min(rb.len()));
        let out = rb[start..end].to_vec();
        drop(rb);
        self.rpos.set(end);
        out
    }

    /// Forgets the read-ahead.
    pub(super) fn reset_read(&self) {
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
    }

    /// Puts `data` back as the read-ahead (after bytes were read past what was asked for).
    pub(super) fn set_read(&self, data: Vec<u8>) {
        *self.rbuf.borrow_mut() = data;
        self.rpos.set(0);
    }

    /// How many written bytes are pending.
    pub(super) fn pending(&self) -> usize {
        self.wbuf
            .borrow()
            .as_ref()
            .map_or(0, |w| w.data.borrow().len())
    }

    /// Appends `data` to the write buffer.
    pub(super) fn push_write(&self, vm: &Vm, data: &[u8]) {
        let mut wb = self.wbuf.borrow_mut();
        let w = wb.get_or_insert_with(|| WriteBuf::new(vm, &self.raw.get()));
        w.data.borrow_mut().extend_from_slice(data);
    }
}

impl Drop for Buffered {
    fn drop(&mut self) {
        // CPython's finalizer closes (so flushes) a buffered object; a native raw stream gets
        // the pending bytes here.
        if let Some(w) = self.wbuf.borrow().as_ref() {
            w.flush_quiet();
        }
    }
}

impl NativeObject for Buffered {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.raw.visit(visit);
    }
    fn clear(&self) {
        self.raw.set(Value::NULL);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The buffered state of `v`, if it has one.
pub(crate) fn buffered_state(v: &Value) -> Option<&Buffered> {
    state::<Buffered>(v)
}

/// Whether the raw stream is closed (`raw.closed`).
pub(super) fn raw_closed(vm: &Vm, b: &Buffered) -> PyResult<bool> {
    let raw = b.raw.get();
    if let Some(f) = rawops::native_file(vm, &raw) {
        return Ok(f.is_closed());
    }
    super::util::attr_closed(vm, &raw)
}

/// Checks that `b` is initialised and attached.
pub(super) fn check_ready(vm: &Vm, b: &Buffered) -> PyResult<()> {
    if !b.ok.get() {
        if b.detached.get() {
            return Err(vm.value_error("raw stream has been detached"));
        }
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    Ok(())
}

/// Checks that `b` is usable and its raw stream open (`msg`: CPython's message for this
/// operation, "read of closed file").
pub(super) fn check_open(vm: &Vm, b: &Buffered, msg: &str) -> PyResult<()> {
    check_ready(vm, b)?;
    if raw_closed(vm, b)? {
        return Err(vm.value_error(msg));
    }
    Ok(())
}

/// `BlockingIOError(EAGAIN, msg, written)`.
fn blocking(vm: &Vm, msg: &str, written: usize) -> PyErr {
    let args = [
        vm.new_int(i64::from(libc::EAGAIN)),
        vm.new_str(msg),
        vm.new_int(written as i64),
    ];
    match vm.call(&vm.types.blocking_io_error, &args, &[]) {
        Ok(e) => vm.make_raisable(e, None).unwrap_or_else(|e| e),
        Err(e) => e,
    }
}

/// Writes the whole write buffer to the raw stream.
pub(super) fn flush_writes(vm: &Vm, b: &Buffered) -> PyResult<()> {
    let Some(w) = b.wbuf.borrow().clone() else {
        return Ok(());
    };
    let raw = b.raw.get();
    loop {
        let data = std::mem::take(&mut *w.data.borrow_mut());
        if data.is_empty() {
            return Ok(());
        }
        let r = rawops::write(vm, &raw, &data);
        // Whatever was not written goes back in front of anything written meanwhile.
        let put_back = |from: usize| {
            let mut d = w.data.borrow_mut();
            let mut rest = data[from..].to_vec();
            rest.extend_from_slice(&d);
            *d = rest;
        };
        match r {
            Ok(Some(n)) => put_back(n),
            Ok(None) => {
                put_back(0);
                return Err(blocking(vm, "write could not complete without blocking", 0));
            }
            Err(e) => {
                put_back(0);
                return Err(e);
            }
        }
    }
}

/// Before reading from a BufferedRandom: pending writes go out first.
pub(super) fn prepare_read(vm: &Vm, b: &Buffered) -> PyResult<()> {
    if b.kind & WRITE != 0 {
        flush_writes(vm, b)?;
    }
    Ok(())
}

/// Before writing to a BufferedRandom: the raw position goes back over the unread read-ahead.
pub(super) fn prepare_write(vm: &Vm, b: &Buffered) -> PyResult<()> {
    let unread = b.unread();
    if b.kind & READ != 0 && unread > 0 {
        rawops::seek(vm, &b.raw.get(), -(unread as i64), 1)?;
    }
    if b.kind & READ != 0 {
        b.reset_read();
    }
    Ok(())
}

/// Reads `n` bytes (all if negative), as `BufferedReader.read`; `None` if the raw stream
/// would block before anything was read.
pub(super) fn read(vm: &Vm, b: &Buffered, n: i64) -> PyResult<Option<Vec<u8>>> {
    prepare_read(vm, b)?;
    let raw = b.raw.get();
    if n < 0 {
        let mut out = b.take_unread(None);
        b.reset_read();
        match rawops::read_all(vm, &raw)? {
            Some(rest) => out.extend_from_slice(&rest),
            None if out.is_empty() => return Ok(None),
            None => {}
        }
        return Ok(Some(out));
    }
    let n = n as usize;
    if b.unread() >= n {
        return Ok(Some(b.take_unread(Some(n))));
    }
    let mut out = b.take_unread(None);
    b.reset_read();
    let wanted = b.size.get().max(n);
    while out.len() < n {
        match rawops::read(vm, &raw, wanted)? {
            None => {
                if out.is_empty() {
                    return Ok(None);
                }
                break;
            }
            Some(chunk) if chunk.is_empty() => break,
            Some(chunk) => out.extend_from_slice(&chunk),
        }
    }
    if out.len() > n {
        b.set_read(out.split_off(n));
    }
    Ok(Some(out))
}

/// Reads once from the raw stream into the read-ahead (keeping what is unread); returns how
/// many bytes came, `None` if it would block.
pub(super) fn fill(vm: &Vm, b: &Buffered, n: usize) -> PyResult<Option<usize>> {
    prepare_read(vm, b)?;
    let chunk = rawops::read(vm, &b.raw.get(), n.max(1))?;
    let Some(chunk) = chunk else {
        return Ok(None);
    };
    let mut rest = b.take_unread(None);
    rest.extend_from_slice(&chunk);
    b.set_read(rest);
    Ok(Some(chunk.len()))
}

/// One line (up to `limit` bytes if non-negative), as `BufferedReader.readline`.
pub(super) fn readline(vm: &Vm, b: &Buffered, limit: i64) -> PyResult<Vec<u8>> {
    prepare_read(vm, b)?;
    let mut out: Vec<u8> = Vec::new();
    loop {
        let room = if limit < 0 {
            usize::MAX
        } else {
            limit as usize - out.len()
        };
        {
            let rb = b.rbuf.borrow();
            let start = b.rpos.get().min(rb.len());
            let avail = &rb[start..];
            let window = &avail[..avail.len().min(room)];
            if let Some(i) = window.iter().position(|&c| c == b'\n') {
                out.extend_from_slice(&window[..=i]);
                drop(rb);
                b.rpos.set(start + i + 1);
                return Ok(out);
            }
            out.extend_from_slice(window);
            let taken = window.len();
            drop(rb);
            b.rpos.set(start + taken);
        }
        if limit >= 0 && out.len() >= limit as usize {
            return Ok(out);
        }
        b.reset_read();
        match fill(vm, b, b.size.get())? {
            Some(0) | None => return Ok(out),
            Some(_) => {}
        }
    }
}

/// Writes `data` (buffered), as `BufferedWriter.write`.
pub(super) fn write(vm: &Vm, b: &Buffered, data: &[u8]) -> PyResult<usize> {
    prepare_write(vm, b)?;
    let size = b.size.get();
    if b.pending() + data.len() <= size {
        b.push_write(vm, data);
        return Ok(data.len());
    }
    // As CPython's C implementation: the buffer goes out first, then what does not fit in an
    // empty buffer is written directly, and the rest is buffered.
    flush_writes(vm, b)?;
    let mut rest = data;
    let raw = b.raw.get();
    while rest.len() > size {
        match rawops::write(vm, &raw, rest)? {
            Some(0) | None => break,
            Some(n) => rest = &rest[n..],
        }
    }
    b.push_write(vm, rest);
    Ok(data.len())
}

/// The logical position: the raw position less the read-ahead plus the pending writes.
pub(super) fn tell(vm: &Vm, b: &Buffered) -> PyResult<i64> {
    let pos = rawops::tell(vm, &b.raw.get())?;
    let pos = pos - b.unread() as i64 + b.pending() as i64;
    Ok(pos.max(0))
}

/// Seeks, as `BufferedReader.seek`.
pub(super) fn seek(vm: &Vm, b: &Buffered, pos: i64, whence: i64) -> PyResult<i64> {
    flush_writes(vm, b)?;
    let pos = if whence == 1 {
        pos - b.unread() as i64
    } else {
        pos
    };
    let r = rawops::seek(vm, &b.raw.get(), pos, whence)?;
    b.reset_read();
    Ok(r)
}

/// Flushes, and for a BufferedRandom moves the raw position back over the read-ahead.
pub(super) fn flush(vm: &Vm, b: &Buffered) -> PyResult<()> {
    flush_writes(vm, b)?;
    if b.kind == READ | WRITE && b.unread() > 0 {
        prepare_write(vm, b)?;
    }
    Ok(())
}

/// Drops the (consumed) read-ahead and reads once from the raw stream (`read1`, `peek`).
pub(super) fn reset_and_fill(vm: &Vm, b: &Buffered, n: usize) -> PyResult<()> {
    b.reset_read();
    fill(vm, b, n.max(b.size.get()))?;
    Ok(())
}
