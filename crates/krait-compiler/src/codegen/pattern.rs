//! Structural pattern matching (CPython 3.11's `compiler_match` and `compiler_pattern_*`):
//! the subject stays on the stack, captured values accumulate beneath it and are stored only
//! once a whole case matches; failures jump to "fail-pop" blocks that pop what is pending.

use super::*;
use crate::fold::const_value;
use ast::{CmpOp, ExprKind, MatchCase, Pattern, PatternKind};

/// CPython's `pattern_context`.
#[derive(Clone, Default)]
struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<BlockId>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        &p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a> {
    /// `compiler_match`.
    pub(crate) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        self.expr(subject)?;
        let end = self.new_block();
        let n = cases.len();
        if n == 0 {
            return Err(self.error("internal error: match without cases"));
        }
        let has_default = is_wildcard(&cases[n - 1].pattern) && n > 1;
        let mut pc = PatternContext::default();
        for (i, m) in cases[..n - usize::from(has_default)].iter().enumerate() {
            self.set_loc(m.pattern.loc);
            let last = i + 1 == n - usize::from(has_default);
            if !last {
                self.emit_arg(Opcode::Copy, 1);
            }
            pc.stores.clear();
            pc.allow_irrefutable = m.guard.is_some() || i + 1 == n;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, ExprContext::Store)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, target, false)?;
            }
            if !last {
                self.emit(Opcode::PopTop);
            }
            self.stmts(&m.body)?;
            self.jump(end);
            self.set_loc(m.pattern.loc);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let m = &cases[n - 1];
            self.set_loc(m.pattern.loc);
            if n == 1 {
                self.emit(Opcode::PopTop);
            } else {
                self.emit(Opcode::Nop);
            }
            if let Some(g) = &m.guard {
                self.jump_if(g, end, false)?;
            }
            self.stmts(&m.body)?;
        }
        self.use_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Option<Opcode>) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        match op {
            Some(o) => self.emit_jump(o, target),
            None => self.jump(target),
        }
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_block(pc.fail_pop[i]);
            self.emit(Opcode::PopTop);
        }
        self.use_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit_arg(Opcode::Swap, count as u32);
            count -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&str>, pc: &mut PatternContext) -> R {
        let Some(n) = name else {
            self.emit(Opcode::PopTop);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(format!("multiple assignments to name '{n}' in pattern")));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_owned());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        self.enter_depth(p.loc)?;
        self.set_loc(p.loc);
        let r = self.pattern_inner(p, pc);
        self.leave_depth();
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                let ok = const_value(value, self.opts.optimize).is_some()
                    || matches!(value.kind, ExprKind::Attribute { .. });
                if !ok {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.expr(value)?;
                self.compare_op(CmpOp::Eq);
                self.jump_to_fail_pop(pc, Some(Opcode::PopJumpIfFalse));
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(crate::fold::convert_const(value));
                self.compare_op(CmpOp::Is);
                self.jump_to_fail_pop(pc, Some(Opcode::PopJumpIfFalse));
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar { name } => self.store_capture(name.as_deref(), pc)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(self.error(match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_owned(),
                        }));
                    }
                    self.store_capture(name.as_deref(), pc)?;
                }
                Some(sub) => {
                    pc.on_top += 1;
                    self.emit_arg(Opcode::Copy, 1);
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(name.as_deref(), pc)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(p, patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> R {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar { .. } = p.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit(Opcode::MatchSequence);
        self.jump_to_fail_pop(pc, Some(Opcode::PopJumpIfFalse));
        match star {
            None => {
                self.emit(Opcode::GetLen);
                self.load_const(Constant::Int(size.into()));
                self.compare_op(CmpOp::Eq);
                self.jump_to_fail_pop(pc, Some(Opcode::PopJumpIfFalse));
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GetLen);
                self.load_const(Constant::Int((size - 1).into()));
                self.compare_op(CmpOp::GtE);
                self.jump_to_fail_pop(pc, Some(Opcode::PopJumpIfFalse));
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::PopTop);
        } else if star_wildcard {
            let star = star.unwrap_or(usize::MAX);
            pc.on_top += 1;
            for (i, p) in patterns.iter().enumerate() {
                if is_wildcard(p) || i == star {
                    continue;
                }
                self.emit_arg(Opcode::Copy, 1);
                if i < star {
                    self.load_const(Constant::Int(i.into()));
                } else {
                    self.emit(Opcode::GetLen);
                    self.load_const(Constant::Int((size - i).into()));
                    self.emit_arg(
                        Opcode::BinaryOp,
                        super::expr::nb_op(ast::Operator::Sub, false),
                    );
                }
                self.emit(Opcode::BinarySubscr);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Opcode::PopTop);
        } else {
            match star {
                Some(i) => {
                    if i >= (1 << 8) || size - i > (i32::MAX as usize >> 8) {
                        return Err(
                            self.error("too many expressions in star-unpacking sequence pattern")
                        );
                    }
                    self.emit_arg(Opcode::UnpackEx, (i + ((size - i - 1) << 8)) as u32);
                }
                None => self.emit_arg(Opcode::UnpackSequence, size as u32),
            }
            pc.on_top += size;
            for p in patterns {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternContext,
    ) -> R {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(format!(
                "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                patterns.len()
            )));
        }
        pc.on_top += 1;
        self.emit(Opcode::MatchMapping);
        self.jump_to_fail_pop(pc, Some(Opcode::PopJumpIfFalse));
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GetLen);
            self.load_const(Constant::Int(size.into()));
            self.compare_op(CmpOp::GtE);
            self.jump_to_fail_pop(pc, Some(Opcode::PopJumpIfFalse));
        }
        let mut seen: Vec<String> = Vec::new();
        for key in keys {
            if let Some(c) = const_value(key, self.opts.optimize) {
                let k = format!("{c:?}");
                if seen.contains(&k) {
                    return Err(self.error(format!(
                        "mapping pattern checks duplicate key ({})",
                        crate::unparse::const_repr(&c)
                    )));
                }
                seen.push(k);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return Err(self
                    .error("mapping pattern keys may only match literals and attribute lookups"));
            }
            self.expr(key)?;
        }
        self.emit_arg(Opcode::BuildTuple, size as u32);
        self.emit(Opcode::MatchKeys);
        pc.on_top += 2;
        self.emit_arg(Opcode::Copy, 1);
        self.load_none();
        self.emit_arg(Opcode::IsOp, 1);
        self.jump_to_fail_pop(pc, Some(Opcode::PopJumpIfFalse));
        self.emit_arg(Opcode::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        if let Some(r) = rest {
            self.emit_arg(Opcode::BuildMap, 0);
            self.emit_arg(Opcode::Swap, 3);
            self.emit_arg(Opcode::DictUpdate, 2);
            self.emit_arg(Opcode::UnpackSequence, size as u32);
            let mut k = size;
            while k > 0 {
                self.emit_arg(Opcode::Copy, 1 + k as u32);
                k -= 1;
                self.emit_arg(Opcode::Swap, 2);
                self.emit(Opcode::DeleteSubscr);
            }
            self.store_capture(Some(r), pc)?;
        } else {
            self.emit(Opcode::PopTop);
            self.emit(Opcode::PopTop);
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> R {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(format!(
                "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                kwd_patterns.len()
            )));
        }
        if nattrs > 0 {
            for i in 0..nattrs {
                for j in i + 1..nattrs {
                    if kwd_attrs[i] == kwd_attrs[j] {
                        self.set_loc(kwd_patterns[j].loc);
                        return Err(self.error(format!(
                            "attribute name repeated in class pattern: {}",
                            kwd_attrs[i]
                        )));
                    }
                }
            }
            self.set_loc(p.loc);
        }
        self.expr(cls)?;
        let names = kwd_attrs
            .iter()
            .map(|a| Constant::Str(krait_parser::wtf8::Wtf8Buf::from_str(a)))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit_arg(Opcode::MatchClass, nargs as u32);
        self.emit_arg(Opcode::Copy, 1);
        self.load_none();
        self.emit_arg(Opcode::IsOp, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Some(Opcode::PopJumpIfFalse));
        self.emit_arg(Opcode::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for i in 0..nargs + nattrs {
            pc.on_top -= 1;
            let sub = if i < nargs {
                &patterns[i]
            } else {
                &kwd_patterns[i - nargs]
            };
            if is_wildcard(sub) {
                self.emit(Opcode::PopTop);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, _p: &'a Pattern, alts: &'a [Pattern], pc: &mut PatternContext) -> R {
        let end = self.new_block();
        let old = pc.clone();
        let mut control: Option<Vec<String>> = None;
        let size = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.loc);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit_arg(Opcode::Copy, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if ctrl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names"))
                }
                Some(ctrl) => {
                    let ctrl = ctrl.clone();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctrl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(end);
            self.emit_and_reset_fail_pop(pc);
        }
        let control = control.unwrap_or_default();
        *pc = old;
        self.emit(Opcode::PopTop);
        self.jump_to_fail_pop(pc, None);
        self.use_block(end);
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::PopTop);
        Ok(())
    }
}
