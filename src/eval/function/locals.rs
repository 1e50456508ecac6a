//! Which names a function's body makes local, decided before it runs.
//!
//! As in CPython's symbol table: a parameter, or a name the body binds anywhere (assigned,
//! augmented, a loop or `with` target, imported, defined by `def`/`class`, deleted, caught by
//! `except ... as`), is local to the whole body, even where it is read before the binding.
//! Nested functions, classes and comprehensions have their own scopes and are not entered
//! (the name a nested `def` binds is local, its body is not walked).

use rustc_hash::FxHashSet;

use crate::syntax::walk::{all_params, child_blocks};
use crate::syntax::{Parameters, Stmt, StmtKind, Target};

/// The names a body binds and declares.
#[derive(Debug, Default)]
pub(super) struct Names {
    /// Parameters and bound names, less those declared `global` or `nonlocal`.
    pub locals: FxHashSet<String>,
    /// Declared `global`.
    pub globals: FxHashSet<String>,
    /// Declared `nonlocal`.
    pub nonlocals: FxHashSet<String>,
}

/// The names of a function with `params` and `body`.
pub(super) fn function_names(params: &Parameters, body: &[Stmt]) -> Names {
    let mut names = Names::default();
    names
        .locals
        .extend(all_params(params).map(|param| param.name.clone()));
    block(body, &mut names);
    for declared in names.globals.iter().chain(&names.nonlocals) {
        names.locals.remove(declared);
    }
    names
}

fn block(body: &[Stmt], names: &mut Names) {
    for stmt in body {
        statement(stmt, names);
    }
}

fn statement(stmt: &Stmt, names: &mut Names) {
    let locals = &mut names.locals;
    match &stmt.kind {
        StmtKind::Assign { targets, .. } | StmtKind::Del(targets) => {
            targets.iter().for_each(|t| target(t, locals))
        }
        StmtKind::AugAssign { target: t, .. } | StmtKind::AnnAssign { target: t, .. } => {
            target(t, locals)
        }
        StmtKind::For { target: t, .. } => target(t, locals),
        StmtKind::With { items, .. } => items
            .iter()
            .filter_map(|item| item.target.as_ref())
            .for_each(|t| target(t, locals)),
        StmtKind::Import { module, alias } => {
            let bound = alias
                .clone()
                .unwrap_or_else(|| module.split('.').next().unwrap_or(module).to_string());
            locals.insert(bound);
        }
        StmtKind::FromImport {
            names: imported, ..
        } => {
            for (name, alias) in imported {
                locals.insert(alias.clone().unwrap_or_else(|| name.clone()));
            }
        }
        StmtKind::FunctionDef(def) => {
            locals.insert(def.name.clone());
            return;
        }
        StmtKind::ClassDef(class) => {
            locals.insert(class.name.clone());
            return;
        }
        StmtKind::Try(node) => {
            let caught = node.handlers.iter().filter_map(|h| h.name.clone());
            locals.extend(caught);
        }
        StmtKind::Global(declared) => names.globals.extend(declared.iter().cloned()),
        StmtKind::Nonlocal(declared) => names.nonlocals.extend(declared.iter().cloned()),
        _ => {}
    }
    for inner in child_blocks(stmt) {
        block(inner, names);
    }
}

/// The names a target binds (`a`, `a, (b, *c)`); subscripts and attributes bind none.
fn target(t: &Target, locals: &mut FxHashSet<String>) {
    match t {
        Target::Name { name, .. } => {
            locals.insert(name.clone());
        }
        Target::Tuple { items, .. } => items.iter().for_each(|item| target(item, locals)),
        Target::Starred { target: inner, .. } => target(inner, locals),
        Target::Subscript { .. } | Target::Attribute { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse_program;

    fn names_of(source: &str) -> Names {
        let program = parse_program(source).expect("parses");
        let StmtKind::FunctionDef(def) = &program[0].kind else {
            panic!("not a def");
        };
        match def.name.as_str() {
            "outer" => match &def.body[1].kind {
                StmtKind::FunctionDef(inner) => function_names(&inner.params, &inner.body),
                _ => panic!("no inner def"),
            },
            _ => function_names(&def.params, &def.body),
        }
    }

    fn sorted(set: &FxHashSet<String>) -> Vec<&str> {
        let mut names: Vec<&str> = set.iter().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn bindings_anywhere_in_the_body_are_local() {
        let names = names_of(
            "def f(a, *rest, k=1):\n    print(x)\n    for i, (j, *m) in z:\n        y = 1\n    import numpy as np\n    def g():\n        inner = 1\n    b[0] = 1\n",
        );
        assert_eq!(
            sorted(&names.locals),
            ["a", "g", "i", "j", "k", "m", "np", "rest", "y"]
        );
    }

    #[test]
    fn declared_names_are_not_local() {
        let names = names_of(
            "def outer():\n    n = 0\n    def f():\n        global g\n        nonlocal n\n        g = 1\n        n = 2\n",
        );
        assert!(names.locals.is_empty());
        assert_eq!(sorted(&names.globals), ["g"]);
        assert_eq!(sorted(&names.nonlocals), ["n"]);
    }
}
