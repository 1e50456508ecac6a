//! Functions the program defines (`def`, `lambda`) and the scopes their calls run in.
//!
//! A `def` is compiled once into a [`Code`]: its parameters, its body, and which names are
//! local to it, decided from the body before it runs as CPython's symbol table decides them
//! (a name assigned anywhere in the body is local everywhere in it, unless declared `global`
//! or `nonlocal`). Running the `def` makes a [`UserFunction`]: the code, the defaults
//! evaluated then, and the [`Scope`] it was defined in, which its calls read free names from
//! (a closure sees the variables themselves, so a later change shows, as in Python).

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};

use super::Value;
use crate::syntax::{Expr, Parameters, Stmt};

/// What a function runs.
#[derive(Debug)]
pub enum Body {
    /// A `def`'s block.
    Block(Vec<Stmt>),
    /// A `lambda`'s expression.
    Lambda(Expr),
}

/// The parts of a `def` or `lambda` fixed before it runs.
#[derive(Debug)]
pub struct Code {
    /// `f`, or `<lambda>`.
    pub name: String,
    /// `f`, `outer.<locals>.inner`: what messages and the repr show.
    pub qualname: String,
    /// Its parameters, defaults as written.
    pub params: Parameters,
    /// What it runs.
    pub body: Body,
    /// The names local to each call: parameters and every name the body binds.
    pub locals: FxHashSet<String>,
    /// The names declared `global` in the body.
    pub globals: FxHashSet<String>,
    /// The names declared `nonlocal` in the body.
    pub nonlocals: FxHashSet<String>,
    /// The docstring (`f.__doc__`).
    pub doc: Option<String>,
    /// The text the body's spans point into (the script, or one entry at the prompt).
    pub source: Rc<str>,
}

/// A function value: its code, the defaults evaluated when the `def` ran, and the scope it was
/// defined in.
#[derive(Clone, Debug)]
pub struct UserFunction {
    /// What it runs.
    pub code: Rc<Code>,
    /// The defaults of the positional parameters that have one, in order.
    pub defaults: Vec<Value>,
    /// The defaults of the keyword-only parameters that have one, by name.
    pub kwdefaults: Vec<(String, Value)>,
    /// The enclosing function's scope (`None` at module level).
    pub closure: Option<Rc<Scope>>,
}

/// The names of one running call (or comprehension), and the scope around it.
#[derive(Debug, Default)]
pub struct Scope {
    /// The names bound so far.
    pub vars: RefCell<FxHashMap<String, Value>>,
    /// The function whose call this is; `None` for a comprehension.
    pub code: Option<Rc<Code>>,
    /// The scope the function (or comprehension) was defined in.
    pub parent: Option<Rc<Scope>>,
    /// For a class body, the class's qualified name: the functions it defines are the
    /// class's methods (`C.method`), and do not see its names.
    pub class_body: Option<String>,
}

impl Scope {
    /// The scope of a call of `code`, inside `parent`.
    pub fn of_call(code: Rc<Code>, parent: Option<Rc<Scope>>) -> Scope {
        Scope {
            vars: RefCell::default(),
            code: Some(code),
            parent,
            class_body: None,
        }
    }

    /// The scope of a comprehension run inside `parent`.
    pub fn of_comprehension(parent: Option<Rc<Scope>>) -> Scope {
        Scope {
            vars: RefCell::default(),
            code: None,
            parent,
            class_body: None,
        }
    }

    /// The scope of the body of the class `qualname`, run inside `parent`.
    pub fn of_class_body(qualname: String, parent: Option<Rc<Scope>>) -> Scope {
        Scope {
            vars: RefCell::default(),
            code: None,
            parent,
            class_body: Some(qualname),
        }
    }
}
