//! Classes the program defines with `class`, and their instances.
//!
//! A class is its name, its bases (other classes of the program) and the names its body
//! bound (methods, class attributes); an instance is its class and its own attributes. Both
//! are shared and mutable, as Python's objects are: `b = a` names the same instance, and
//! `a.val = 88` shows through every name and every list that holds it.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::Value;

/// A class of the program.
#[derive(Debug)]
pub struct ClassObject {
    /// `MutableInt`.
    pub name: &'static str,
    /// `MutableInt`, `outer.<locals>.Point`.
    pub qualname: String,
    /// The classes it derives from, in order (none: just `object`).
    pub bases: Vec<Rc<ClassObject>>,
    /// What its body bound, and what was set on it since (`C.count = 0`).
    pub attrs: RefCell<FxHashMap<String, Value>>,
}

/// An instance of a program's class.
#[derive(Debug)]
pub struct InstanceObject {
    /// Its class.
    pub class: Rc<ClassObject>,
    /// Its own attributes (`self.val = val`).
    pub attrs: RefCell<FxHashMap<String, Value>>,
}

impl ClassObject {
    /// The classes whose attributes an instance sees, in Python's order: this one, then
    /// its bases depth first (CPython's C3 order for the single and simple multiple
    /// inheritance viewfinder runs).
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<ClassObject>> {
        let mut order = vec![Rc::clone(self)];
        for base in &self.bases {
            for class in base.mro() {
                if !order.iter().any(|seen| Rc::ptr_eq(seen, &class)) {
                    order.push(class);
                }
            }
        }
        order
    }

    /// The attribute `name` of this class or the first base that has it.
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        self.mro()
            .iter()
            .find_map(|class| class.attrs.borrow().get(name).cloned())
    }
}

thread_local! {
    /// Every class name seen, each kept once for the session (`type_name` is `'static`).
    static NAMES: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

/// `name` as a string that lives as long as the program: the same one for the same name.
pub fn interned_name(name: &str) -> &'static str {
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(found) = names.get(name) {
            return *found;
        }
        let kept: &'static str = Box::leak(name.to_string().into_boxed_str());
        names.insert(kept);
        kept
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(name: &str, bases: Vec<Rc<ClassObject>>) -> Rc<ClassObject> {
        Rc::new(ClassObject {
            name: interned_name(name),
            qualname: name.to_string(),
            bases,
            attrs: RefCell::default(),
        })
    }

    #[test]
    fn attributes_come_from_the_class_then_its_bases() {
        let base = class("Base", Vec::new());
        base.attrs.borrow_mut().insert("x".into(), Value::Int(1));
        base.attrs.borrow_mut().insert("y".into(), Value::Int(2));
        let derived = class("Derived", vec![Rc::clone(&base)]);
        derived
            .attrs
            .borrow_mut()
            .insert("x".into(), Value::Int(10));
        assert!(matches!(derived.lookup("x"), Some(Value::Int(10))));
        assert!(matches!(derived.lookup("y"), Some(Value::Int(2))));
        assert!(derived.lookup("z").is_none());
        assert_eq!(derived.mro().len(), 2);
    }

    #[test]
    fn a_name_is_interned_once() {
        assert!(std::ptr::eq(interned_name("Point"), interned_name("Point")));
    }
}
