//! The assembler: turns a compilation unit's basic blocks into a [`CodeObject`], as CPython
//! 3.11's `assemble()` (Python/compile.c): prefix instructions (`COPY_FREE_VARS`, `MAKE_CELL`,
//! `RETURN_GENERATOR`), localsplus layout, control-flow clean-up (constant conditions,
//! unreachable blocks, jump threading), line-number propagation, stack depth (which doubles as
//! the verifier: an underflow or inconsistent depth is an internal error), exception-table
//! labelling, NOP removal, jump resolution and `EXTENDED_ARG`s.

use crate::codegen::ir::{BlockId, Ins, Op, NO_BLOCK};
use crate::codegen::{Unit, UnitKind};
use crate::symtable::{Scope, ScopeKind};
use crate::CompileOptions;
use krait_bytecode::code::{co_flags, local_kind};
use krait_bytecode::opcode::MAX_ARG;
use krait_bytecode::{CodeObject, Constant, ExceptionTableEntry, Instr, Opcode, Position};

/// Assembles `unit` (whose block is `ste`). Errors are internal (compiler bugs), as messages.
pub(crate) fn assemble(
    mut unit: Unit<'_>,
    ste: &Scope,
    filename: &str,
    _opts: &CompileOptions,
    future_annotations: bool,
) -> Result<CodeObject, String> {
    let flags = code_flags(&unit, ste, future_annotations);

    // Localsplus: locals (parameters first), cells that are not locals, free variables.
    let nlocals = unit.varnames.len();
    let mut names: Vec<String> = unit.varnames.clone();
    let mut kinds: Vec<u8> = vec![local_kind::LOCAL; nlocals];
    let mut cell_slot = Vec::with_capacity(unit.cellvars.len());
    for c in &unit.cellvars {
        if let Some(i) = names[..nlocals].iter().position(|n| n == c) {
            kinds[i] |= local_kind::CELL;
            cell_slot.push(i as u32);
        } else {
            cell_slot.push(names.len() as u32);
            names.push(c.clone());
            kinds.push(local_kind::CELL);
        }
    }
    let free_base = names.len() as u32;
    for f in &unit.freevars {
        names.push(f.clone());
        kinds.push(local_kind::FREE);
    }
    let ncells = unit.cellvars.len() as u32;
    let fix_deref = |arg: u32| -> u32 {
        if arg < ncells {
            cell_slot[arg as usize]
        } else {
            free_base + (arg - ncells)
        }
    };

    // Prefix instructions.
    let mut prefix = Vec::new();
    if !unit.freevars.is_empty() {
        prefix.push(Ins {
            op: Op::Real(Opcode::CopyFreeVars),
            arg: unit.freevars.len() as u32,
            target: NO_BLOCK,
            pos: None,
        });
    }
    let mut cell_order: Vec<u32> = (0..ncells).collect();
    cell_order.sort_by_key(|&i| cell_slot[i as usize]);
    for i in cell_order {
        prefix.push(Ins {
            op: Op::Real(Opcode::MakeCell),
            arg: i,
            target: NO_BLOCK,
            pos: None,
        });
    }
    if flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0 {
        let p = Some(Position {
            lineno: Some(unit.firstlineno),
            end_lineno: Some(unit.firstlineno),
            col_offset: None,
            end_col_offset: None,
        });
        prefix.push(Ins {
            op: Op::Real(Opcode::ReturnGenerator),
            arg: 0,
            target: NO_BLOCK,
            pos: p,
        });
        prefix.push(Ins {
            op: Op::Real(Opcode::PopTop),
            arg: 0,
            target: NO_BLOCK,
            pos: p,
        });
    }
    let entry = unit.order[0].0 as usize;
    unit.blocks[entry].instrs.splice(0..0, prefix);
    for b in &mut unit.blocks {
        for ins in &mut b.instrs {
            if let Op::Real(
                Opcode::LoadDeref
                | Opcode::StoreDeref
                | Opcode::DeleteDeref
                | Opcode::LoadClosure
                | Opcode::LoadClassderef
                | Opcode::MakeCell,
            ) = ins.op
            {
                ins.arg = fix_deref(ins.arg);
            }
        }
    }

    let mut cfg = Cfg::new(&unit);
    let consts_before = unit.consts.clone();
    cfg.peephole(&mut |c| unit.add_const(c), &consts_before);
    let consts_now = unit.consts.clone();
    cfg.fold_constant_jumps(&consts_now);
    cfg.thread_jumps();
    cfg.extend_blocks();
    cfg.remove_unreachable();
    cfg.remove_redundant_jumps();
    cfg.remove_nops();
    cfg.duplicate_exits_without_lineno();
    cfg.propagate_lines();
    if std::env::var_os("KRAIT_DEBUG_CFG").is_some() {
        for (i, b) in cfg.blocks.iter().enumerate() {
            eprintln!("block {i}:");
            for ins in b {
                eprintln!("    {:?} {} -> {}", ins.op, ins.arg, ins.target.0 as i64);
            }
        }
    }
    let stacksize = cfg.stack_depth()?;
    cfg.label_handlers();
    cfg.remove_nops();
    let (instructions, positions, exception_table) = cfg.emit()?;

    Ok(CodeObject {
        name: unit.name,
        qualname: unit.qualname,
        filename: filename.to_owned(),
        firstlineno: unit.firstlineno,
        argcount: unit.argcount + unit.posonlyargcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags,
        stacksize,
        instructions,
        consts: unit.consts,
        names: unit.names,
        localsplus_names: names,
        localsplus_kinds: kinds,
        positions,
        exception_table,
    })
}

/// `compute_code_flags`.
fn code_flags(unit: &Unit<'_>, ste: &Scope, future_annotations: bool) -> u32 {
    let mut flags = 0;
    if ste.kind == ScopeKind::Function {
        flags |= co_flags::NEWLOCALS | co_flags::OPTIMIZED;
        if ste.is_nested {
            flags |= co_flags::NESTED;
        }
        match (ste.is_generator, ste.is_coroutine) {
            (true, false) => flags |= co_flags::GENERATOR,
            (false, true) => flags |= co_flags::COROUTINE,
            (true, true) => flags |= co_flags::ASYNC_GENERATOR,
            _ => {}
        }
        if ste.has_varargs {
            flags |= co_flags::VARARGS;
        }
        if ste.has_varkeywords {
            flags |= co_flags::VARKEYWORDS;
        }
    }
    if future_annotations {
        flags |= co_flags::FUTURE_ANNOTATIONS;
    }
    let _ = unit.kind == UnitKind::Module;
    flags
}

/// Per-instruction handler after labelling: target block and whether lasti is pushed.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Handler {
    block: BlockId,
}

struct Cfg {
    /// Blocks in layout order: (id, instructions).
    blocks: Vec<Vec<Ins>>,
    /// Layout position of each block id.
    pos_of: Vec<usize>,
    handlers: Vec<Vec<Option<Handler>>>,
    start_depth: Vec<Option<i32>>,
    preserve_lasti: Vec<bool>,
}

impl Cfg {
    fn new(unit: &Unit<'_>) -> Cfg {
        let n = unit.blocks.len();
        let mut pos_of = vec![usize::MAX; n];
        let mut blocks = Vec::with_capacity(unit.order.len());
        for (i, id) in unit.order.iter().enumerate() {
            pos_of[id.0 as usize] = i;
            blocks.push(unit.blocks[id.0 as usize].instrs.clone());
        }
        // Targets become layout positions of non-empty blocks.
        let m = blocks.len();
        let mut resolve = vec![m; m + 1];
        for b in (0..m).rev() {
            resolve[b] = if blocks[b].is_empty() {
                resolve[b + 1]
            } else {
                b
            };
        }
        for b in &mut blocks {
            for ins in b.iter_mut() {
                if ins.target != NO_BLOCK {
                    let p = pos_of[ins.target.0 as usize];
                    let r = resolve[p];
                    ins.target = BlockId(if r < m { r } else { p } as u32);
                }
            }
        }
        let m = blocks.len();
        Cfg {
            blocks,
            pos_of,
            handlers: Vec::new(),
            start_depth: vec![None; m],
            preserve_lasti: vec![false; m],
        }
    }

    /// The block control reaches from the end of block `b` by falling through (the next
    /// non-empty one).
    fn next_of(&self, b: usize) -> Option<usize> {
        (b + 1..self.blocks.len()).find(|&n| !self.blocks[n].is_empty())
    }

    /// CPython 3.11's `optimize_basic_block` rewrites: `LOAD_CONST`s + `BUILD_TUPLE n` become
    /// one constant tuple; `BUILD_TUPLE n; UNPACK_SEQUENCE n` (n ≤ 3) becomes NOPs or a `SWAP`;
    /// `PUSH_NULL; LOAD_GLOBAL` sets `LOAD_GLOBAL`'s push-NULL bit.
    fn peephole(&mut self, add_const: &mut dyn FnMut(Constant) -> u32, consts: &[Constant]) {
        let mut consts: Vec<Constant> = consts.to_vec();
        for b in &mut self.blocks {
            for i in 0..b.len() {
                let ins = b[i];
                let next = b.get(i + 1).copied();
                match ins.op {
                    Op::Real(Opcode::PushNull) => {
                        if let Some(n) = next {
                            if n.op == Op::Real(Opcode::LoadGlobal) && n.arg & 1 == 0 {
                                b[i].op = Op::Real(Opcode::Nop);
                                b[i + 1].arg |= 1;
                            }
                        }
                    }
                    Op::Real(Opcode::Swap) => {
                        if ins.arg == 1 {
                            b[i].op = Op::Real(Opcode::Nop);
                        } else {
                            apply_static_swaps(b, i);
                        }
                    }
                    Op::Real(Opcode::BuildTuple) => {
                        let n = ins.arg as usize;
                        if let Some(nx) = next {
                            if nx.op == Op::Real(Opcode::UnpackSequence)
                                && nx.arg == ins.arg
                                && (1..=3).contains(&n)
                            {
                                b[i].op = Op::Real(Opcode::Nop);
                                if n == 1 {
                                    b[i + 1].op = Op::Real(Opcode::Nop);
                                    b[i + 1].arg = 0;
                                } else {
                                    b[i + 1].op = Op::Real(Opcode::Swap);
                                    apply_static_swaps(b, i + 1);
                                }
                                continue;
                            }
                        }
                        if i >= n
                            && b[i - n..i]
                                .iter()
                                .all(|x| x.op == Op::Real(Opcode::LoadConst))
                        {
                            let items: Option<Vec<Constant>> = b[i - n..i]
                                .iter()
                                .map(|x| consts.get(x.arg as usize).cloned())
                                .collect();
                            if let Some(items) = items {
                                let idx = add_const(Constant::Tuple(items.clone()));
                                while consts.len() <= idx as usize {
                                    consts.push(Constant::None);
                                }
                                consts[idx as usize] = Constant::Tuple(items);
                                for x in &mut b[i - n..i] {
                                    x.op = Op::Real(Opcode::Nop);
                                    x.arg = 0;
                                }
                                b[i].op = Op::Real(Opcode::LoadConst);
                                b[i].arg = idx;
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// `LOAD_CONST c; POP_JUMP_IF_FALSE/TRUE` with a constant `c` becomes a NOP pair or a jump.
    fn fold_constant_jumps(&mut self, consts: &[Constant]) {
        for b in &mut self.blocks {
            for i in 1..b.len() {
                let (prev, cur) = (b[i - 1], b[i]);
                let Op::Real(Opcode::LoadConst) = prev.op else {
                    continue;
                };
                if let Op::Real(Opcode::IsOp) = cur.op {
                    if matches!(consts.get(prev.arg as usize), Some(Constant::None))
                        && i + 1 < b.len()
                    {
                        let j = b[i + 1].op;
                        if matches!(j, Op::Real(Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue)) {
                            let not_none = (j == Op::Real(Opcode::PopJumpIfFalse)) ^ (cur.arg != 0);
                            b[i - 1].op = Op::Real(Opcode::Nop);
                            b[i - 1].arg = 0;
                            b[i].op = Op::Real(Opcode::Nop);
                            b[i].arg = 0;
                            b[i + 1].op = Op::Real(if not_none {
                                Opcode::PopJumpIfNotNone
                            } else {
                                Opcode::PopJumpIfNone
                            });
                        }
                    }
                    continue;
                }
                if let Op::Real(o @ (Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop)) = cur.op {
                    let Some(truth) = consts.get(prev.arg as usize).and_then(const_truth) else {
                        continue;
                    };
                    if truth == (o == Opcode::JumpIfTrueOrPop) {
                        b[i].op = Op::Jump;
                    } else {
                        b[i - 1].op = Op::Real(Opcode::Nop);
                        b[i - 1].arg = 0;
                        b[i].op = Op::Real(Opcode::Nop);
                        b[i].target = NO_BLOCK;
                    }
                    continue;
                }
                let jump_if = match cur.op {
                    Op::Real(Opcode::PopJumpIfFalse) => false,
                    Op::Real(Opcode::PopJumpIfTrue) => true,
                    _ => continue,
                };
                let Some(truth) = consts.get(prev.arg as usize).and_then(const_truth) else {
                    continue;
                };
                b[i - 1].op = Op::Real(Opcode::Nop);
                b[i - 1].arg = 0;
                if truth == jump_if {
                    b[i].op = Op::Jump;
                } else {
                    b[i].op = Op::Real(Opcode::Nop);
                    b[i].target = NO_BLOCK;
                }
            }
            // Anything after an unconditional jump in the same block is dead.
            if let Some(k) = b.iter().position(|i| i.op.is_terminator()) {
                b.truncate(k + 1);
            }
        }
    }

    /// First instruction at or after block `b` (skipping empty blocks).
    fn first_ins(&self, mut b: usize) -> Option<(usize, Ins)> {
        while b < self.blocks.len() {
            if let Some(i) = self.blocks[b].first() {
                return Some((b, *i));
            }
            b += 1;
        }
        None
    }

    /// CPython 3.11's jump threading (`optimize_basic_block` + `jump_thread`): a jump whose
    /// target is another jump on the same line (or an artificial one) goes straight on.
    fn thread_jumps(&mut self) {
        for bi in 0..self.blocks.len() {
            let mut ii = 0;
            let mut guard = 0;
            while ii < self.blocks[bi].len() {
                let ins = self.blocks[bi][ii];
                let mut again = false;
                if ins.target != NO_BLOCK && !ins.op.is_setup() && guard < 64 {
                    if let Some((tb, t)) = self.first_ins(ins.target.0 as usize) {
                        let same_line = line_of(&ins) == line_of(&t);
                        let thread = |op: Op| -> Option<Ins> {
                            (same_line && t.target != ins.target && t.target != NO_BLOCK).then_some(
                                Ins {
                                    op,
                                    target: t.target,
                                    ..ins
                                },
                            )
                        };
                        use Opcode::*;
                        let new = match (ins.op, t.op) {
                            (Op::Real(JumpIfFalseOrPop), Op::Real(PopJumpIfFalse)) => {
                                thread(Op::Real(PopJumpIfFalse))
                            }
                            (Op::Real(JumpIfFalseOrPop), Op::Jump | Op::Real(JumpIfFalseOrPop)) => {
                                thread(Op::Real(JumpIfFalseOrPop))
                            }
                            (Op::Real(JumpIfTrueOrPop), Op::Real(PopJumpIfTrue)) => {
                                thread(Op::Real(PopJumpIfTrue))
                            }
                            (Op::Real(JumpIfTrueOrPop), Op::Jump | Op::Real(JumpIfTrueOrPop)) => {
                                thread(Op::Real(JumpIfTrueOrPop))
                            }
                            (
                                Op::Real(JumpIfFalseOrPop),
                                Op::Real(JumpIfTrueOrPop | PopJumpIfTrue),
                            )
                            | (
                                Op::Real(JumpIfTrueOrPop),
                                Op::Real(JumpIfFalseOrPop | PopJumpIfFalse),
                            ) => {
                                if line_of(&ins) == line_of(&t) {
                                    let op = if ins.op == Op::Real(JumpIfFalseOrPop) {
                                        PopJumpIfFalse
                                    } else {
                                        PopJumpIfTrue
                                    };
                                    self.next_of(tb).map(|n| Ins {
                                        op: Op::Real(op),
                                        target: BlockId(n as u32),
                                        ..ins
                                    })
                                } else {
                                    None
                                }
                            }
                            (
                                Op::Real(
                                    PopJumpIfNone | PopJumpIfNotNone | PopJumpIfFalse
                                    | PopJumpIfTrue,
                                )
                                | Op::Jump,
                                Op::Jump,
                            ) => thread(ins.op),
                            _ => None,
                        };
                        // Every loop back edge must stay a JUMP_BACKWARD (where the VM counts
                        // loop iterations), so a conditional jump is never threaded backward.
                        let new = new.filter(|n| n.op == Op::Jump || n.target.0 as usize > bi);
                        if let Some(n) = new {
                            self.blocks[bi][ii] = n;
                            again = true;
                            guard += 1;
                        }
                    }
                }
                if !again {
                    ii += 1;
                    guard = 0;
                }
            }
        }
    }

    /// `remove_redundant_jumps`: an unconditional jump to the next block becomes a NOP.
    fn remove_redundant_jumps(&mut self) {
        for b in 0..self.blocks.len() {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if matches!(last.op, Op::Jump | Op::JumpNoInterrupt) {
                let target = self.first_ins(last.target.0 as usize).map(|(t, _)| t);
                if target.is_some() && target == self.next_of(b) {
                    let n = self.blocks[b].len();
                    self.blocks[b][n - 1].op = Op::Real(Opcode::Nop);
                    self.blocks[b][n - 1].target = NO_BLOCK;
                }
            }
        }
    }

    /// Whether block `b` ends the frame and has no line numbers (`is_exit_without_lineno`).
    fn is_exit_without_lineno(&self, b: usize) -> bool {
        let block = &self.blocks[b];
        block.last().is_some_and(|i| {
            matches!(
                i.op,
                Op::Real(Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise)
            )
        }) && block.iter().all(|i| i.pos.is_none())
    }

    /// `extend_block`: an unconditional jump to a short exit block without line numbers is
    /// replaced by a copy of that block.
    fn extend_blocks(&mut self) {
        for b in 0..self.blocks.len() {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if last.op != Op::Jump {
                continue;
            }
            let Some((t, _)) = self.first_ins(last.target.0 as usize) else {
                continue;
            };
            if t != b && self.is_exit_without_lineno(t) && self.blocks[t].len() <= 4 {
                let copy = self.blocks[t].clone();
                let block = &mut self.blocks[b];
                let n = block.len();
                block[n - 1].op = Op::Real(Opcode::Nop);
                block[n - 1].target = NO_BLOCK;
                block.extend(copy);
            }
        }
    }

    /// Inserts a block at layout position `at`, shifting jump targets.
    fn insert_block(&mut self, at: usize, instrs: Vec<Ins>) {
        for b in &mut self.blocks {
            for ins in b.iter_mut() {
                if ins.target != NO_BLOCK && ins.target.0 as usize >= at {
                    ins.target.0 += 1;
                }
            }
        }
        self.blocks.insert(at, instrs);
        self.start_depth.insert(at, None);
        self.preserve_lasti.insert(at, false);
    }

    /// `duplicate_exits_without_lineno`: an exit block without line numbers reached by a jump
    /// and something else gets a private copy for the jump, which lends it its position.
    fn duplicate_exits_without_lineno(&mut self) {
        let mut b = 0;
        while b < self.blocks.len() {
            if let Some(last) = self.blocks[b].last().copied() {
                if last.target != NO_BLOCK && !last.op.is_setup() {
                    if let Some((t, _)) = self.first_ins(last.target.0 as usize) {
                        let preds = self.predecessors();
                        if self.is_exit_without_lineno(t) && preds[t] > 1 {
                            let mut copy = self.blocks[t].clone();
                            copy[0].pos = last.pos;
                            self.insert_block(t + 1, copy);
                            let n = self.blocks[b].len();
                            self.blocks[b][n - 1].target = BlockId(t as u32 + 1);
                        }
                    }
                }
            }
            b += 1;
        }
        // Remaining line-less exits are reached by falling through: take the predecessor's
        // position.
        for b in 0..self.blocks.len() {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if last.op.is_terminator() {
                continue;
            }
            if let Some(n) = self.next_of(b) {
                if self.is_exit_without_lineno(n) {
                    self.blocks[n][0].pos = last.pos;
                }
            }
        }
    }

    fn successors(&self, b: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut falls = true;
        for ins in &self.blocks[b] {
            if ins.target != NO_BLOCK {
                out.push(ins.target.0 as usize);
            }
            if ins.op.is_terminator() {
                falls = false;
                break;
            }
        }
        if falls {
            if let Some(n) = self.next_of(b) {
                out.push(n);
            }
        }
        out
    }

    fn remove_unreachable(&mut self) {
        let mut seen = vec![false; self.blocks.len()];
        let mut work = vec![0usize];
        while let Some(b) = work.pop() {
            if b >= seen.len() || seen[b] {
                continue;
            }
            seen[b] = true;
            work.extend(self.successors(b));
        }
        for (b, s) in seen.iter().enumerate() {
            if !s {
                self.blocks[b].clear();
            }
        }
    }

    fn predecessors(&self) -> Vec<u32> {
        let mut preds = vec![0u32; self.blocks.len()];
        for b in 0..self.blocks.len() {
            if self.blocks[b].is_empty() {
                continue;
            }
            for s in self.successors(b) {
                preds[s] += 1;
            }
        }
        preds
    }

    /// `propagate_line_numbers`: artificial instructions take their predecessor's position.
    fn propagate_lines(&mut self) {
        let preds = self.predecessors();
        for b in 0..self.blocks.len() {
            if self.blocks[b].is_empty() {
                continue;
            }
            let mut prev: Option<Position> = None;
            for ins in &mut self.blocks[b] {
                match ins.pos {
                    None => ins.pos = prev,
                    Some(p) => prev = Some(p),
                }
            }
            let last = *self.blocks[b].last().expect("non-empty");
            if !last.op.is_terminator() {
                if let Some(n) = self.next_of(b) {
                    if preds[n] == 1 {
                        if let Some(first) = self.blocks[n].first_mut() {
                            if first.pos.is_none() {
                                first.pos = prev;
                            }
                        }
                    }
                }
            }
            if last.target != NO_BLOCK && !last.op.is_setup() {
                let t = last.target.0 as usize;
                if preds[t] == 1 {
                    if let Some(first) = self.blocks[t].first_mut() {
                        if first.pos.is_none() {
                            first.pos = prev;
                        }
                    }
                }
            }
        }
    }

    /// `stackdepth`: the maximum depth, checking every instruction's inputs are present and
    /// every block is entered at one depth.
    fn stack_depth(&mut self) -> Result<u32, String> {
        let mut maxdepth = 0i32;
        let mut work: Vec<usize> = Vec::new();
        let push = |sd: &mut Vec<Option<i32>>,
                    work: &mut Vec<usize>,
                    b: usize,
                    d: i32|
         -> Result<(), String> {
            match sd[b] {
                None => {
                    sd[b] = Some(d);
                    work.push(b);
                    Ok(())
                }
                Some(old) if old == d => Ok(()),
                Some(old) => Err(format!("block {b} entered at stack depths {old} and {d}")),
            }
        };
        if self.blocks.is_empty() {
            return Ok(0);
        }
        let mut sd = std::mem::take(&mut self.start_depth);
        push(&mut sd, &mut work, 0, 0)?;
        while let Some(b) = work.pop() {
            let mut d = sd[b].unwrap_or(0);
            let mut falls = true;
            for ins in &self.blocks[b] {
                let (need, fall, jump) = ins.op.effects(ins.arg);
                if d < need as i32 {
                    return Err(format!(
                        "stack underflow at {:?} {} (depth {d})",
                        ins.op, ins.arg
                    ));
                }
                if ins.target != NO_BLOCK {
                    let td = d + jump;
                    maxdepth = maxdepth.max(td);
                    push(&mut sd, &mut work, ins.target.0 as usize, td)?;
                }
                d += fall;
                maxdepth = maxdepth.max(d);
                if ins.op.is_terminator() {
                    falls = false;
                    break;
                }
            }
            if falls {
                if let Some(n) = self.next_of(b) {
                    push(&mut sd, &mut work, n, d)?;
                }
            }
        }
        self.start_depth = sd;
        Ok(maxdepth as u32)
    }

    /// `label_exception_targets`: each instruction's innermost active handler.
    fn label_handlers(&mut self) {
        let n = self.blocks.len();
        self.handlers = self.blocks.iter().map(|b| vec![None; b.len()]).collect();
        let mut stacks: Vec<Option<Vec<BlockId>>> = vec![None; n];
        let mut work = Vec::new();
        if n > 0 {
            stacks[0] = Some(Vec::new());
            work.push(0usize);
        }
        while let Some(b) = work.pop() {
            let mut stack = stacks[b].clone().unwrap_or_default();
            let mut falls = true;
            for i in 0..self.blocks[b].len() {
                let ins = self.blocks[b][i];
                if ins.op.is_setup() {
                    let t = ins.target.0 as usize;
                    if matches!(ins.op, Op::SetupCleanup | Op::SetupWith) {
                        self.preserve_lasti[t] = true;
                    }
                    if stacks[t].is_none() {
                        stacks[t] = Some(stack.clone());
                        work.push(t);
                    }
                    stack.push(ins.target);
                } else if ins.op == Op::PopBlock {
                    stack.pop();
                } else {
                    self.handlers[b][i] = stack.last().map(|&block| Handler { block });
                    if ins.target != NO_BLOCK {
                        let t = ins.target.0 as usize;
                        if stacks[t].is_none() {
                            stacks[t] = Some(stack.clone());
                            work.push(t);
                        }
                    }
                }
                if ins.op.is_terminator() {
                    falls = false;
                    break;
                }
            }
            if falls {
                if let Some(nb) = self.next_of(b) {
                    if stacks[nb].is_none() {
                        stacks[nb] = Some(stack);
                        work.push(nb);
                    }
                }
            }
        }
        for b in &mut self.blocks {
            for ins in b.iter_mut() {
                if ins.op.is_setup() || ins.op == Op::PopBlock {
                    ins.op = Op::Real(Opcode::Nop);
                    ins.target = NO_BLOCK;
                }
            }
        }
    }

    /// `clean_basic_block`: NOPs go unless one is needed to keep a line number.
    fn remove_nops(&mut self) {
        let nblocks = self.blocks.len();
        let labelled = self.handlers.len() == nblocks;
        for b in 0..nblocks {
            let next_line = (b + 1..nblocks)
                .find_map(|n| self.blocks[n].first().map(|i| i.pos.and_then(|p| p.lineno)));
            let block = &mut self.blocks[b];
            let no_handlers: Vec<Option<Handler>> = vec![None; block.len()];
            let handlers: &[Option<Handler>] = if labelled {
                &self.handlers[b]
            } else {
                &no_handlers
            };
            let mut keep_ins = Vec::with_capacity(block.len());
            let mut keep_h = Vec::with_capacity(block.len());
            let mut prev_line: Option<u32> = None;
            let len = block.len();
            for src in 0..len {
                let ins = block[src];
                let line = ins.pos.and_then(|p| p.lineno);
                if ins.op == Op::Real(Opcode::Nop) {
                    if line.is_none() || prev_line == line {
                        continue;
                    }
                    if src + 1 < len {
                        let nl = block[src + 1].pos.and_then(|p| p.lineno);
                        if nl.is_none() || nl == line {
                            // A line-less next instruction takes the NOP's position.
                            if nl.is_none() {
                                block[src + 1].pos = ins.pos;
                            }
                            continue;
                        }
                    } else if next_line == Some(line) {
                        continue;
                    }
                }
                keep_ins.push(block[src]);
                keep_h.push(handlers[src]);
                prev_line = line;
            }
            *block = keep_ins;
            if labelled {
                self.handlers[b] = keep_h;
            }
        }
    }

    /// Layout: jump resolution, `EXTENDED_ARG`s, positions and the exception table.
    #[allow(clippy::type_complexity)]
    fn emit(&self) -> Result<(Vec<Instr>, Vec<Position>, Vec<ExceptionTableEntry>), String> {
        let nb = self.blocks.len();
        // Sizes in words (1 + EXTENDED_ARGs); iterate until jump targets are stable.
        let mut sizes: Vec<Vec<u32>> = self.blocks.iter().map(|b| vec![1; b.len()]).collect();
        let mut start = vec![0u32; nb + 1];
        loop {
            let mut at = 0u32;
            for b in 0..nb {
                start[b] = at;
                at += sizes[b].iter().sum::<u32>();
            }
            start[nb] = at;
            let mut changed = false;
            for (b, size) in sizes.iter_mut().enumerate() {
                for (i, ins) in self.blocks[b].iter().enumerate() {
                    let arg = if ins.target != NO_BLOCK {
                        start[ins.target.0 as usize]
                    } else {
                        ins.arg
                    };
                    let need = if arg > MAX_ARG { 2 } else { 1 };
                    if need != size[i] {
                        size[i] = need;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        let mut code = Vec::new();
        let mut positions = Vec::new();
        let mut table: Vec<ExceptionTableEntry> = Vec::new();
        for b in 0..nb {
            for (i, ins) in self.blocks[b].iter().enumerate() {
                let here = code.len() as u32;
                let (op, arg) = match ins.op {
                    Op::Real(o) => {
                        let arg = if ins.target != NO_BLOCK {
                            start[ins.target.0 as usize]
                        } else {
                            ins.arg
                        };
                        if ins.target != NO_BLOCK && arg <= here {
                            return Err(format!("backward conditional jump {o:?} at {here}"));
                        }
                        (o, arg)
                    }
                    Op::Jump | Op::JumpNoInterrupt => {
                        let t = start[ins.target.0 as usize];
                        let o = if t > here {
                            Opcode::JumpForward
                        } else if ins.op == Op::Jump {
                            Opcode::JumpBackward
                        } else {
                            Opcode::JumpBackwardNoInterrupt
                        };
                        (o, t)
                    }
                    other => {
                        return Err(format!("pseudo-instruction {other:?} left after labelling"))
                    }
                };
                let pos = ins.pos.unwrap_or_default();
                if arg > MAX_ARG {
                    code.push(Instr::new(Opcode::ExtendedArg, arg >> 24));
                    positions.push(pos);
                }
                code.push(Instr::new(op, arg & MAX_ARG));
                positions.push(pos);
                let end = code.len() as u32;
                if let Some(h) = self.handlers[b][i] {
                    let hb = h.block.0 as usize;
                    let target = start[hb];
                    let mut depth = self.start_depth[hb].unwrap_or(1) - 1;
                    let lasti = self.preserve_lasti[hb];
                    if lasti {
                        depth -= 1;
                    }
                    let depth = depth.max(0) as u32;
                    match table.last_mut() {
                        Some(e)
                            if e.end == here
                                && e.target == target
                                && e.depth == depth
                                && e.push_lasti == lasti =>
                        {
                            e.end = end
                        }
                        _ => table.push(ExceptionTableEntry {
                            start: here,
                            end,
                            target,
                            depth,
                            push_lasti: lasti,
                        }),
                    }
                }
            }
        }
        let _ = &self.pos_of;
        Ok((code, positions, table))
    }
}

fn line_of(ins: &Ins) -> Option<u32> {
    ins.pos.and_then(|p| p.lineno)
}

fn swappable(op: Op) -> bool {
    matches!(op, Op::Real(Opcode::StoreFast | Opcode::PopTop))
}

/// `next_swappable_instruction`: the next `STORE_FAST`/`POP_TOP` after `i` (skipping NOPs),
/// staying on line `lineno` when given.
fn next_swappable(b: &[Ins], mut i: usize, lineno: Option<Option<u32>>) -> Option<usize> {
    loop {
        i += 1;
        let ins = b.get(i)?;
        if let Some(l) = lineno {
            if line_of(ins) != l {
                return None;
            }
        }
        if ins.op == Op::Real(Opcode::Nop) {
            continue;
        }
        return if swappable(ins.op) { Some(i) } else { None };
    }
}

/// `apply_static_swaps`: a `SWAP n` followed by stores becomes the stores reordered.
fn apply_static_swaps(b: &mut [Ins], mut i: usize) {
    loop {
        let swap = b[i];
        if swap.op != Op::Real(Opcode::Swap) {
            if !(swap.op == Op::Real(Opcode::Nop) || swappable(swap.op)) {
                return;
            }
        } else {
            let Some(j) = next_swappable(b, i, None) else {
                return;
            };
            let lineno = line_of(&b[j]);
            let mut k = j;
            for _ in 1..swap.arg {
                match next_swappable(b, k, Some(lineno)) {
                    Some(x) => k = x,
                    None => return,
                }
            }
            b[i].op = Op::Real(Opcode::Nop);
            b[i].arg = 0;
            b.swap(j, k);
        }
        if i == 0 {
            return;
        }
        i -= 1;
    }
}

/// The truth value of a constant, when known at compile time.
fn const_truth(c: &Constant) -> Option<bool> {
    use num_traits::Zero;
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.as_bytes().is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(v) | Constant::FrozenSet(v) => !v.is_empty(),
        Constant::Code(_) => return None,
    })
}
