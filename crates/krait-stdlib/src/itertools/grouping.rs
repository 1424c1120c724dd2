//! The iterators of itertools that hand out sub-iterators: `groupby` (with its `_grouper`
//! groups) and `tee` (independent iterators over one source, sharing a buffer of blocks).

use super::{after_cls, alloc, cls_of, module_type, new_table, state_as, trace_fields, Iterate};
use crate::convert::parse_keywords;
use krait_vm::native::Args;
use krait_vm::slot::Slot;
use krait_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

// ---- groupby ----

struct GroupBy {
    it: Slot,
    keyfunc: Slot,
    /// The key of the group handed out last.
    tgtkey: Slot,
    /// The key and value of the item read last (the value NULL once a group consumed it).
    currkey: Slot,
    currvalue: Slot,
    /// Bumped whenever the groupby advances, invalidating the groups handed out before.
    generation: Cell<u64>,
}

impl GroupBy {
    /// Reads the next item and its key; `false` when the source is exhausted.
    fn step(&self, vm: &Vm) -> PyResult<bool> {
        let it = self.it.get();
        if it.is_null() {
            return Ok(false);
        }
        let Some(v) = vm.next(&it)? else {
            return Ok(false);
        };
        let f = self.keyfunc.get();
        let key = if f.is_none() {
            v.clone()
        } else {
            vm.call(&f, std::slice::from_ref(&v), &[])?
        };
        self.currvalue.set(v);
        self.currkey.set(key);
        Ok(true)
    }
}

impl Iterate for GroupBy {
    /// Skips the rest of the current group, then returns `(key, group)`.
    fn next(&self, vm: &Vm, me: &Value) -> PyResult<Option<Value>> {
        self.generation.set(self.generation.get() + 1);
        loop {
            let currkey = self.currkey.get();
            if !currkey.is_null() {
                let tgt = self.tgtkey.get();
                if tgt.is_null() || !vm.eq(&tgt, &currkey)? {
                    break;
                }
            }
            if !self.step(vm)? {
                return Ok(None);
            }
        }
        let key = self.currkey.get();
        self.tgtkey.set(key.clone());
        let group = alloc(
            &module_type(vm, "_grouper")?,
            Grouper {
                parent: Slot::new(me.clone()),
                tgtkey: Slot::new(key.clone()),
                generation: self.generation.get(),
            },
        );
        Ok(Some(vm.new_tuple(vec![key, group])))
    }

    trace_fields!(slots: [it, keyfunc, tgtkey, currkey, currvalue], vecs: []);
}

fn groupby_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let a = parse_keywords(
        vm,
        &after_cls(&args),
        "groupby",
        &["iterable", "key"],
        0,
        2,
        1,
    )?;
    let it = vm.get_iter(a[0].as_ref().unwrap_or(&Value::NONE))?;
    Ok(alloc(
        &cls,
        GroupBy {
            it: Slot::new(it),
            keyfunc: Slot::new(a[1].clone().unwrap_or(Value::NONE)),
            tgtkey: Slot::default(),
            currkey: Slot::default(),
            currvalue: Slot::default(),
            generation: Cell::new(0),
        },
    ))
}
new_table!(GROUPBY_NEW, groupby_new, "(iterable, key=None)");

struct Grouper {
    parent: Slot,
    tgtkey: Slot,
    generation: u64,
}

impl Iterate for Grouper {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        let parent = self.parent.get();
        let Some(g) = state_as::<GroupBy>(&parent) else {
            return Ok(None);
        };
        if g.generation.get() != self.generation {
            return Ok(None);
        }
        if g.currvalue.get().is_null() && !g.step(vm)? {
            return Ok(None);
        }
        if !vm.eq(&self.tgtkey.get(), &g.currkey.get())? {
            return Ok(None);
        }
        Ok(Some(g.currvalue.replace(Value::NULL)))
    }

    trace_fields!(slots: [parent, tgtkey], vecs: []);
}

// ---- tee ----

/// Items per block of a tee buffer.
const BLOCK: usize = 57;

/// One block of the buffer the tees of one source share; a block lives while some tee still
/// needs it.
struct Block {
    values: RefCell<Vec<Value>>,
    next: RefCell<Option<Rc<Block>>>,
}

impl Drop for Block {
    /// Frees a chain of blocks no tee needs any more one by one, not recursively.
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some(b) = next {
            match Rc::try_unwrap(b) {
                Ok(mut block) => next = block.next.get_mut().take(),
                Err(_) => break,
            }
        }
    }
}

impl Block {
    fn new() -> Rc<Block> {
        Rc::new(Block {
            values: RefCell::new(Vec::with_capacity(BLOCK)),
            next: RefCell::new(None),
        })
    }
}

/// The source shared by the tees.
struct TeeSource {
    it: Slot,
    running: Cell<bool>,
}

/// One tee. Its buffer and source are shared with its siblings, so the collector is not shown
/// them (a cycle through a tee's buffer is not collected; it is never freed wrongly).
struct Tee {
    source: Rc<TeeSource>,
    block: RefCell<Rc<Block>>,
    index: Cell<usize>,
}

impl Iterate for Tee {
    fn next(&self, vm: &Vm, _me: &Value) -> PyResult<Option<Value>> {
        let mut i = self.index.get();
        if i == BLOCK {
            let cur = self.block.borrow().clone();
            let next = cur.next.borrow_mut().get_or_insert_with(Block::new).clone();
            *self.block.borrow_mut() = next;
            i = 0;
            self.index.set(0);
        }
        let block = self.block.borrow().clone();
        if let Some(v) = block.values.borrow().get(i) {
            self.index.set(i + 1);
            return Ok(Some(v.clone()));
        }
        if self.source.running.get() {
            return Err(vm.new_error(&vm.types.runtime_error, "cannot re-enter the tee iterator"));
        }
        let it = self.source.it.get();
        if it.is_null() {
            return Ok(None);
        }
        self.source.running.set(true);
        let r = vm.next(&it);
        self.source.running.set(false);
        match r? {
            Some(v) => {
                block.values.borrow_mut().push(v.clone());
                self.index.set(i + 1);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    fn clear(&self) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(super) fn tee(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::convert::positional(vm, &args, "itertools.tee", "tee", 1, 2)?;
    let n = match a.get(1) {
        None => 2,
        Some(v) => {
            let n = crate::convert::index(vm, v)?;
            i64::try_from(&n).map_err(|_| {
                crate::convert::overflow(vm, "Python int too large to convert to C ssize_t")
            })?
        }
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let ty = module_type(vm, "_tee")?;
    // A tee given a tee is its first result, and the others copy its position (CPython's
    // `__copy__` protocol, for tees).
    let given = state_as::<Tee>(&a[0]).is_some();
    let first = if given {
        a[0].clone()
    } else {
        let source = Rc::new(TeeSource {
            it: Slot::new(vm.get_iter(&a[0])?),
            running: Cell::new(false),
        });
        alloc(
            &ty,
            Tee {
                source,
                block: RefCell::new(Block::new()),
                index: Cell::new(0),
            },
        )
    };
    let mut tees = Vec::with_capacity(n as usize);
    if n > 0 {
        let t = state_as::<Tee>(&first).ok_or_else(|| vm.type_error("tee expected"))?;
        for _ in 1..n {
            tees.push(alloc(
                &ty,
                Tee {
                    source: t.source.clone(),
                    block: RefCell::new(t.block.borrow().clone()),
                    index: Cell::new(t.index.get()),
                },
            ));
        }
        tees.insert(0, first);
    }
    Ok(vm.new_tuple(tees))
}
