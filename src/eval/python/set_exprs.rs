//! Where sets meet the rest of the language: displays (`{1, 2}`, `{*a, 3}`) and
//! comprehensions built as CPython 3.11's compiler builds them, the operators `|`, `&`, `-`,
//! `^` and their in-place forms, comparisons, `in`, iteration, and the refusal of anything
//! that would show the order of a set whose order is not CPython's.
//!
//! The compiler matters for the order: a display of more than two constants is compiled to a
//! frozenset constant merged into a new set (which sizes the table for all of them at once),
//! and a display of constants that a `for` walks is that frozenset itself (grown one element
//! at a time); any other display adds its elements one by one.

use std::rc::Rc;

use crate::eval::python::set::new_set_value;
use crate::eval::python::set_ops::{holds_unordered_set, unordered};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::{BinOp, CmpOp, Comprehension, Expr, ExprKind, Span};
use crate::value::set_algebra as algebra;
use crate::value::{IterState, Set, SetObject, Value};

/// Displays longer than this are built element by element (`STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

impl Interpreter {
    /// `{a, b, *c}`.
    pub(crate) fn eval_set_display(&mut self, items: &[Expr]) -> EvalResult<Value> {
        if items.len() > 2 && items.iter().all(is_folded_constant) {
            let constant = self.constant_frozenset(items)?;
            let mut set = SetObject::default();
            set.merge(&constant);
            return Ok(new_set_value(set, false));
        }
        let first_star = items
            .iter()
            .position(|e| matches!(e.kind, ExprKind::Starred(_)));
        let built_at_once = match items.len() > STACK_USE_GUIDELINE {
            true => 0,
            false => first_star.unwrap_or(items.len()),
        };
        let set: Set = Default::default();
        let mut values = Vec::with_capacity(built_at_once);
        for item in &items[..built_at_once] {
            values.push(self.eval(item)?);
        }
        for (value, item) in values.iter().zip(items) {
            let entry = self.set_entry(value, item.span)?;
            set.borrow_mut().add(entry);
        }
        for item in &items[built_at_once..] {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let source = self.eval(inner)?;
                    self.update_new_set(&set, &source, item.span)?;
                }
                _ => {
                    let value = self.eval(item)?;
                    let entry = self.set_entry(&value, item.span)?;
                    set.borrow_mut().add(entry);
                }
            }
        }
        Ok(Value::Set(set))
    }

    /// The frozenset constant CPython's compiler makes of a display of constants: its
    /// elements added one by one, then added one by one again in that set's order.
    fn constant_frozenset(&mut self, items: &[Expr]) -> EvalResult<SetObject> {
        let mut folded = SetObject::default();
        for item in items {
            let value = self.eval(item)?;
            folded.add(self.set_entry(&value, item.span)?);
        }
        // The compiler's merging of constants (`merge_consts_recursive`) makes the frozenset
        // again from its own elements, in their table order.
        let mut merged = SetObject::default();
        merged.forget_order(folded.order_known());
        for entry in folded.entries() {
            merged.add(entry.clone());
        }
        Ok(merged)
    }

    /// The iterable of a `for` loop or a comprehension's clause: a set display of constants
    /// is the frozenset constant CPython's optimiser makes of it.
    pub(crate) fn eval_iterable(&mut self, iterable: &Expr) -> EvalResult<Value> {
        match &iterable.kind {
            ExprKind::Set(items) if items.iter().all(is_folded_constant) => {
                let set = self.constant_frozenset(items)?;
                Ok(new_set_value(set, true))
            }
            _ => self.eval(iterable),
        }
    }

    /// `{elt for ...}` at `span`: a new set, each element added as it is computed.
    pub(crate) fn eval_set_comprehension(
        &mut self,
        elt: &Expr,
        generators: &[Comprehension],
        span: Span,
    ) -> EvalResult<Value> {
        let set: Set = Default::default();
        self.run_comprehension(generators, ("<setcomp>", span), &mut |me| {
            let value = me.eval(elt)?;
            let entry = me.set_entry(&value, elt.span)?;
            set.borrow_mut().add(entry);
            crate::eval::python::set_ops::check_set_room(&set.borrow(), elt.span)?;
            Ok(crate::eval::comprehension::Step::Continue)
        })?;
        Ok(Value::Set(set))
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets or frozensets: a new one of the left
    /// operand's kind; `None` unless both are.
    pub(crate) fn set_binary(op: BinOp, left: &Value, right: &Value) -> Option<Value> {
        let (a, b) = (left.as_any_set()?, right.as_any_set()?);
        let same = Rc::ptr_eq(a, b);
        let (a, b) = (a.borrow(), b.borrow());
        let result = match op {
            BinOp::BitOr if same => algebra::set_copy(&a),
            BinOp::BitOr => algebra::union(&a, &b),
            BinOp::BitAnd if same => algebra::set_copy(&a),
            BinOp::BitAnd => algebra::intersection(&a, &b),
            BinOp::Sub => algebra::difference(&a, &b),
            BinOp::BitXor => algebra::symmetric_difference(&a, &b),
            _ => return None,
        };
        Some(new_set_value(result, matches!(left, Value::FrozenSet(_))))
    }

    /// `s |= t` and the other in-place operators on a set: `None` when `op` is not one of
    /// them; CPython's `TypeError` when `operand` is not a set or frozenset.
    pub(crate) fn set_in_place(
        &mut self,
        current: &Value,
        op: BinOp,
        operand: &Value,
        span: Span,
    ) -> Option<EvalResult<Value>> {
        if !matches!(
            op,
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
        ) {
            return None;
        }
        if operand.as_any_set().is_none() {
            let symbol = format!("{}=", op.symbol());
            let error = crate::eval::expr::unsupported_operands(&symbol, current, operand, span);
            return Some(Err(error));
        }
        let Value::Set(set) = current else {
            return Self::set_binary(op, current, operand).map(Ok);
        };
        let done = match op {
            BinOp::BitOr => self.update_shared_set(set, operand, span),
            BinOp::BitAnd => self.intersect(set, operand, span).map(|result| {
                self.before_set_change(set);
                set.borrow_mut().take_table_of(result);
            }),
            BinOp::Sub => {
                self.before_set_change(set);
                self.difference_update_set(set, operand, span)
            }
            _ => self.symmetric_difference_update_set(set, operand, span),
        };
        Some(done.map(|()| current.clone()))
    }

    /// `left op right` when one side is a set or frozenset and the comparison is theirs;
    /// `None` otherwise.
    pub(crate) fn compare_sets(
        op: CmpOp,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Option<Value>> {
        let (Some(a), Some(b)) = (left.as_any_set(), right.as_any_set()) else {
            let numpy = |v: &Value| matches!(v, Value::Array(_) | Value::Scalar(..));
            let set = |v: &Value| v.as_any_set().is_some();
            if (numpy(left) && set(right)) || (set(left) && numpy(right)) {
                let what = "comparing a NumPy value with a set (NumPy's object dtype)";
                return Err(EvalError::unsupported(what, span));
            }
            return Ok(None);
        };
        let (a, b) = (a.borrow(), b.borrow());
        let result = match op {
            CmpOp::Eq => a.len() == b.len() && algebra::is_subset(&a, &b),
            CmpOp::NotEq => !(a.len() == b.len() && algebra::is_subset(&a, &b)),
            CmpOp::LtE => algebra::is_subset(&a, &b),
            CmpOp::GtE => algebra::is_subset(&b, &a),
            CmpOp::Lt => a.len() < b.len() && algebra::is_subset(&a, &b),
            CmpOp::Gt => a.len() > b.len() && algebra::is_subset(&b, &a),
            _ => return Ok(None),
        };
        Ok(Some(Value::Bool(result)))
    }

    /// `item in container` for a set or frozenset; `None` for other containers.
    pub(crate) fn set_contains(
        &mut self,
        container: &Value,
        item: &Value,
        span: Span,
    ) -> EvalResult<Option<bool>> {
        let Some(set) = container.as_any_set() else {
            return Ok(None);
        };
        let entry = self.lookup_entry(item, span)?;
        Ok(Some(set.borrow().contains(&entry)))
    }

    /// What `for x in s` visits: the table walked by slot as it is when each element is
    /// asked for; refused when the order is not CPython's.
    pub(crate) fn set_loop(&self, set: Set, span: Span) -> EvalResult<IterState> {
        let (len, version) = {
            let table = set.borrow();
            self.check_set_order(&table, "iteration", span)?;
            (table.len(), table.version)
        };
        Ok(IterState::Set {
            set,
            at: 0,
            len,
            version,
        })
    }

    /// The elements of a set in table order (refused when that is not CPython's order).
    pub(crate) fn set_items(&self, set: &Set, span: Span) -> EvalResult<Vec<Value>> {
        let set = set.borrow();
        self.check_set_order(&set, "iteration", span)?;
        Ok(set.entries().map(|e| e.value.clone()).collect())
    }

    /// The elements of a set whose order is not CPython's, for `sorted`, `min` and `max`:
    /// given only when every element is a real number, or every one a `str`, or every one a
    /// `bytes` (their answer then cannot depend on the order); `None` for anything else.
    pub(crate) fn order_free_items(value: &Value) -> Option<Vec<Value>> {
        let set = value.as_any_set()?.borrow();
        if set.order_known() || set.len() <= 1 {
            return None;
        }
        let items: Vec<Value> = set.entries().map(|e| e.value.clone()).collect();
        let kind = |v: &Value| match v {
            Value::Bool(_) | Value::Int(_) => Some(0),
            Value::Float(x) if !x.is_nan() => Some(0),
            Value::Scalar(_, s) if !s.as_f64().is_nan() => Some(0),
            Value::Str(_) => Some(1),
            Value::Buffer(_) => Some(2),
            _ => None,
        };
        let first = kind(&items[0])?;
        items
            .iter()
            .all(|v| kind(v) == Some(first))
            .then_some(items)
    }

    /// Refuses to show `value` when its text would show a set's order that is not CPython's.
    pub(crate) fn check_shown_set_orders(value: &Value, span: Span) -> EvalResult<()> {
        match holds_unordered_set(value) {
            true => Err(unordered("the repr", span)),
            false => Ok(()),
        }
    }
}

/// The next element of a set iterator, with CPython's `RuntimeError` when the set changed
/// size under it; elements changed with the size kept are refused (CPython's outcome depends
/// on where its table puts them).
pub(crate) fn next_set_item(
    set: &Set,
    at: &mut usize,
    len: usize,
    version: u64,
    span: Span,
) -> EvalResult<Option<Value>> {
    let set = set.borrow();
    if set.len() != len {
        let message = "Set changed size during iteration";
        let kind = crate::exception::ExceptionKind::RuntimeError;
        return Err(EvalError::new(kind, message, span));
    }
    if set.version != version {
        let what = "iterating over a set whose elements changed during the iteration";
        return Err(EvalError::unsupported(what, span));
    }
    Ok(set.entry_from(*at).map(|(entry, next)| {
        *at = next;
        entry.value.clone()
    }))
}

/// True when CPython 3.11's AST optimiser makes `expr` a constant: a literal, a tuple of
/// constants, or an operator applied to constants (whose folding does not fail: such an
/// expression raises when evaluated, here as in CPython).
pub(crate) fn is_folded_constant(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis => true,
        ExprKind::Tuple(items) => items.iter().all(is_folded_constant),
        ExprKind::Unary { operand, .. } => is_folded_constant(operand),
        ExprKind::Binary { op, left, right } => {
            *op != BinOp::MatMul
                && is_folded_constant(left)
                && is_folded_constant(right)
                && !matches!(
                    (op, &left.kind),
                    (BinOp::Mod, ExprKind::Str(_) | ExprKind::Bytes(_))
                )
        }
        ExprKind::Subscript { object, index } => {
            is_folded_constant(object) && is_folded_constant(index)
        }
        _ => false,
    }
}

/// An honest refusal of a set operator between a set and a dict's keys or items view or a
/// NumPy value, whose reflected operators answer (a view as a set, NumPy elementwise).
pub(crate) fn refuse_foreign_set_operand(
    op: BinOp,
    left: &Value,
    right: &Value,
    span: Span,
) -> EvalResult<()> {
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) {
        return Ok(());
    }
    let set = |v: &Value| v.as_any_set().is_some();
    let foreign = |v: &Value| match v {
        Value::DictView(view) => view.kind != crate::value::DictViewKind::Values,
        Value::Array(_) | Value::Scalar(..) => true,
        _ => false,
    };
    let other = match (set(left), set(right)) {
        (true, false) if foreign(right) => right,
        (false, true) if foreign(left) => left,
        _ => return Ok(()),
    };
    let what = format!(
        "the operator {} between a set and a {}",
        op.symbol(),
        other.type_name()
    );
    Err(EvalError::unsupported(what, span))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expr(source: &str) -> Expr {
        let program = crate::syntax::parse_program(source).expect("parses");
        match &program[0].kind {
            crate::syntax::StmtKind::Expr(expr) => expr.clone(),
            other => panic!("not an expression statement: {other:?}"),
        }
    }

    #[test]
    fn constants_are_what_the_optimiser_folds() {
        for folded in [
            "1",
            "-1",
            "(1, (2, -3.5))",
            "2 ** 10",
            "not 0",
            "(1, 2)[0]",
            "'a' * 3",
        ] {
            assert!(is_folded_constant(&expr(folded)), "{folded}");
        }
        for kept in ["x", "[1]", "(1, x)", "'%d' % 3", "f(1)", "{1}"] {
            assert!(!is_folded_constant(&expr(kept)), "{kept}");
        }
    }
}
