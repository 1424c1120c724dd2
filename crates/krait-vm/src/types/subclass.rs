//! Instances of Python subclasses of built-in types (`class S(str)`, `class D(dict)`, …): the
//! built-in payload followed by attribute storage (the `Sub<T>` layouts of layouts.rs), made by
//! the built-in `__new__`s when they are called with a subclass.

use crate::heap::{self, InstanceAttrs, Sub, Subclassable};
use crate::objects::complex::ComplexData;
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::protocols::convert::{float_value, int_value};
use crate::protocols::payload;
use crate::value::Value;
use crate::vm::{type_data, Vm};

impl Vm {
    /// A new object of type `cls` with payload `data`: plain for the built-in type itself, with
    /// attribute storage for a Python subclass of it.
    pub fn new_instance<T: Subclassable>(&self, cls: &Value, data: T) -> Value
    where
        Sub<T>: crate::heap::Payload,
    {
        let plain = type_data(cls).is_none_or(|t| t.instance_kind.get() == T::KIND);
        if plain {
            return heap::alloc(cls.to_obj(), data).into_value();
        }
        let sub = Sub {
            base: data,
            attrs: InstanceAttrs::default(),
        };
        heap::alloc(cls.to_obj(), sub).into_value()
    }

    /// `v` (an exact `int`, `float`, `str`, `tuple` or `complex` made by a built-in `__new__`)
    /// as an instance of `cls`: `v` itself when `cls` is its own type, else a copy of its value
    /// in an instance of the subclass.
    pub(crate) fn as_instance_of(&self, cls: &Value, v: Value) -> Value {
        if self.type_of(&v).is(cls) {
            return v;
        }
        if let Some(n) = int_value(&v) {
            return self.new_instance(cls, IntData { value: n });
        }
        if let Some(x) = float_value(&v) {
            return self.new_instance(cls, FloatData { value: x });
        }
        if let Some(s) = payload::<StrData>(&v) {
            return self.new_instance(cls, StrData::from_code_points(s.code_points()));
        }
        if let Some(t) = payload::<TupleData>(&v) {
            return self.new_instance(cls, TupleData::new(t.items().to_vec()));
        }
        if let Some(c) = payload::<ComplexData>(&v) {
            return self.new_instance(
                cls,
                ComplexData {
                    real: c.real,
                    imag: c.imag,
                },
            );
        }
        v
    }
}
