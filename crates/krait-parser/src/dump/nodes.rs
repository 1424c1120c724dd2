//! `ast.dump` of expressions, patterns, and the small product nodes (`arguments`, `arg`,
//! `keyword`, `alias`, `comprehension`): the second half of [`super::Dumper`].

use super::repr::repr_constant;
use super::Dumper;
use crate::ast::*;

impl Dumper {
    pub(super) fn expr(&mut self, e: &Expr) {
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

    pub(super) fn ctx(&mut self, ctx: ExprContext) {
        let name = match ctx {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        };
        self.unit("ctx", name);
    }

    pub(super) fn comprehensions(&mut self, generators: &[Comprehension]) {
        self.list("generators", generators, |d, c| {
            d.open("comprehension");
            d.field_expr("target", &c.target);
            d.field_expr("iter", &c.iter);
            d.exprs("ifs", &c.ifs);
            d.int("is_async", i64::from(c.is_async));
            d.close(None);
        });
    }

    pub(super) fn arguments(&mut self, a: &Arguments) {
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

    pub(super) fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.ident("arg", &a.arg);
        self.opt_expr("annotation", &a.annotation);
        self.opt_type_comment(&a.type_comment);
        self.close(Some(&a.loc));
    }

    pub(super) fn keyword(&mut self, k: &Keyword) {
        self.open("keyword");
        self.opt_ident("arg", &k.arg);
        self.field_expr("value", &k.value);
        self.close(Some(&k.loc));
    }

    pub(super) fn alias(&mut self, a: &Alias) {
        self.open("alias");
        self.ident("name", &a.name);
        self.opt_ident("asname", &a.asname);
        self.close(Some(&a.loc));
    }

    pub(super) fn pattern(&mut self, p: &Pattern) {
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
pub(super) fn operator_name(op: Operator) -> &'static str {
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
