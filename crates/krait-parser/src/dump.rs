//! `ast.dump`: the one-line text form of an AST, exactly as CPython 3.11's `ast.dump(node,
//! include_attributes=…)` (Lib/ast.py) prints it. Used by `krait -X dump-ast` and by the
//! differential tests against CPython.
//!
//! The rules, from Lib/ast.py's `_format`: a node prints as `Name(field=value, …)` with every field
//! in ASDL order, except optional (`?`) fields that are `None`, which are left out; lists print as
//! `[a, b]` (empty ones as `[]`); plain values print as their Python `repr()`. With attributes, the
//! node's `lineno`, `col_offset`, `end_lineno`, `end_col_offset` follow its fields.

mod nodes;
mod printable;
pub mod repr;

use crate::ast::{self, *};
use nodes::operator_name;
use repr::repr_str;
use std::fmt::Write as _;

/// Returns `ast.dump(m, include_attributes=include_attributes)` as CPython 3.11 prints it
/// (single line, `annotate_fields=True`, no indent).
pub fn dump(m: &ast::Mod, include_attributes: bool) -> String {
    let mut d = Dumper {
        out: String::new(),
        attrs: include_attributes,
        first: Vec::new(),
    };
    d.module(m);
    d.out
}

/// The output buffer, and for each open node whether no field has been written yet.
struct Dumper {
    out: String,
    attrs: bool,
    first: Vec<bool>,
}

impl Dumper {
    /// Writes `Name(` and opens a node.
    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
        self.first.push(true);
    }

    /// Closes a node, first writing its location attributes if asked for and `loc` is given.
    fn close(&mut self, loc: Option<&Loc>) {
        if let (true, Some(loc)) = (self.attrs, loc) {
            self.int("lineno", i64::from(loc.lineno));
            self.int("col_offset", i64::from(loc.col_offset));
            self.int("end_lineno", i64::from(loc.end_lineno));
            self.int("end_col_offset", i64::from(loc.end_col_offset));
        }
        self.first.pop();
        self.out.push(')');
    }

    /// Writes the `, name=` that starts a field.
    fn key(&mut self, name: &str) {
        if let Some(first) = self.first.last_mut() {
            if !*first {
                self.out.push_str(", ");
            }
            *first = false;
        }
        self.out.push_str(name);
        self.out.push('=');
    }

    /// A field holding a node with no fields, e.g. `ctx=Load()`.
    fn unit(&mut self, name: &str, value: &str) {
        self.key(name);
        self.out.push_str(value);
        self.out.push_str("()");
    }

    fn int(&mut self, name: &str, value: i64) {
        self.key(name);
        let _ = write!(self.out, "{value}");
    }

    fn ident(&mut self, name: &str, value: &str) {
        self.key(name);
        repr_str(&mut self.out, &value.into());
    }

    fn opt_ident(&mut self, name: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.ident(name, v);
        }
    }

    fn idents(&mut self, name: &str, values: &[String]) {
        self.key(name);
        self.out.push('[');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            repr_str(&mut self.out, &v.as_str().into());
        }
        self.out.push(']');
    }

    /// A list field whose items are written by `item`.
    fn list<T>(&mut self, name: &str, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.key(name);
        self.out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            item(self, x);
        }
        self.out.push(']');
    }

    fn stmts(&mut self, name: &str, body: &[Stmt]) {
        self.list(name, body, Self::stmt);
    }

    fn exprs(&mut self, name: &str, items: &[Expr]) {
        self.list(name, items, Self::expr);
    }

    fn field_expr(&mut self, name: &str, e: &Expr) {
        self.key(name);
        self.expr(e);
    }

    fn opt_expr(&mut self, name: &str, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.field_expr(name, e);
        }
    }

    fn opt_type_comment(&mut self, tc: &Option<String>) {
        self.opt_ident("type_comment", tc);
    }

    fn module(&mut self, m: &Mod) {
        match m {
            Mod::Module { body, type_ignores } => {
                self.open("Module");
                self.stmts("body", body);
                self.list("type_ignores", type_ignores, |d, t| {
                    d.open("TypeIgnore");
                    d.int("lineno", i64::from(t.lineno));
                    d.ident("tag", &t.tag);
                    d.close(None);
                });
            }
            Mod::Interactive { body } => {
                self.open("Interactive");
                self.stmts("body", body);
            }
            Mod::Expression { body } => {
                self.open("Expression");
                self.field_expr("body", body);
            }
            Mod::FunctionType { argtypes, returns } => {
                self.open("FunctionType");
                self.exprs("argtypes", argtypes);
                self.field_expr("returns", returns);
            }
        }
        self.close(None);
    }

    fn stmt(&mut self, s: &Stmt) {
        use StmtKind as S;
        match &s.kind {
            S::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            }
            | S::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            } => {
                let async_ = matches!(s.kind, S::AsyncFunctionDef { .. });
                self.open(if async_ {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                });
                self.ident("name", name);
                self.key("args");
                self.arguments(args);
                self.stmts("body", body);
                self.exprs("decorator_list", decorator_list);
                self.opt_expr("returns", returns);
                self.opt_type_comment(type_comment);
            }
            S::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.open("ClassDef");
                self.ident("name", name);
                self.exprs("bases", bases);
                self.list("keywords", keywords, Self::keyword);
                self.stmts("body", body);
                self.exprs("decorator_list", decorator_list);
            }
            S::Return { value } => {
                self.open("Return");
                self.opt_expr("value", value);
            }
            S::Delete { targets } => {
                self.open("Delete");
                self.exprs("targets", targets);
            }
            S::Assign {
                targets,
                value,
                type_comment,
            } => {
                self.open("Assign");
                self.exprs("targets", targets);
                self.field_expr("value", value);
                self.opt_type_comment(type_comment);
            }
            S::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.field_expr("target", target);
                self.unit("op", operator_name(*op));
                self.field_expr("value", value);
            }
            S::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.field_expr("target", target);
                self.field_expr("annotation", annotation);
                self.opt_expr("value", value);
                self.int("simple", i64::from(*simple));
            }
            S::For {
                target,
                iter,
                body,
                orelse,
                type_comment,
            }
            | S::AsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment,
            } => {
                let async_ = matches!(s.kind, S::AsyncFor { .. });
                self.open(if async_ { "AsyncFor" } else { "For" });
                self.field_expr("target", target);
                self.field_expr("iter", iter);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
                self.opt_type_comment(type_comment);
            }
            S::While { test, body, orelse } | S::If { test, body, orelse } => {
                self.open(if matches!(s.kind, S::While { .. }) {
                    "While"
                } else {
                    "If"
                });
                self.field_expr("test", test);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
            }
            S::With {
                items,
                body,
                type_comment,
            }
            | S::AsyncWith {
                items,
                body,
                type_comment,
            } => {
                self.open(if matches!(s.kind, S::With { .. }) {
                    "With"
                } else {
                    "AsyncWith"
                });
                self.list("items", items, |d, w| {
                    d.open("withitem");
                    d.field_expr("context_expr", &w.context_expr);
                    d.opt_expr("optional_vars", &w.optional_vars);
                    d.close(None);
                });
                self.stmts("body", body);
                self.opt_type_comment(type_comment);
            }
            S::Match { subject, cases } => {
                self.open("Match");
                self.field_expr("subject", subject);
                self.list("cases", cases, |d, c| {
                    d.open("match_case");
                    d.key("pattern");
                    d.pattern(&c.pattern);
                    d.opt_expr("guard", &c.guard);
                    d.stmts("body", &c.body);
                    d.close(None);
                });
            }
            S::Raise { exc, cause } => {
                self.open("Raise");
                self.opt_expr("exc", exc);
                self.opt_expr("cause", cause);
            }
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | S::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.open(if matches!(s.kind, S::Try { .. }) {
                    "Try"
                } else {
                    "TryStar"
                });
                self.stmts("body", body);
                self.list("handlers", handlers, |d, h| {
                    d.open("ExceptHandler");
                    d.opt_expr("type", &h.type_);
                    d.opt_ident("name", &h.name);
                    d.stmts("body", &h.body);
                    d.close(Some(&h.loc));
                });
                self.stmts("orelse", orelse);
                self.stmts("finalbody", finalbody);
            }
            S::Assert { test, msg } => {
                self.open("Assert");
                self.field_expr("test", test);
                self.opt_expr("msg", msg);
            }
            S::Import { names } => {
                self.open("Import");
                self.list("names", names, Self::alias);
            }
            S::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                self.opt_ident("module", module);
                self.list("names", names, Self::alias);
                if let Some(level) = level {
                    self.int("level", i64::from(*level));
                }
            }
            S::Global { names } => {
                self.open("Global");
                self.idents("names", names);
            }
            S::Nonlocal { names } => {
                self.open("Nonlocal");
                self.idents("names", names);
            }
            S::Expr { value } => {
                self.open("Expr");
                self.field_expr("value", value);
            }
            S::Pass => self.open("Pass"),
            S::Break => self.open("Break"),
            S::Continue => self.open("Continue"),
        }
        self.close(Some(&s.loc));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wtf8::Wtf8Buf;

    fn loc(l: u32, c: u32, el: u32, ec: u32) -> Loc {
        Loc {
            lineno: l,
            col_offset: c,
            end_lineno: el,
            end_col_offset: ec,
        }
    }

    /// `x = 'a'` as CPython 3.11 parses it; the expected strings are what
    /// `ast.dump(ast.parse("x = 'a'"), include_attributes=…)` prints.
    #[test]
    fn assign_with_and_without_attributes() {
        let name = Expr {
            kind: ExprKind::Name {
                id: "x".into(),
                ctx: ExprContext::Store,
            },
            loc: loc(1, 0, 1, 1),
        };
        let value = Expr {
            kind: ExprKind::Constant {
                value: Constant::Str(Wtf8Buf::from_str("a")),
                kind: None,
            },
            loc: loc(1, 4, 1, 7),
        };
        let stmt = Stmt {
            kind: StmtKind::Assign {
                targets: vec![name],
                value: Box::new(value),
                type_comment: None,
            },
            loc: loc(1, 0, 1, 7),
        };
        let m = Mod::Module {
            body: vec![stmt],
            type_ignores: vec![],
        };
        assert_eq!(
            dump(&m, false),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a'))], type_ignores=[])"
        );
        assert_eq!(
            dump(&m, true),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, \
             end_col_offset=1)], value=Constant(value='a', lineno=1, col_offset=4, end_lineno=1, \
             end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"
        );
    }
}
