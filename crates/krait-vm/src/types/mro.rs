//! C3 linearization of a class's bases (CPython's `mro_implementation`, Objects/typeobject.c).

use crate::value::Value;

/// The MRO of a class with direct `bases`, given each base's own MRO (`mro_of`), not including
/// the class itself. Fails with the bases' names in CPython's order when no consistent order
/// exists; the caller raises `TypeError("Cannot create a consistent method resolution order
/// (MRO) for bases A, B")`.
pub fn linearize(
    bases: &[Value],
    mro_of: &dyn Fn(&Value) -> Vec<Value>,
) -> Result<Vec<Value>, Vec<Value>> {
    // Sequences to merge: each base's MRO, then the list of bases itself.
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(mro_of).collect();
    seqs.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        // The first head that appears in no other sequence's tail.
        let candidate = seqs
            .iter()
            .map(|s| &s[0])
            .find(|head| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(head))));
        let Some(next) = candidate.cloned() else {
            // CPython reports the remaining heads, in the order of the bases they come from.
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in &mut seqs {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        result.push(next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn v(i: i64) -> Value {
        Value::small_int(i).unwrap()
    }

    #[test]
    fn diamond_and_conflict() {
        // O=0, A=1(O), B=2(O), C=3(A,B), D=4(B,A)
        let mros: HashMap<i64, Vec<i64>> = [
            (0, vec![0]),
            (1, vec![1, 0]),
            (2, vec![2, 0]),
            (3, vec![3, 1, 2, 0]),
            (4, vec![4, 2, 1, 0]),
        ]
        .into();
        let mro_of = |x: &Value| {
            mros[&x.as_small_int().unwrap()]
                .iter()
                .map(|&i| v(i))
                .collect()
        };
        let ints = |r: Vec<Value>| {
            r.iter()
                .map(|x| x.as_small_int().unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ints(linearize(&[v(1), v(2)], &mro_of).unwrap()),
            vec![1, 2, 0]
        );
        assert_eq!(ints(linearize(&[v(3)], &mro_of).unwrap()), vec![3, 1, 2, 0]);
        let err = linearize(&[v(3), v(4)], &mro_of).unwrap_err();
        assert_eq!(ints(err), vec![1, 2]);
    }
}
