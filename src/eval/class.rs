//! `class` statements, instances, their attributes and methods, and `repr`/`str` through a
//! class's own `__repr__` and `__str__`.
//!
//! A class body runs in a scope of its own; what it binds becomes the class's attributes.
//! Calling the class makes an instance and runs `__init__` on it; `obj.name` finds the
//! instance's own attribute, else the class's (a function there comes back bound to `obj`,
//! the `self` of the call). Special methods other than `__init__`, `__repr__` and `__str__`
//! (operators, comparisons, `__len__`, …) are refused where the class is made: the rest of
//! viewfinder does not call them, so a class that has them could not behave as in Python.

use std::rc::Rc;

use crate::eval::args::CallArgs;
use crate::eval::{EvalError, EvalResult, Interpreter, ObjectChange};
use crate::exception::ExceptionKind;
use crate::syntax::{Arg, ClassDef, ExprKind, Span};
use crate::value::{ClassObject, Function, InstanceObject, Scope, Value, interned_name};

/// The special methods a program's class may define.
const MODELLED_SPECIAL_METHODS: [&str; 3] = ["__init__", "__repr__", "__str__"];

/// Lists and tuples are searched this deep for instances before `repr` (as deep as CPython's
/// `repr` goes before its recursion limit).
const MAX_SEARCH_DEPTH: usize = 998;

/// What setting an attribute puts in the report: a plain note for a class attribute, a
/// structured change for an instance others hold.
enum AttributeReport {
    Note(String),
    Change(ObjectChange),
}

impl Interpreter {
    /// `class Name(bases): body`: runs the body, makes the class, binds its name.
    pub(super) fn exec_class(&mut self, def: &ClassDef, span: Span) -> EvalResult<()> {
        let bases = self.class_bases(&def.arguments, span)?;
        let qualname = self.qualname_for(&def.name);
        let scope = Rc::new(Scope::of_class_body(qualname.clone(), self.scope.clone()));
        let outer = self.scope.replace(Rc::clone(&scope));
        let ran = self.exec_block(&def.body);
        self.scope = outer;
        ran?;
        let mut attrs = std::mem::take(&mut *scope.vars.borrow_mut());
        let doc = crate::eval::function::docstring(&def.body);
        let doc = doc.map_or(Value::None, |text| Value::Str(Rc::from(text)));
        attrs.entry("__doc__".to_string()).or_insert(doc);
        if let Some(special) = attrs.keys().find(|name| is_unmodelled_special(name)) {
            let what = format!(
                "classes defining {special} (special methods other than __init__, __repr__ and __str__)"
            );
            return Err(EvalError::unsupported(what, span));
        }
        let class = ClassObject {
            name: interned_name(&def.name),
            qualname,
            bases,
            attrs: std::cell::RefCell::new(attrs),
        };
        self.bind(&def.name, Value::UserClass(Rc::new(class)));
        Ok(())
    }

    /// The classes between a class statement's parentheses: the program's own classes
    /// (`object` adds nothing); anything else is refused.
    fn class_bases(&mut self, arguments: &[Arg], span: Span) -> EvalResult<Vec<Rc<ClassObject>>> {
        let mut bases = Vec::new();
        for argument in arguments {
            let Arg::Positional(expr) = argument else {
                return Err(EvalError::unsupported(
                    "class keywords ('metaclass=')",
                    span,
                ));
            };
            if matches!(&expr.kind, ExprKind::Name(name) if name == "object")
                && self.lookup_name("object", expr.span).is_err()
            {
                continue;
            }
            match self.eval(expr)? {
                Value::UserClass(class) => bases.push(class),
                other => {
                    let what = format!("classes deriving from {}", other.to_repr());
                    return Err(EvalError::unsupported(what, expr.span));
                }
            }
        }
        Ok(bases)
    }

    /// `Class(args)`: a new instance, `__init__` run on it.
    pub(super) fn instantiate(
        &mut self,
        class: &Rc<ClassObject>,
        call: CallArgs,
    ) -> EvalResult<Value> {
        let instance = Value::Instance(Rc::new(InstanceObject {
            class: Rc::clone(class),
            attrs: std::cell::RefCell::default(),
        }));
        let Some(init) = class.lookup("__init__") else {
            if !call.positional.is_empty() || !call.keywords.is_empty() {
                let message = format!("{}() takes no arguments", class.name);
                return Err(EvalError::type_error(message, call.span));
            }
            return Ok(instance);
        };
        let span = call.span;
        let returned = self.call_as_method(&init, &instance, call)?;
        if !matches!(returned, Value::None) {
            let message = format!(
                "__init__() should return None, not '{}'",
                returned.type_name()
            );
            return Err(EvalError::type_error(message, span));
        }
        Ok(instance)
    }

    /// Calls the class attribute `method` with `receiver` as its first argument.
    fn call_as_method(
        &mut self,
        method: &Value,
        receiver: &Value,
        mut call: CallArgs,
    ) -> EvalResult<Value> {
        match method {
            Value::Function(function) if matches!(function.as_ref(), Function::User(_)) => {
                call.positional.insert(0, (receiver.clone(), call.span));
                self.call_value(method, call)
            }
            other => self.call_value(other, call),
        }
    }

    /// `obj.attr` of an instance: its own attribute, else its class's (a function bound to
    /// it), else CPython's `AttributeError`.
    pub(super) fn instance_attribute(
        &self,
        instance: &Rc<InstanceObject>,
        attr: &str,
        span: Span,
    ) -> EvalResult<Value> {
        if let Some(value) = instance.attrs.borrow().get(attr) {
            return Ok(value.clone());
        }
        if attr == "__class__" {
            return Ok(Value::UserClass(Rc::clone(&instance.class)));
        }
        match instance.class.lookup(attr) {
            Some(Value::Function(function)) => match function.as_ref() {
                Function::User(user) => Ok(Value::Function(Rc::new(Function::Bound {
                    receiver: Value::Instance(Rc::clone(instance)),
                    function: user.clone(),
                }))),
                _ => Ok(Value::Function(function)),
            },
            Some(value) => Ok(value),
            None => {
                let own: Vec<String> = instance.attrs.borrow().keys().cloned().collect();
                let listed = own
                    .iter()
                    .chain(&class_names(&instance.class))
                    .cloned()
                    .collect();
                Err(missing(instance.class.name, attr, listed, false, span))
            }
        }
    }

    /// `Class.attr`: the class's attribute or its bases', its names, or the `AttributeError`.
    pub(super) fn user_class_attribute(
        &self,
        class: &Rc<ClassObject>,
        attr: &str,
        span: Span,
    ) -> EvalResult<Value> {
        if let Some(value) = class.lookup(attr) {
            return Ok(value);
        }
        let text = |s: &str| Ok(Value::Str(Rc::from(s)));
        match attr {
            "__name__" => text(class.name),
            "__qualname__" => text(&class.qualname),
            "__module__" => text("__main__"),
            _ => Err(missing(class.name, attr, class_names(class), true, span)),
        }
    }

    /// `obj.attr = value` on an instance or a class of the program.
    pub(super) fn set_object_attribute(&mut self, owner: &Value, attr: &str, value: Value) -> bool {
        let attrs = match owner {
            Value::Instance(instance) => &instance.attrs,
            Value::UserClass(class) => &class.attrs,
            _ => return false,
        };
        let previous = attrs.borrow_mut().insert(attr.to_string(), value);
        self.journal.attribute(owner, attr, previous);
        match self.attribute_change(owner, attr) {
            Some(AttributeReport::Note(note)) => self.outcome.record_note(note),
            Some(AttributeReport::Change(change)) => self.outcome.record_object_change(change),
            None => {}
        }
        true
    }

    /// The report's record of setting `owner.attr`: which object, and the module's names and
    /// list items that hold it (all of which see the change); none for an object no name
    /// holds (one being made by `__init__`).
    fn attribute_change(&self, owner: &Value, attr: &str) -> Option<AttributeReport> {
        let instance = match owner {
            Value::UserClass(class) => {
                let note = format!("set the class attribute {}.{attr}", class.name);
                return Some(AttributeReport::Note(note));
            }
            Value::Instance(instance) => instance,
            _ => return None,
        };
        let seen_as = self.paths_to(owner);
        (!seen_as.is_empty()).then(|| {
            AttributeReport::Change(ObjectChange::AttributeSet {
                attr: attr.to_string(),
                class: instance.class.name.to_string(),
                seen_as,
            })
        })
    }

    /// Python's `repr(value)`, running the program's `__repr__` for its instances (inside
    /// lists and tuples too).
    pub(crate) fn repr_of(&mut self, value: &Value, span: Span) -> EvalResult<String> {
        if !repr_needs_interpreter(value, MAX_SEARCH_DEPTH) {
            return Ok(value.to_repr());
        }
        match value {
            Value::ObjectArray(array) => self.object_array_text(array, true, span),
            Value::Instance(instance) => self.instance_text(instance, "__repr__", span),
            Value::List(items) => {
                let items = items.borrow().clone();
                Ok(format!("[{}]", self.joined_reprs(&items, span)?))
            }
            Value::Tuple(items) if items.len() == 1 => {
                Ok(format!("({},)", self.repr_of(&items[0], span)?))
            }
            Value::Tuple(items) => Ok(format!("({})", self.joined_reprs(items, span)?)),
            Value::Dict(dict) => {
                let entries: Vec<_> = dict.borrow().entries().cloned().collect();
                let mut shown = Vec::with_capacity(entries.len());
                for entry in entries {
                    let value = self.repr_of(&entry.value, span)?;
                    shown.push(format!("{}: {value}", entry.key.to_repr()));
                }
                Ok(format!("{{{}}}", shown.join(", ")))
            }
            Value::Function(function) if matches!(function.as_ref(), Function::Method { .. }) => {
                Err(EvalError::unsupported(
                    "the repr of a method bound to its object (it shows a memory address)",
                    span,
                ))
            }
            Value::Function(_) => Err(EvalError::unsupported(
                "the repr of a function the program defined (it shows a memory address)",
                span,
            )),
            Value::Iterator(_) => Err(EvalError::unsupported(
                "the repr of an iterator (it shows a memory address)",
                span,
            )),
            Value::MemoryView(_) => Err(EvalError::unsupported(
                "the repr of a memoryview (it shows a memory address)",
                span,
            )),
            _ => Err(EvalError::unsupported(
                "the repr of this object holding an instance of a class",
                span,
            )),
        }
    }

    /// Python's `str(value)`: an instance's `__str__` (else its `repr`), containers as
    /// their `repr`.
    pub(crate) fn str_of(&mut self, value: &Value, span: Span) -> EvalResult<String> {
        match value {
            Value::ObjectArray(array) => self.object_array_text(array, false, span),
            Value::Instance(instance) if instance.class.lookup("__str__").is_some() => {
                self.instance_text(instance, "__str__", span)
            }
            other if repr_needs_interpreter(other, MAX_SEARCH_DEPTH) => self.repr_of(other, span),
            other => Ok(other.to_str()),
        }
    }

    fn joined_reprs(&mut self, items: &[Value], span: Span) -> EvalResult<String> {
        let mut shown = Vec::with_capacity(items.len());
        for item in items {
            shown.push(self.repr_of(item, span)?);
        }
        Ok(shown.join(", "))
    }

    /// The text the instance's `__repr__` or `__str__` (`method`) returns; without one,
    /// `repr` would show the object's address, which viewfinder cannot show as Python does.
    fn instance_text(
        &mut self,
        instance: &Rc<InstanceObject>,
        method: &str,
        span: Span,
    ) -> EvalResult<String> {
        match instance.class.lookup(method) {
            Some(function) => self.run_text_method(instance, &function, method, span),
            None => Err(EvalError::unsupported(
                "the default repr of an instance (it shows a memory address)",
                span,
            )),
        }
    }

    /// Runs `function` (the instance's `__repr__` or `__str__`), with CPython's `TypeError`
    /// when it does not return a str.
    fn run_text_method(
        &mut self,
        instance: &Rc<InstanceObject>,
        function: &Value,
        method: &str,
        span: Span,
    ) -> EvalResult<String> {
        let receiver = Value::Instance(Rc::clone(instance));
        let call = CallArgs {
            span,
            ..CallArgs::default()
        };
        match self.call_as_method(function, &receiver, call)? {
            Value::Str(text) => Ok(text.to_string()),
            other => {
                let message = format!("{method} returned non-string (type {})", other.type_name());
                Err(EvalError::type_error(message, span))
            }
        }
    }
}

/// True for a special name a class may not define yet (`__eq__`, `__add__`, …).
fn is_unmodelled_special(name: &str) -> bool {
    name.starts_with("__")
        && name.ends_with("__")
        && !MODELLED_SPECIAL_METHODS.contains(&name)
        && !matches!(name, "__doc__" | "__module__" | "__qualname__")
}

/// True when the `repr` of `value` runs the program's code or would show a memory address:
/// an instance of a program's class, a function it defined, an iterator, or a list or tuple
/// holding one.
pub(crate) fn repr_needs_interpreter(value: &Value, depth: usize) -> bool {
    let any = |items: &[Value]| {
        items
            .iter()
            .any(|item| repr_needs_interpreter(item, depth - 1))
    };
    match value {
        _ if depth == 0 => false,
        Value::Instance(_) | Value::ObjectArray(_) => true,
        Value::Function(function) => {
            matches!(
                function.as_ref(),
                Function::User(_) | Function::Bound { .. } | Function::Method { .. }
            )
        }
        Value::Iterator(_) | Value::MemoryView(_) => true,
        Value::List(items) => any(&items.borrow()),
        Value::Tuple(items) => any(items),
        Value::Dict(dict) => dict
            .borrow()
            .entries()
            .any(|e| repr_needs_interpreter(&e.value, depth - 1)),
        Value::DictView(view) => view
            .dict
            .borrow()
            .entries()
            .any(|e| repr_needs_interpreter(&e.value, depth - 1)),
        _ => false,
    }
}

/// Every attribute name of `class` and its bases.
fn class_names(class: &Rc<ClassObject>) -> Vec<String> {
    class
        .mro()
        .iter()
        .flat_map(|c| c.attrs.borrow().keys().cloned().collect::<Vec<_>>())
        .collect()
}

/// The error for an attribute a program's instance or class lacks: refused when every
/// object has it (`__dict__`, `__hash__`), else CPython's `AttributeError` with its
/// suggestion from the names the object has.
fn missing(class: &str, attr: &str, names: Vec<String>, of_class: bool, span: Span) -> EvalError {
    let everywhere = crate::eval::dir_lists::dir_of(if of_class { "type" } else { "object" });
    if everywhere.is_some_and(|names| names.contains(&attr)) {
        let what = match of_class {
            true => format!("the attribute {attr} of a class"),
            false => format!("the attribute {attr} of an instance"),
        };
        return EvalError::unsupported(what, span);
    }
    let candidates: Vec<&str> = names.iter().map(String::as_str).collect();
    let hint = crate::eval::suggest::closest(attr, &candidates)
        .map_or(String::new(), |name| format!(". Did you mean: '{name}'?"));
    let message = match of_class {
        true => format!("type object '{class}' has no attribute '{attr}'{hint}"),
        false => format!("'{class}' object has no attribute '{attr}'{hint}"),
    };
    EvalError::new(ExceptionKind::AttributeError, message, span)
}
