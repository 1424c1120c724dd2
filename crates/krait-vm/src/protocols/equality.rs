//! `==` and `!=` for built-in types that define only equality: `dict` (CPython's `dict_equal`),
//! bound methods (`method_richcompare`: the same function bound to the same object).

use super::payload;
use crate::error::PyResult;
use crate::objects::dict::DictData;
use crate::objects::method::MethodData;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::Comparison;

impl Vm {
    /// `a == b` / `a != b` when both are dicts (or subclasses without their own `__eq__`) or both
    /// bound methods; `None` otherwise
    /// (and for the ordering comparisons, which these types do not define).
    pub(crate) fn builtin_equality(
        &self,
        a: &Value,
        b: &Value,
        op: Comparison,
    ) -> PyResult<Option<Value>> {
        if !matches!(op, Comparison::Eq | Comparison::Ne) {
            return Ok(None);
        }
        let want = op == Comparison::Eq;
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if self.dict_equality_applies(a, &ta)? && self.dict_equality_applies(b, &tb)? {
            let (Some(x), Some(y)) = (payload::<DictData>(a), payload::<DictData>(b)) else {
                return Ok(None);
            };
            if x.len() != y.len() {
                return Ok(Some(Value::bool(!want)));
            }
            for (k, v) in x.items() {
                let Some(w) = self.dict_get_item(b, &k)? else {
                    return Ok(Some(Value::bool(!want)));
                };
                if !self.eq(&v, &w)? {
                    return Ok(Some(Value::bool(!want)));
                }
            }
            return Ok(Some(Value::bool(want)));
        }
        if let (Some(x), Some(y)) = (payload::<MethodData>(a), payload::<MethodData>(b)) {
            let same = x.self_.is(&y.self_) && self.eq(&x.func, &y.func)?;
            return Ok(Some(Value::bool(same == want)));
        }
        Ok(None)
    }

    /// Whether `v` (of type `ty`) compares as a dict: an exact dict, or an instance of a
    /// subclass that does not define `__eq__` (CPython's subclasses inherit `dict_richcompare`).
    fn dict_equality_applies(&self, v: &Value, ty: &Value) -> PyResult<bool> {
        if ty.is(&self.types.dict) {
            return Ok(true);
        }
        if payload::<DictData>(v).is_none() {
            return Ok(false);
        }
        let own = self.lookup_type(&self.types.dict, &self.intern("__eq__"))?;
        Ok(self.lookup_special(v, "__eq__")?.is_none_or(|f| {
            own.as_ref().is_some_and(|o| o.is(&f))
                || payload::<crate::native::MethodDescriptorData>(&f)
                    .is_some_and(|m| m.owner.get().is(&self.types.object))
        }))
    }
}
