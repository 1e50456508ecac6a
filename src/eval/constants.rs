//! Bytes constants, as python3's compiler makes them.
//!
//! python3 compiles a script (or one interactive input) as one unit, folding constant
//! expressions (`b'ab' + b'cd'` is the constant `b'abcd'`, `b'ab' * 2` is `b'abab'`) and
//! making every equal constant of the unit one object. So `s = b'abcd'` and `t = b'abcd'` in
//! one script are one `bytes` object, and `np.frombuffer` of each share memory. Empty and
//! one-byte `bytes` are one object everywhere (CPython keeps them as singletons). viewfinder
//! keeps the unit's constants here; statements run with the same source text are one unit.
//! Not modelled: the singletons that operations return at run time (`bytes([5])`, `s[0:1]`).

use crate::syntax::{BinOp, Expr, ExprKind, UnaryOp};
use crate::value::Value;

/// The longest `bytes` python3 folds a repetition into (`MAX_STR_SIZE` in `ast_opt.c`).
const FOLDED_REPEAT_LIMIT: usize = 4096;

/// Constant expressions nested deeper than this are not folded (each evaluation of a binary
/// operator asks, so deep arithmetic stays linear).
const FOLDED_DEPTH: usize = 16;

/// The `bytes` constants of the current unit, and the session's empty and one-byte ones.
#[derive(Default)]
pub struct BytesConstants {
    entries: Vec<(Vec<u8>, Value)>,
}

impl BytesConstants {
    /// The object already made for the constant `bytes`, if any.
    pub fn get(&self, bytes: &[u8]) -> Option<Value> {
        let found = self.entries.iter().find(|(known, _)| known == bytes);
        found.map(|(_, value)| value.clone())
    }

    /// Keeps `value` as the object of the constant `bytes`.
    pub fn insert(&mut self, bytes: &[u8], value: Value) {
        self.entries.push((bytes.to_vec(), value));
    }

    /// How many constants are kept (a mark to [`rewind`](Self::rewind) to).
    pub fn mark(&self) -> usize {
        self.entries.len()
    }

    /// Forgets the constants made after `mark` (a failing step's).
    pub fn rewind(&mut self, mark: usize) {
        self.entries.truncate(mark);
    }

    /// A new unit begins: only the singletons (empty and one-byte) stay.
    pub fn new_unit(&mut self) {
        self.entries.retain(|(bytes, _)| bytes.len() <= 1);
    }
}

/// The value of `expr` when python3's compiler folds it into a `bytes` constant: a literal,
/// or `+` of two such, or `*` of one by an integer literal (within python3's size limit).
pub fn folded_bytes(expr: &Expr) -> Option<Vec<u8>> {
    folded_within(expr, FOLDED_DEPTH)
}

fn folded_within(expr: &Expr, depth: usize) -> Option<Vec<u8>> {
    let depth = depth.checked_sub(1)?;
    let folded = |operand: &Expr| folded_within(operand, depth);
    match &expr.kind {
        ExprKind::Bytes(bytes) => Some(bytes.clone()),
        ExprKind::Binary { op, left, right } => match (op, &left.kind, &right.kind) {
            (BinOp::Add, _, _) => {
                let mut joined = folded(left)?;
                joined.extend(folded(right)?);
                Some(joined)
            }
            (BinOp::Mul, _, _) => match (int_literal(left), int_literal(right)) {
                (_, Some(times)) => repeated(folded(left)?, times),
                (Some(times), _) => repeated(folded(right)?, times),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// An integer literal, negated or not (`3`, `-3`).
fn int_literal(expr: &Expr) -> Option<i64> {
    match &expr.kind {
        ExprKind::Int(value) => Some(*value),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            operand,
        } => match operand.kind {
            ExprKind::Int(value) => value.checked_neg(),
            _ => None,
        },
        _ => None,
    }
}

/// `bytes * times` when python3 folds it (`safe_multiply` in `ast_opt.c`): always for empty
/// `bytes`, otherwise for a count from 0 up to [`FOLDED_REPEAT_LIMIT`] bytes in all.
fn repeated(bytes: Vec<u8>, times: i64) -> Option<Vec<u8>> {
    if bytes.is_empty() {
        return Some(bytes);
    }
    let times = usize::try_from(times).ok()?;
    (times <= FOLDED_REPEAT_LIMIT / bytes.len()).then(|| bytes.repeat(times))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse_program;

    fn folded(source: &str) -> Option<Vec<u8>> {
        let program = parse_program(source).ok()?;
        match &program.first()?.kind {
            crate::syntax::StmtKind::Expr(expr) => folded_bytes(expr),
            _ => None,
        }
    }

    #[test]
    fn python3_folds_literals_sums_and_small_repeats() {
        assert_eq!(folded("b'ab'"), Some(b"ab".to_vec()));
        assert_eq!(folded("b'ab' + b'cd'"), Some(b"abcd".to_vec()));
        assert_eq!(folded("2 * b'ab'"), Some(b"abab".to_vec()));
        assert_eq!(folded("b'' * -3"), Some(vec![]));
        assert_eq!(folded("b'ab' * -1"), None);
        assert_eq!(folded("b'ab' * 2049"), None);
        assert_eq!(folded("b'ab' + s"), None);
    }
}
