//! The symtable's second pass: resolves every name of every block to local, global
//! (explicit/implicit), free or cell, as CPython's `analyze_block` (Python/symtable.c).

use super::*;
use crate::error::syntax_error;
use rustc_hash::FxHashSet;

type NameSet = FxHashSet<String>;

/// Resolves the scopes of the whole table, starting at the module block.
pub(super) fn analyze(table: &mut SymbolTable, filename: &str) -> Result<(), CompileError> {
    let mut free = NameSet::default();
    let mut global = NameSet::default();
    let mut an = Analyzer { table, filename };
    an.block(0, None, &mut free, &mut global)
}

struct Analyzer<'t, 'f> {
    table: &'t mut SymbolTable,
    filename: &'f str,
}

impl Analyzer<'_, '_> {
    /// `error_at_directive`: the error located at the first `global`/`nonlocal` of `name`.
    fn error_at_directive(&self, sid: usize, name: &str, msg: String) -> CompileError {
        let scope = &self.table.scopes[sid];
        let loc = scope
            .directives
            .iter()
            .find(|(n, _)| n == name)
            .map_or(scope.loc, |(_, l)| *l);
        syntax_error(msg, self.filename, loc)
    }

    /// `analyze_block`. `bound` is `None` at module level.
    fn block(
        &mut self,
        sid: usize,
        bound: Option<&mut NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result<(), CompileError> {
        let kind = self.table.scopes[sid].kind;
        let mut local = NameSet::default();
        let mut scopes: Vec<SymbolScope> = Vec::new();
        let mut newglobal = NameSet::default();
        let mut newfree = NameSet::default();
        let mut newbound = NameSet::default();
        let has_bound = bound.is_some();
        let mut bound = bound;

        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
        }

        let nsyms = self.table.scopes[sid].symbols.len();
        for i in 0..nsyms {
            let (name, flags) = {
                let s = &self.table.scopes[sid].symbols[i];
                (s.name.clone(), s.flags)
            };
            let sc = self.name(
                sid,
                &name,
                flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
            )?;
            scopes.push(sc);
        }

        if kind != ScopeKind::Class {
            if kind == ScopeKind::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_owned());
        }

        let mut allfree = NameSet::default();
        let children = self.table.scopes[sid].children.clone();
        for child in children {
            let c = child.0 as usize;
            let mut temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.block(c, Some(&mut temp_bound), &mut temp_free, &mut temp_global)?;
            allfree.extend(temp_free);
            let ch = &self.table.scopes[c];
            if ch.has_free || ch.child_free {
                self.table.scopes[sid].child_free = true;
            }
        }
        newfree.extend(allfree);

        let scope = &mut self.table.scopes[sid];
        if kind == ScopeKind::Function {
            // analyze_cells: locals used free by children become cells.
            for (i, sym) in scope.symbols.iter().enumerate() {
                if scopes[i] == SymbolScope::Local && newfree.remove(&sym.name) {
                    scopes[i] = SymbolScope::Cell;
                }
            }
        } else if kind == ScopeKind::Class && newfree.remove("__class__") {
            scope.needs_class_closure = true;
        }

        // update_symbols
        for (sym, sc) in scope.symbols.iter_mut().zip(&scopes) {
            sym.scope = Some(*sc);
        }
        let mut pending: Vec<&String> = newfree.iter().collect();
        pending.sort();
        for name in pending {
            if let Some(sym) = scope.symbol_mut(name) {
                if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if has_bound && !bound.as_deref().is_some_and(|b| b.contains(name)) {
                continue;
            }
            scope.set_flags(name, 0);
            if let Some(sym) = scope.symbol_mut(name) {
                sym.scope = Some(SymbolScope::Free);
            }
        }
        free.extend(newfree);
        Ok(())
    }

    /// `analyze_name`.
    #[allow(clippy::too_many_arguments)]
    fn name(
        &mut self,
        sid: usize,
        name: &str,
        flags: u32,
        bound: Option<&mut NameSet>,
        local: &mut NameSet,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Result<SymbolScope, CompileError> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let msg = format!("name '{name}' is nonlocal and global");
                return Err(self.error_at_directive(sid, name, msg));
            }
            global.insert(name.to_owned());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(SymbolScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                let msg = "nonlocal declaration not allowed at module level".to_owned();
                return Err(self.error_at_directive(sid, name, msg));
            };
            if !b.contains(name) {
                let msg = format!("no binding for nonlocal '{name}' found");
                return Err(self.error_at_directive(sid, name, msg));
            }
            self.table.scopes[sid].has_free = true;
            free.insert(name.to_owned());
            return Ok(SymbolScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_owned());
            global.remove(name);
            return Ok(SymbolScope::Local);
        }
        if bound.as_deref().is_some_and(|b| b.contains(name)) {
            self.table.scopes[sid].has_free = true;
            free.insert(name.to_owned());
            return Ok(SymbolScope::Free);
        }
        if global.contains(name) {
            return Ok(SymbolScope::GlobalImplicit);
        }
        if self.table.scopes[sid].is_nested {
            self.table.scopes[sid].has_free = true;
        }
        Ok(SymbolScope::GlobalImplicit)
    }
}
