//! How the evaluator reaches a dict: its displays and comprehensions, `d[k]`, `d[k] = v`,
//! `del d[k]`, `k in d`, `==`, `|` and `|=`, and walking it in insertion order.
//!
//! Keys are hashed as CPython hashes them ([`HashKey`]); an unhashable key is CPython's
//! `TypeError`, a key whose hash viewfinder does not model is refused honestly. Every change
//! goes through [`Interpreter::dict_store`] or [`Interpreter::before_dict_change`], which
//! journal it (a failing step puts the dict back) and note it for the report.

use std::rc::Rc;

use crate::eval::python::dict::{key_error, new_dict};
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::{BinOp, CmpOp, Comprehension, DictItem, Expr, Span};
use crate::value::{Dict, DictObject, DictViewKind, HashKey, IterState, NotHashable, Value};

impl Interpreter {
    /// The dict key `key` is, or CPython's `TypeError: unhashable type: 'list'`.
    pub(crate) fn hash_key(&self, key: &Value, span: Span) -> EvalResult<HashKey> {
        HashKey::of(key).map_err(|why| match why {
            NotHashable::Unhashable(type_name) => {
                EvalError::type_error(format!("unhashable type: '{type_name}'"), span)
            }
            NotHashable::Unmodelled(what) => EvalError::unsupported(what, span),
        })
    }

    /// `dict[key] = value`, journaled: a new key is undone by cutting it off again, a
    /// replaced value by putting the old one back.
    pub(crate) fn dict_store(
        &mut self,
        dict: &Dict,
        key: Value,
        value: Value,
        span: Span,
    ) -> EvalResult<()> {
        let hash = self.hash_key(&key, span)?;
        if holds_dict(&value, dict) {
            return Err(EvalError::unsupported("a dict that contains itself", span));
        }
        let slot = dict.borrow().slot_of(&hash);
        match slot {
            Some(slot) => {
                let old = dict.borrow().get(&hash).cloned().unwrap_or(Value::None);
                self.journal.dict_value(dict, slot, old);
            }
            None => self.journal.dict_growth(dict),
        }
        self.note_dict_change(dict);
        dict.borrow_mut().insert(hash, key, value);
        Ok(())
    }

    /// Saves a dict's entries before the step changes it otherwise than by storing a key,
    /// and notes the change for the report.
    pub(crate) fn before_dict_change(&mut self, dict: &Dict) {
        self.journal.dict(dict);
        self.note_dict_change(dict);
    }

    /// Notes, once a step, that `dict` changed in place.
    fn note_dict_change(&mut self, dict: &Dict) {
        let changed = &mut self.outcome.dicts_changed;
        if !changed.iter().any(|seen| Rc::ptr_eq(seen, dict)) {
            changed.push(Rc::clone(dict));
        }
    }

    /// `dict[key]`.
    pub(crate) fn dict_lookup(&self, dict: &Dict, key: &Value, span: Span) -> EvalResult<Value> {
        let hash = self.hash_key(key, span)?;
        let found = dict.borrow().get(&hash).cloned();
        found.ok_or_else(|| key_error(key.clone(), span))
    }

    /// `del dict[key]`.
    pub(crate) fn dict_delete(&mut self, dict: &Dict, key: &Value, span: Span) -> EvalResult<()> {
        let hash = self.hash_key(key, span)?;
        if dict.borrow().get(&hash).is_none() {
            return Err(key_error(key.clone(), span));
        }
        self.before_dict_change(dict);
        dict.borrow_mut().remove(&hash);
        Ok(())
    }

    /// The key of a subscript `d[...]`: a slice (alone or in a tuple) is evaluated, then
    /// refused as Python 3.11 does, being unhashable.
    pub(crate) fn dict_subscript_key(&mut self, index: &Expr, span: Span) -> EvalResult<Value> {
        use crate::syntax::ExprKind;
        let parts: Vec<&Expr> = match &index.kind {
            ExprKind::Tuple(items) => items.iter().collect(),
            _ => vec![index],
        };
        if !parts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Slice { .. }))
        {
            return self.eval(index);
        }
        for part in parts {
            match &part.kind {
                ExprKind::Slice { lower, upper, step } => {
                    for bound in [lower, upper, step].into_iter().flatten() {
                        self.eval(bound)?;
                    }
                }
                _ => drop(self.eval(part)?),
            }
        }
        Err(EvalError::type_error("unhashable type: 'slice'", span))
    }

    /// `{k: v, **other}`: keys and values evaluated left to right, key first.
    pub(crate) fn eval_dict_display(&mut self, items: &[DictItem]) -> EvalResult<Value> {
        let dict: Dict = Default::default();
        for item in items {
            match item {
                DictItem::Pair { key, value } => {
                    let key_value = self.eval(key)?;
                    let value = self.eval(value)?;
                    self.store_new(&dict, key_value, value, key.span)?;
                }
                DictItem::Unpack(expr) => {
                    let source = self.eval(expr)?;
                    let Value::Dict(source) = source else {
                        return Err(not_a_mapping(&source, expr.span));
                    };
                    let entries: Vec<_> = source.borrow().entries().cloned().collect();
                    for entry in entries {
                        self.store_new(&dict, entry.key, entry.value, expr.span)?;
                    }
                }
            }
        }
        Ok(Value::Dict(dict))
    }

    /// Stores into a dict the step is making (nothing else sees it, so nothing to journal).
    fn store_new(&mut self, dict: &Dict, key: Value, value: Value, span: Span) -> EvalResult<()> {
        let hash = self.hash_key(&key, span)?;
        dict.borrow_mut().insert(hash, key, value);
        Ok(())
    }

    /// `{key: value for ...}` at `span`: a new dict, the key computed before the value.
    pub(crate) fn eval_dict_comprehension(
        &mut self,
        item: &(Expr, Expr),
        generators: &[Comprehension],
        span: Span,
    ) -> EvalResult<Value> {
        let dict: Dict = Default::default();
        self.run_comprehension(generators, ("<dictcomp>", span), &mut |me| {
            let key = me.eval(&item.0)?;
            let value = me.eval(&item.1)?;
            me.store_new(&dict, key, value, item.0.span)?;
            Ok(crate::eval::comprehension::Step::Continue)
        })?;
        Ok(Value::Dict(dict))
    }

    /// `a == b` for dicts, as CPython's `dict_equal`: the same size, and every key of `a`
    /// in `b` with a value that is the same object or `==`.
    pub(crate) fn dicts_equal(&mut self, a: &Dict, b: &Dict, span: Span) -> EvalResult<bool> {
        if a.borrow().len() != b.borrow().len() {
            return Ok(false);
        }
        let entries: Vec<_> = a.borrow().entries().cloned().collect();
        for entry in entries {
            crate::eval::cancel::check(span)?;
            let Some(other) = b.borrow().get(&entry.hash).cloned() else {
                return Ok(false);
            };
            if !self.items_equal(&entry.value, &other, span)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `left op right` when one side is a dict or a dict view; `None` otherwise.
    pub(crate) fn compare_dicts(
        &mut self,
        op: CmpOp,
        left: &Value,
        right: &Value,
        span: Span,
    ) -> EvalResult<Option<Value>> {
        let equal = match (left, right) {
            (Value::Dict(a), Value::Dict(b)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                self.dicts_equal(a, b, span)?
            }
            (Value::DictView(a), Value::DictView(b))
                if a.kind == DictViewKind::Values && b.kind == DictViewKind::Values =>
            {
                return Ok(None);
            }
            (Value::Array(_) | Value::Scalar(..), Value::Dict(_) | Value::DictView(_))
            | (Value::Dict(_) | Value::DictView(_), Value::Array(_) | Value::Scalar(..)) => {
                let what = "comparing a NumPy value with a dict (NumPy's object dtype)";
                return Err(EvalError::unsupported(what, span));
            }
            (Value::DictView(_), _) | (_, Value::DictView(_)) => {
                let what = "comparing dict views (they compare as sets)";
                return Err(EvalError::unsupported(what, span));
            }
            _ => return Ok(None),
        };
        Ok(Some(Value::Bool(equal == (op == CmpOp::Eq))))
    }

    /// `item in container` for a dict and its views; `None` for other containers.
    pub(crate) fn dict_contains(
        &mut self,
        container: &Value,
        item: &Value,
        span: Span,
    ) -> EvalResult<Option<bool>> {
        let (dict, kind) = match container {
            Value::Dict(dict) => (dict, DictViewKind::Keys),
            Value::DictView(view) => (&view.dict, view.kind),
            _ => return Ok(None),
        };
        match kind {
            DictViewKind::Keys => {
                let hash = self.hash_key(item, span)?;
                Ok(Some(dict.borrow().get(&hash).is_some()))
            }
            DictViewKind::Items => self.dict_holds_pair(dict, item, span).map(Some),
            DictViewKind::Values => {
                let values: Vec<Value> = dict.borrow().entries().map(|e| e.value.clone()).collect();
                for value in values {
                    if self.items_equal(&value, item, span)? {
                        return Ok(Some(true));
                    }
                }
                Ok(Some(false))
            }
        }
    }

    /// `(k, v) in d.items()`: a 2-tuple whose key is in `dict` with a value equal to `v`.
    fn dict_holds_pair(&mut self, dict: &Dict, item: &Value, span: Span) -> EvalResult<bool> {
        let Value::Tuple(pair) = item else {
            return Ok(false);
        };
        let [key, value] = &pair[..] else {
            return Ok(false);
        };
        let hash = self.hash_key(key, span)?;
        let found = dict.borrow().get(&hash).cloned();
        match found {
            Some(found) => self.items_equal(&found, value, span),
            None => Ok(false),
        }
    }

    /// `a | b` for two dicts: a new dict, `a`'s pairs updated by `b`'s; `None` unless both
    /// sides are dicts.
    pub(crate) fn dict_binary(op: BinOp, left: &Value, right: &Value) -> Option<Value> {
        let (BinOp::BitOr, Value::Dict(a), Value::Dict(b)) = (op, left, right) else {
            return None;
        };
        let merged: Vec<_> = {
            let (a, b) = (a.borrow(), b.borrow());
            a.entries().chain(b.entries()).cloned().collect()
        };
        Some(new_dict(DictObject::from_entries(merged)))
    }

    /// `d |= other`: `d.update(other)` in place.
    pub(crate) fn dict_in_place(
        &mut self,
        dict: &Dict,
        operand: &Value,
        span: Span,
    ) -> EvalResult<()> {
        self.dict_merge(dict, operand, span)
    }

    /// What `for x in view` visits: the dict walked by position, as it is when each item
    /// is asked for.
    pub(crate) fn dict_loop(dict: &Dict, kind: DictViewKind) -> IterState {
        let (len, version) = {
            let dict = dict.borrow();
            (dict.len(), dict.key_version)
        };
        IterState::Dict {
            dict: Rc::clone(dict),
            kind,
            at: 0,
            len,
            version,
        }
    }

    /// The items of a dict or view, in order.
    pub(crate) fn dict_items(dict: &Dict, kind: DictViewKind) -> Vec<Value> {
        dict.borrow()
            .entries()
            .map(|entry| kind.item(entry))
            .collect()
    }
}

/// The next item of a dict iterator, with CPython's `RuntimeError` when the dict changed
/// size under it; keys changed with the size kept are refused (CPython's outcome depends
/// on where its table puts them).
pub(crate) fn next_dict_item(
    dict: &Dict,
    kind: DictViewKind,
    at: &mut usize,
    len: usize,
    version: u64,
    span: Span,
) -> EvalResult<Option<Value>> {
    let dict = dict.borrow();
    if dict.len() != len {
        let message = "dictionary changed size during iteration";
        return Err(EvalError::new(
            crate::exception::ExceptionKind::RuntimeError,
            message,
            span,
        ));
    }
    if dict.key_version != version {
        let what = "iterating over a dict whose keys changed during the iteration";
        return Err(EvalError::unsupported(what, span));
    }
    Ok(dict.entry_from(*at).map(|(entry, next)| {
        *at = next;
        kind.item(entry)
    }))
}

impl Interpreter {
    /// The keywords `f(**mapping)` passes, added to `call` with CPython's errors.
    pub(crate) fn double_starred_keywords(
        &mut self,
        callee: &Value,
        call: &mut crate::eval::args::CallArgs,
        mapping: &Value,
        span: Span,
    ) -> EvalResult<()> {
        let Value::Dict(dict) = mapping else {
            if let Value::Instance(_) = mapping {
                return Err(EvalError::unsupported(
                    "'**' of an instance of a class",
                    span,
                ));
            }
            let message = format!(
                "{}() argument after ** must be a mapping, not {}",
                function_str(callee, span)?,
                mapping.type_name()
            );
            return Err(EvalError::type_error(message, call.span));
        };
        let entries: Vec<_> = dict.borrow().entries().cloned().collect();
        for entry in entries {
            let Value::Str(name) = &entry.key else {
                return Err(EvalError::type_error("keywords must be strings", call.span));
            };
            check_new_keyword(callee, call, name, span)?;
            call.keywords.push((name.to_string(), entry.value, span));
        }
        Ok(())
    }
}

/// CPython's `TypeError` when a keyword given by `**` repeats one already given.
pub(crate) fn check_new_keyword(
    callee: &Value,
    call: &crate::eval::args::CallArgs,
    name: &str,
    span: Span,
) -> EvalResult<()> {
    if !call.keywords.iter().any(|(given, _, _)| given == name) {
        return Ok(());
    }
    let message = format!(
        "{}() got multiple values for keyword argument '{name}'",
        function_str(callee, span)?
    );
    Err(EvalError::type_error(message, call.span))
}

/// How CPython's call errors name a callable (`__main__.f`, `print`, `dict`); refused for
/// callables viewfinder does not know the module of.
fn function_str(callee: &Value, span: Span) -> EvalResult<String> {
    use crate::value::{Function, Table};
    let named = match callee {
        Value::Function(function) => match function.as_ref() {
            Function::User(user) => Some(format!("__main__.{}", user.code.qualname)),
            Function::Bound { function, .. } => {
                Some(format!("__main__.{}", function.code.qualname))
            }
            Function::Native(id) if id.table == Table::Builtins => Some(id.name.to_string()),
            _ => None,
        },
        Value::UserClass(class) => Some(format!("__main__.{}", class.qualname)),
        Value::Class(name) if !name.contains('.') => Some(name.to_string()),
        _ => None,
    };
    named.ok_or_else(|| EvalError::unsupported("this call's error about '**' arguments", span))
}

/// CPython's `TypeError` for `**x` of something that is not a mapping.
pub(crate) fn not_a_mapping(value: &Value, span: Span) -> EvalError {
    if let Value::Instance(_) = value {
        return EvalError::unsupported("'**' of an instance of a class", span);
    }
    let message = format!("'{}' object is not a mapping", value.type_name());
    EvalError::type_error(message, span)
}

/// Whether `value` is `dict` or holds it at any depth (through lists, tuples and dicts).
pub(crate) fn holds_dict(value: &Value, dict: &Dict) -> bool {
    match value {
        Value::Dict(inner) => {
            Rc::ptr_eq(inner, dict) || inner.borrow().entries().any(|e| holds_dict(&e.value, dict))
        }
        Value::DictView(view) => holds_dict(&Value::Dict(Rc::clone(&view.dict)), dict),
        Value::List(items) => items.borrow().iter().any(|v| holds_dict(v, dict)),
        Value::Tuple(items) => items.iter().any(|v| holds_dict(v, dict)),
        _ => false,
    }
}
