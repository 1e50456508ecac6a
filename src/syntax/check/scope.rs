//! A small symbol table: the errors of CPython's `symtable.c`.
//!
//! Every module, function, class, lambda and comprehension is a scope; walking the program
//! records, per scope, which names are parameters, assigned, used, or declared `global` or
//! `nonlocal`. A declaration after the name was used or assigned in the same scope is an
//! error when it is met (as in CPython); whether each `nonlocal` name is bound in an
//! enclosing function is decided once the whole table is built.

use std::collections::HashMap;

use super::{Checked, error};
use crate::syntax::ast::*;
use crate::syntax::lex::{Features, Keyword};
use crate::syntax::walk::{
    all_params, arg_value, try_for_each_child, try_parameter_exprs, try_target_exprs,
};

/// A parameter of the scope.
const PARAM: u8 = 1;
/// Assigned in the scope.
const LOCAL: u8 = 2;
/// Read in the scope.
const USE: u8 = 4;
/// Declared `global`.
const GLOBAL: u8 = 8;
/// Declared `nonlocal`.
const NONLOCAL: u8 = 16;
/// Annotated (`x: int`).
const ANNOTATED: u8 = 32;

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Module,
    Function,
    Class,
    /// A comprehension, named as in "'yield' inside list comprehension".
    Comprehension(&'static str),
}

/// One scope of the table, whose names borrow from the program (`'a`).
#[derive(Debug)]
struct Scope<'a> {
    kind: Kind,
    parent: Option<usize>,
    names: HashMap<&'a str, u8, Fnv>,
    /// The `nonlocal` names declared here, with their statements.
    nonlocals: Vec<(&'a str, Span)>,
}

/// The table being built, and the scope being walked.
struct Table<'a> {
    scopes: Vec<Scope<'a>>,
    current: usize,
    /// Whether the module's own names matter: only a `global` at module level looks at them.
    module_names: bool,
    /// Whether the names of functions matter beyond their parameters: only a `global` or
    /// `nonlocal` declaration looks at them.
    function_names: bool,
    /// Whether expressions need walking: for their names (as `function_names`), a
    /// `lambda`'s parameters, or a `yield` in a comprehension.
    walk_exprs: bool,
}

/// A fast hasher for short names (FNV-1a): the table hashes every name of a program.
#[derive(Clone, Copy, Default)]
struct Fnv;

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;

    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

/// The state of an FNV-1a hash.
struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

impl std::fmt::Debug for Fnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fnv")
    }
}

/// Builds the table of `program`, failing at CPython's first symbol-table error. `features`
/// says what the source uses, so that only what can fail is recorded and walked: the
/// module's own names when `global` is somewhere, the other names of functions besides
/// their parameters when `global` or `nonlocal` is, and expressions only when they may hold
/// such names, a `lambda`, or a `yield` in a comprehension.
pub(super) fn check_scopes(program: &[Stmt], features: Features) -> Checked {
    let has_global = features.has(Keyword::Global);
    let function_names = has_global || features.has(Keyword::Nonlocal);
    let comprehension_yield = features.has(Keyword::For) && features.has(Keyword::Yield);
    let mut table = Table {
        scopes: vec![Scope::new(Kind::Module, None)],
        current: 0,
        module_names: has_global,
        function_names,
        walk_exprs: function_names || features.has(Keyword::Lambda) || comprehension_yield,
    };
    table.block(program)?;
    table.check_nonlocals()
}

impl Scope<'_> {
    fn new(kind: Kind, parent: Option<usize>) -> Self {
        Scope {
            kind,
            parent,
            names: HashMap::default(),
            nonlocals: Vec::new(),
        }
    }
}

impl<'a> Table<'a> {
    /// Adds `flags` to `name` in the current scope.
    fn mark(&mut self, name: &'a str, flags: u8) {
        let needed = match self.current {
            0 => self.module_names,
            _ => self.function_names || flags == PARAM,
        };
        if !needed {
            return;
        }
        *self.scopes[self.current].names.entry(name).or_insert(0) |= flags;
    }

    /// The flags of `name` in the current scope.
    fn flags(&self, name: &str) -> u8 {
        self.scopes[self.current]
            .names
            .get(name)
            .copied()
            .unwrap_or(0)
    }

    /// Runs `walk` in a new scope of `kind` inside the current one.
    fn enter(&mut self, kind: Kind, walk: impl FnOnce(&mut Table<'a>) -> Checked) -> Checked {
        self.scopes.push(Scope::new(kind, Some(self.current)));
        let saved = std::mem::replace(&mut self.current, self.scopes.len() - 1);
        let checked = walk(self);
        self.current = saved;
        checked
    }

    fn block(&mut self, stmts: &'a [Stmt]) -> Checked {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> Checked {
        match &s.kind {
            StmtKind::Global(names) => self.declare(names, GLOBAL, s.span),
            StmtKind::Nonlocal(names) => self.nonlocal(names, s.span),
            StmtKind::FunctionDef(def) => self.function_def(def),
            StmtKind::ClassDef(class) => self.class_def(class),
            StmtKind::Import { module, alias } => {
                let bound = alias
                    .as_deref()
                    .unwrap_or(module.split('.').next().unwrap_or(""));
                self.mark(bound, LOCAL);
                Ok(())
            }
            StmtKind::FromImport { names, .. } => {
                for (name, alias) in names {
                    self.mark(alias.as_deref().unwrap_or(name), LOCAL);
                }
                Ok(())
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let (Target::Name { name, .. }, true) = (target, *simple) {
                    self.mark(name, ANNOTATED);
                }
                self.target(target)?;
                self.expr(annotation)?;
                value.iter().try_for_each(|v| self.expr(v))
            }
            _ => self.generic_stmt(s),
        }
    }

    /// The statements whose only symbol-table effects are their targets and expressions.
    fn generic_stmt(&mut self, s: &'a Stmt) -> Checked {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.target(t))?;
                self.expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)
            }
            StmtKind::Del(targets) => targets.iter().try_for_each(|t| self.target(t)),
            StmtKind::Return(value) => value.iter().try_for_each(|v| self.expr(v)),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.block(body)?;
                self.block(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.target(target)?;
                self.expr(iter)?;
                self.block(body)?;
                self.block(orelse)
            }
            StmtKind::Try(node) => self.try_stmt(node),
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context)?;
                    item.target.iter().try_for_each(|t| self.target(t))?;
                }
                self.block(body)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                cases.iter().try_for_each(|case| {
                    case.guard.iter().try_for_each(|g| self.expr(g))?;
                    self.block(&case.body)
                })
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause).try_for_each(|e| self.expr(e))
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|m| self.expr(m))
            }
            _ => Ok(()),
        }
    }

    fn try_stmt(&mut self, node: &'a Try) -> Checked {
        self.block(&node.body)?;
        for handler in &node.handlers {
            handler.exception.iter().try_for_each(|e| self.expr(e))?;
            if let Some(name) = &handler.name {
                self.mark(name, LOCAL);
            }
            self.block(&handler.body)?;
        }
        self.block(&node.orelse)?;
        self.block(&node.finalbody)
    }

    /// `global` (or `nonlocal`, as `flag`) names, which must not have been used, assigned,
    /// annotated or be parameters before.
    fn declare(&mut self, names: &'a [String], flag: u8, span: Span) -> Checked {
        let word = if flag == GLOBAL { "global" } else { "nonlocal" };
        for name in names {
            let flags = self.flags(name);
            let problem = if flags & PARAM != 0 {
                format!("name '{name}' is parameter and {word}")
            } else if flags & USE != 0 {
                format!("name '{name}' is used prior to {word} declaration")
            } else if flags & ANNOTATED != 0 {
                format!("annotated name '{name}' can't be {word}")
            } else if flags & LOCAL != 0 {
                format!("name '{name}' is assigned to before {word} declaration")
            } else {
                self.mark(name, flag);
                continue;
            };
            return error(problem, span);
        }
        Ok(())
    }

    /// `nonlocal names`: not at module level, and bound in an enclosing function (checked at
    /// the end).
    fn nonlocal(&mut self, names: &'a [String], span: Span) -> Checked {
        if self.scopes[self.current].kind == Kind::Module {
            return error("nonlocal declaration not allowed at module level", span);
        }
        self.declare(names, NONLOCAL, span)?;
        let scope = &mut self.scopes[self.current];
        scope
            .nonlocals
            .extend(names.iter().map(|name| (name.as_str(), span)));
        Ok(())
    }

    fn function_def(&mut self, def: &'a FunctionDef) -> Checked {
        def.decorators.iter().try_for_each(|d| self.expr(d))?;
        self.defaults(&def.params)?;
        def.returns.iter().try_for_each(|r| self.expr(r))?;
        self.mark(&def.name, LOCAL);
        self.enter(Kind::Function, |table| {
            table.parameters(&def.params)?;
            table.block(&def.body)
        })
    }

    fn class_def(&mut self, class: &'a ClassDef) -> Checked {
        class.decorators.iter().try_for_each(|d| self.expr(d))?;
        for arg in &class.arguments {
            self.expr(arg_value(arg))?;
        }
        self.mark(&class.name, LOCAL);
        self.enter(Kind::Class, |table| table.block(&class.body))
    }

    /// Defaults and annotations, evaluated in the enclosing scope.
    fn defaults(&mut self, params: &'a Parameters) -> Checked {
        try_parameter_exprs(params, &mut |e| self.expr(e))
    }

    /// Parameter names, each at most once.
    fn parameters(&mut self, params: &'a Parameters) -> Checked {
        for param in all_params(params) {
            if self.flags(&param.name) & PARAM != 0 {
                let message = format!("duplicate argument '{}' in function definition", param.name);
                return error(message, param.span);
            }
            self.mark(&param.name, PARAM);
        }
        Ok(())
    }

    /// A target: its names are assigned, its other expressions read.
    fn target(&mut self, target: &'a Target) -> Checked {
        match target {
            Target::Name { name, .. } => {
                self.mark(name, LOCAL);
                Ok(())
            }
            Target::Tuple { items, .. } => items.iter().try_for_each(|t| self.target(t)),
            Target::Starred { target, .. } => self.target(target),
            _ => try_target_exprs(target, &mut |e| self.expr(e)),
        }
    }

    fn expr(&mut self, e: &'a Expr) -> Checked {
        if !self.walk_exprs {
            return Ok(());
        }
        match &e.kind {
            ExprKind::Name(name) => {
                self.mark(name, USE);
                Ok(())
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                if let Kind::Comprehension(what) = self.scopes[self.current].kind {
                    return error(format!("'yield' inside {what}"), e.span);
                }
                self.children(e)
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name(name) = &target.kind {
                    self.mark(name, LOCAL);
                }
                Ok(())
            }
            ExprKind::Lambda { params, body } => {
                self.defaults(params)?;
                self.enter(Kind::Function, |table| {
                    table.parameters(params)?;
                    table.expr(body)
                })
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension("list comprehension", &[elt], generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension("set comprehension", &[elt], generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension("generator expression", &[elt], generators)
            }
            ExprKind::DictComp { item, generators } => {
                self.comprehension("dict comprehension", &[&item.0, &item.1], generators)
            }
            _ => self.children(e),
        }
    }

    fn children(&mut self, e: &'a Expr) -> Checked {
        try_for_each_child(e, &mut |child| self.expr(child))
    }

    /// A comprehension: its first iterable read here, the rest in its own scope.
    fn comprehension(
        &mut self,
        what: &'static str,
        elts: &[&'a Expr],
        generators: &'a [Comprehension],
    ) -> Checked {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        self.enter(Kind::Comprehension(what), |table| {
            for (n, clause) in generators.iter().enumerate() {
                table.target(&clause.target)?;
                if n > 0 {
                    table.expr(&clause.iter)?;
                }
                clause.ifs.iter().try_for_each(|c| table.expr(c))?;
            }
            elts.iter().try_for_each(|e| table.expr(e))
        })
    }

    /// "no binding for nonlocal 'x' found": each `nonlocal` name must be bound in an
    /// enclosing function.
    fn check_nonlocals(&self) -> Checked {
        for scope in &self.scopes {
            for (name, span) in &scope.nonlocals {
                if !self.bound_above(scope.parent, name) {
                    return error(format!("no binding for nonlocal '{name}' found"), *span);
                }
            }
        }
        Ok(())
    }

    /// True when a function scope from `scope` outwards binds `name`.
    fn bound_above(&self, mut scope: Option<usize>, name: &str) -> bool {
        while let Some(index) = scope {
            let enclosing = &self.scopes[index];
            let flags = enclosing.names.get(name).copied().unwrap_or(0);
            match enclosing.kind {
                Kind::Module => return false,
                Kind::Function if flags & GLOBAL != 0 => return false,
                Kind::Function if flags & (PARAM | LOCAL | NONLOCAL) != 0 => return true,
                _ => {}
            }
            scope = enclosing.parent;
        }
        false
    }
}
