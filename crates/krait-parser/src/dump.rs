//! `ast.dump`: the one-line text form of an AST, exactly as CPython 3.11's `ast.dump(node,
//! include_attributes=…)` (Lib/ast.py) prints it. Used by `krait -X dump-ast` and by the
//! differential tests against CPython.
//!
//! The rules, from Lib/ast.py's `_format`: a node prints as `Name(field=value, …)` with every field
//! in ASDL order, except optional (`?`) fields that are `None`, which are left out; lists print as
//! `[a, b]` (empty ones as `[]`); plain values print as their Python `repr()`. With attributes, the
//! node's `lineno`, `col_offset`, `end_lineno`, `end_col_offset` follow its fields.

mod printable;
pub mod repr;

use crate::ast::{self, *};
use repr::{repr_constant, repr_str};
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

    fn expr(&mut self, e: &Expr) {
        use ExprKind as E;
        match &e.kind {
            E::BoolOp { op, values } => {
                self.open("BoolOp");
                self.unit("op", if *op == BoolOp::And { "And" } else { "Or" });
                self.exprs("values", values);
            }
            E::NamedExpr { target, value } => {
                self.open("NamedExpr");
                self.field_expr("target", target);
                self.field_expr("value", value);
            }
            E::BinOp { left, op, right } => {
                self.open("BinOp");
                self.field_expr("left", left);
                self.unit("op", operator_name(*op));
                self.field_expr("right", right);
            }
            E::UnaryOp { op, operand } => {
                self.open("UnaryOp");
                let name = match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                };
                self.unit("op", name);
                self.field_expr("operand", operand);
            }
            E::Lambda { args, body } => {
                self.open("Lambda");
                self.key("args");
                self.arguments(args);
                self.field_expr("body", body);
            }
            E::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.field_expr("test", test);
                self.field_expr("body", body);
                self.field_expr("orelse", orelse);
            }
            E::Dict { keys, values } => {
                self.open("Dict");
                self.list("keys", keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.out.push_str("None"),
                });
                self.exprs("values", values);
            }
            E::Set { elts } => {
                self.open("Set");
                self.exprs("elts", elts);
            }
            E::ListComp { elt, generators }
            | E::SetComp { elt, generators }
            | E::GeneratorExp { elt, generators } => {
                self.open(match e.kind {
                    E::ListComp { .. } => "ListComp",
                    E::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                });
                self.field_expr("elt", elt);
                self.comprehensions(generators);
            }
            E::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.field_expr("key", key);
                self.field_expr("value", value);
                self.comprehensions(generators);
            }
            E::Await { value } => {
                self.open("Await");
                self.field_expr("value", value);
            }
            E::Yield { value } => {
                self.open("Yield");
                self.opt_expr("value", value);
            }
            E::YieldFrom { value } => {
                self.open("YieldFrom");
                self.field_expr("value", value);
            }
            E::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.field_expr("left", left);
                self.list("ops", ops, |d, op| {
                    d.out.push_str(cmpop_name(*op));
                    d.out.push_str("()");
                });
                self.exprs("comparators", comparators);
            }
            E::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.field_expr("func", func);
                self.exprs("args", args);
                self.list("keywords", keywords, Self::keyword);
            }
            E::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.field_expr("value", value);
                self.int("conversion", i64::from(*conversion));
                self.opt_expr("format_spec", format_spec);
            }
            E::JoinedStr { values } => {
                self.open("JoinedStr");
                self.exprs("values", values);
            }
            E::Constant { value, kind } => {
                self.open("Constant");
                self.key("value");
                repr_constant(&mut self.out, value);
                self.opt_ident("kind", kind);
            }
            E::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.field_expr("value", value);
                self.ident("attr", attr);
                self.ctx(*ctx);
            }
            E::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.field_expr("value", value);
                self.field_expr("slice", slice);
                self.ctx(*ctx);
            }
            E::Starred { value, ctx } => {
                self.open("Starred");
                self.field_expr("value", value);
                self.ctx(*ctx);
            }
            E::Name { id, ctx } => {
                self.open("Name");
                self.ident("id", id);
                self.ctx(*ctx);
            }
            E::List { elts, ctx } | E::Tuple { elts, ctx } => {
                self.open(if matches!(e.kind, E::List { .. }) {
                    "List"
                } else {
                    "Tuple"
                });
                self.exprs("elts", elts);
                self.ctx(*ctx);
            }
            E::Slice { lower, upper, step } => {
                self.open("Slice");
                self.opt_expr("lower", lower);
                self.opt_expr("upper", upper);
                self.opt_expr("step", step);
            }
        }
        self.close(Some(&e.loc));
    }

    fn ctx(&mut self, ctx: ExprContext) {
        let name = match ctx {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        };
        self.unit("ctx", name);
    }

    fn comprehensions(&mut self, generators: &[Comprehension]) {
        self.list("generators", generators, |d, c| {
            d.open("comprehension");
            d.field_expr("target", &c.target);
            d.field_expr("iter", &c.iter);
            d.exprs("ifs", &c.ifs);
            d.int("is_async", i64::from(c.is_async));
            d.close(None);
        });
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments");
        self.list("posonlyargs", &a.posonlyargs, Self::arg);
        self.list("args", &a.args, Self::arg);
        if let Some(v) = &a.vararg {
            self.key("vararg");
            self.arg(v);
        }
        self.list("kwonlyargs", &a.kwonlyargs, Self::arg);
        self.list("kw_defaults", &a.kw_defaults, |d, k| match k {
            Some(k) => d.expr(k),
            None => d.out.push_str("None"),
        });
        if let Some(k) = &a.kwarg {
            self.key("kwarg");
            self.arg(k);
        }
        self.exprs("defaults", &a.defaults);
        self.close(None);
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.ident("arg", &a.arg);
        self.opt_expr("annotation", &a.annotation);
        self.opt_type_comment(&a.type_comment);
        self.close(Some(&a.loc));
    }

    fn keyword(&mut self, k: &Keyword) {
        self.open("keyword");
        self.opt_ident("arg", &k.arg);
        self.field_expr("value", &k.value);
        self.close(Some(&k.loc));
    }

    fn alias(&mut self, a: &Alias) {
        self.open("alias");
        self.ident("name", &a.name);
        self.opt_ident("asname", &a.asname);
        self.close(Some(&a.loc));
    }

    fn pattern(&mut self, p: &Pattern) {
        use PatternKind as P;
        match &p.kind {
            P::MatchValue { value } => {
                self.open("MatchValue");
                self.field_expr("value", value);
            }
            P::MatchSingleton { value } => {
                self.open("MatchSingleton");
                self.key("value");
                repr_constant(&mut self.out, value);
            }
            P::MatchSequence { patterns } => {
                self.open("MatchSequence");
                self.list("patterns", patterns, Self::pattern);
            }
            P::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping");
                self.exprs("keys", keys);
                self.list("patterns", patterns, Self::pattern);
                self.opt_ident("rest", rest);
            }
            P::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass");
                self.field_expr("cls", cls);
                self.list("patterns", patterns, Self::pattern);
                self.idents("kwd_attrs", kwd_attrs);
                self.list("kwd_patterns", kwd_patterns, Self::pattern);
            }
            P::MatchStar { name } => {
                self.open("MatchStar");
                self.opt_ident("name", name);
            }
            P::MatchAs { pattern, name } => {
                self.open("MatchAs");
                if let Some(inner) = pattern {
                    self.key("pattern");
                    self.pattern(inner);
                }
                self.opt_ident("name", name);
            }
            P::MatchOr { patterns } => {
                self.open("MatchOr");
                self.list("patterns", patterns, Self::pattern);
            }
        }
        self.close(Some(&p.loc));
    }
}

/// The class name of an `operator` node.
fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

/// The class name of a `cmpop` node.
fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
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
