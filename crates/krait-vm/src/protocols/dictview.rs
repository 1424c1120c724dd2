//! The set operations of `dict_keys` and `dict_items` (CPython's Objects/dictobject.c
//! `dictviews_sub`/`_and`/`_or`/`_xor`, `dictview_richcompare`, `dictviews_isdisjoint`): the
//! result is a `set` built from the left operand, updated with the right one.

use crate::error::PyResult;
use crate::native::{method_table, Args};
use crate::objects::dict::{DictViewData, ViewKind};
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::opcode::{Comparison, NbOp};

method_table!(
    /// The set-like methods of `dict_keys` and `dict_items`.
    METHODS,
    Method,
    {
    "isdisjoint" => isdisjoint, "($self, other, /)", "Return True if the view and the given iterable have a null intersection.";
    }
);

/// Installs `isdisjoint` into `dict_keys` and `dict_items`.
pub fn install(vm: &Vm) {
    crate::native::install_methods(vm, &vm.types.dict_keys, METHODS);
    crate::native::install_methods(vm, &vm.types.dict_items, METHODS);
}

/// Whether `v` is a keys or items view (the set-like ones).
fn set_like_view(v: &Value) -> bool {
    payload::<DictViewData>(v).is_some_and(|d| d.kind != ViewKind::Values)
}

fn isdisjoint(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_range(vm, "isdisjoint", 2, 2)?;
    let mine = vm.new_set_from(&a[0])?;
    Ok(Value::bool(vm.set_isdisjoint(&mine, &a[1])?))
}

impl Vm {
    /// `view OP other` or `other OP view` for `| & - ^` with a keys or items view; `None`
    /// otherwise.
    pub(crate) fn dict_view_binary_op(
        &self,
        a: &Value,
        b: &Value,
        op: NbOp,
    ) -> PyResult<Option<Value>> {
        if !set_like_view(a) && !set_like_view(b) {
            return Ok(None);
        }
        use NbOp::*;
        if !matches!(
            op,
            Or | And | Subtract | Xor | InplaceOr | InplaceAnd | InplaceSubtract | InplaceXor
        ) {
            return Ok(None);
        }
        let left = self.new_set_from(a)?;
        match op {
            Or | InplaceOr => self.set_update(&left, b)?,
            And | InplaceAnd => return Ok(Some(self.set_intersection(&left, b)?)),
            Subtract | InplaceSubtract => self.set_difference_update(&left, b)?,
            _ => self.set_symmetric_difference_update(&left, b)?,
        }
        Ok(Some(left))
    }

    /// Comparison of a keys or items view with a set or another such view, as sets; `None`
    /// otherwise.
    pub(crate) fn dict_view_compare(
        &self,
        a: &Value,
        b: &Value,
        op: Comparison,
    ) -> PyResult<Option<Value>> {
        let setish = |v: &Value| set_like_view(v) || self.any_set(v).is_some();
        if !(set_like_view(a) || set_like_view(b)) || !setish(a) || !setish(b) {
            return Ok(None);
        }
        let x = self.new_set_from(a)?;
        let y = self.new_set_from(b)?;
        Ok(Some(self.set_richcompare(&x, &y, op)?))
    }
}
