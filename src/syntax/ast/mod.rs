//! The syntax tree of a viewfinder program.
//!
//! This is plain syntax: what the user wrote, with a byte span on every node so that errors can
//! point at a column. Deciding what an index means (a view, a copy, a write into a shared
//! buffer) is the evaluator's job, not this module's. The nodes follow Python's `ast` module
//! (names, and which parts are optional), so the whole statement language of Python 3.11
//! parses into this tree; the evaluator runs part of it and refuses the rest by name. This
//! file holds statements, targets and expressions; `parts` the pieces inside them (function
//! parameters, `except` handlers, comprehensions, f-string parts), `pattern` the patterns of
//! `match`, and `ops` the operators.

mod ops;
mod parts;
mod pattern;

pub use ops::*;
pub use parts::*;
pub use pattern::*;

/// A half-open byte range `[start, end)` in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte of the node.
    pub start: usize,
    /// One past the last byte of the node.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// One statement with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// What the statement does.
    pub kind: StmtKind,
    /// Where it is in the source.
    pub span: Span,
}

impl Stmt {
    /// True for `import m` and `from m import n`.
    pub fn is_import(&self) -> bool {
        matches!(
            self.kind,
            StmtKind::Import { .. } | StmtKind::FromImport { .. }
        )
    }

    /// True when an `import` stands in the statement or in any block nested inside it
    /// (`if ...:` or `def f():` with an `import` in its body).
    pub fn imports_anywhere(&self) -> bool {
        self.is_import()
            || super::walk::child_blocks(self)
                .iter()
                .any(|block| block.iter().any(Stmt::imports_anywhere))
    }
}

/// The statements viewfinder understands.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression on its own: evaluated, and its repr echoed at the prompt (`a[0]`).
    Expr(Expr),
    /// `a = b = value`: every target receives the same value.
    Assign {
        /// The targets, left to right.
        targets: Vec<Target>,
        /// The right-hand side.
        value: Expr,
    },
    /// `target op= value` (`a += 1`, `v[0] //= 2`).
    AugAssign {
        /// What is updated in place.
        target: Target,
        /// The operator before `=`.
        op: BinOp,
        /// The right-hand side.
        value: Expr,
    },
    /// `del a, b[0]`.
    Del(Vec<Target>),
    /// `import numpy as np`, `import array`.
    Import {
        /// The module's dotted name.
        module: String,
        /// The name after `as`, if any.
        alias: Option<String>,
    },
    /// `from numpy import zeros, arange as ar`.
    FromImport {
        /// The module's dotted name.
        module: String,
        /// Each imported name and its alias.
        names: Vec<(String, Option<String>)>,
    },
    /// `pass`.
    Pass,
    /// `if test: body`, with `elif` as a nested `If` in `orelse`, as in Python's `ast`.
    If {
        /// The condition.
        test: Expr,
        /// What runs when it is true.
        body: Vec<Stmt>,
        /// The `else` block (or the `elif` statement), empty when absent.
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`.
    While {
        /// The condition, tested before each pass.
        test: Expr,
        /// The loop's body.
        body: Vec<Stmt>,
        /// Runs when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `for target in iter: body else: orelse`, or `async for`.
    For {
        /// What each item is assigned to (`i`, `a, b`, `a, *rest`).
        target: Target,
        /// What is iterated.
        iter: Expr,
        /// The loop's body.
        body: Vec<Stmt>,
        /// Runs when the loop ends without `break`.
        orelse: Vec<Stmt>,
        /// `async for`.
        is_async: bool,
    },
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `return` or `return value`.
    Return(Option<Expr>),
    /// `def name(params) -> returns: body`, with its decorators (or `async def`).
    FunctionDef(Box<FunctionDef>),
    /// `class name(bases, keywords): body`, with its decorators.
    ClassDef(Box<ClassDef>),
    /// `try: body except ...: ... else: ... finally: ...` (or `except*`).
    Try(Box<Try>),
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        /// The exception raised; `None` re-raises the one being handled.
        exc: Option<Expr>,
        /// The `from` expression.
        cause: Option<Expr>,
    },
    /// `assert test, msg`.
    Assert {
        /// What must be true.
        test: Expr,
        /// The message, if any.
        msg: Option<Expr>,
    },
    /// `global a, b`.
    Global(Vec<String>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<String>),
    /// `with a as b, c: body`, or `async with`.
    With {
        /// The context managers, in order.
        items: Vec<WithItem>,
        /// The block run inside them.
        body: Vec<Stmt>,
        /// `async with`.
        is_async: bool,
    },
    /// `match subject: case ...` (`match` is a soft keyword: `match = 3` is an assignment).
    Match {
        /// The value matched.
        subject: Expr,
        /// The `case` blocks, in order.
        cases: Vec<MatchCase>,
    },
    /// `target: annotation = value` (the value is optional).
    AnnAssign {
        /// The annotated target.
        target: Target,
        /// The annotation, kept as written (never evaluated by viewfinder).
        annotation: Expr,
        /// The value assigned, if any.
        value: Option<Expr>,
        /// True for a plain name without parentheses (`x: int`), as Python's `simple`.
        simple: bool,
    },
}

/// Where an assignment or `del` lands.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// A whole name: rebinding it touches no buffer.
    Name {
        /// The name.
        name: String,
        /// Where it is written.
        span: Span,
    },
    /// A place inside an object: `arr[1:]`, `lst[0]`.
    Subscript {
        /// The object being indexed.
        object: Box<Expr>,
        /// The index (a `Tuple` for `a[i, j]`).
        index: Box<Expr>,
        /// The whole target.
        span: Span,
    },
    /// An attribute: `a.flags.writeable`.
    Attribute {
        /// The object that owns the attribute.
        object: Box<Expr>,
        /// The attribute's name.
        attr: String,
        /// The whole target.
        span: Span,
    },
    /// `a, b = ...` (also `[a, b] = ...`, which assigns the same way).
    Tuple {
        /// The element targets.
        items: Vec<Target>,
        /// The whole target.
        span: Span,
    },
    /// `*rest` inside a tuple or list of targets (`a, *rest = ...`).
    Starred {
        /// What receives the list of the remaining items.
        target: Box<Target>,
        /// The whole target, `*` included.
        span: Span,
    },
}

impl Target {
    /// Where the target is written.
    pub fn span(&self) -> Span {
        match self {
            Target::Name { span, .. }
            | Target::Subscript { span, .. }
            | Target::Attribute { span, .. }
            | Target::Tuple { span, .. }
            | Target::Starred { span, .. } => *span,
        }
    }
}

/// One expression with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What the expression is.
    pub kind: ExprKind,
    /// Where it is in the source.
    pub span: Span,
}

/// The expressions viewfinder understands.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// An integer literal (`3`, `0x1f`, `1_000`).
    Int(i64),
    /// A float literal (`2.5`, `1e-3`, `3.`).
    Float(f64),
    /// A string literal, escapes resolved.
    Str(String),
    /// A bytes literal (`b'AB'`), escapes resolved.
    Bytes(Vec<u8>),
    /// `True` or `False`.
    Bool(bool),
    /// `None`.
    None,
    /// `...`.
    Ellipsis,
    /// A name (`arr`, `np`).
    Name(String),
    /// `[a, b, c]`.
    List(Vec<Expr>),
    /// `(a, b)`, `a, b`, `()`.
    Tuple(Vec<Expr>),
    /// `-x`, `+x`, `~x`, `not x`.
    Unary {
        /// The operator.
        op: UnaryOp,
        /// Its operand.
        operand: Box<Expr>,
    },
    /// `x op y` for arithmetic and bitwise operators.
    Binary {
        /// The operator.
        op: BinOp,
        /// The left operand.
        left: Box<Expr>,
        /// The right operand.
        right: Box<Expr>,
    },
    /// `a < b`, `a is not b`, chained as in Python (`0 < x < 3`).
    Compare {
        /// The first operand.
        left: Box<Expr>,
        /// Each operator with the operand on its right.
        rest: Vec<(CmpOp, Expr)>,
    },
    /// `a and b`, `a or b` (short-circuiting).
    BoolOp {
        /// `and` or `or`.
        op: BoolOpKind,
        /// The operands, left to right (at least two).
        values: Vec<Expr>,
    },
    /// `body if test else orelse`.
    IfElse {
        /// The condition.
        test: Box<Expr>,
        /// Value when true.
        body: Box<Expr>,
        /// Value when false.
        orelse: Box<Expr>,
    },
    /// `object.attr`.
    Attribute {
        /// The object.
        object: Box<Expr>,
        /// The attribute's name.
        attr: String,
    },
    /// `func(args)`.
    Call {
        /// What is called.
        func: Box<Expr>,
        /// Positional and keyword arguments, in order.
        args: Vec<Arg>,
    },
    /// `object[index]`; `a[i, j]` has a `Tuple` index.
    Subscript {
        /// The object indexed.
        object: Box<Expr>,
        /// The index expression.
        index: Box<Expr>,
    },
    /// `lower:upper:step`, only inside a subscript.
    Slice {
        /// Start, if written.
        lower: Option<Box<Expr>>,
        /// Stop, if written.
        upper: Option<Box<Expr>>,
        /// Step, if written.
        step: Option<Box<Expr>>,
    },
    /// An integer literal beyond 64 bits, kept as written without `_` (`0x1_0000_0000_0000_0000`
    /// is `"0x10000000000000000"`): the evaluator decides what to do with it.
    BigInt(String),
    /// An imaginary literal (`2j`, `1.5e3J`): the value of its imaginary part.
    Imaginary(f64),
    /// An f-string (with any adjacent literals joined in), as Python's `JoinedStr`.
    FString(Vec<FStringPart>),
    /// `lambda params: body`.
    Lambda {
        /// The parameters (without annotations).
        params: Box<Parameters>,
        /// The expression returned.
        body: Box<Expr>,
    },
    /// `{k: v, **d}`; `{}` is an empty dict.
    Dict(Vec<DictItem>),
    /// `{a, *s}` (never empty).
    Set(Vec<Expr>),
    /// `[elt for ... if ...]`.
    ListComp {
        /// The element computed for each iteration.
        elt: Box<Expr>,
        /// The `for` clauses (each with its `if`s), outermost first.
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`.
    SetComp {
        /// The element computed for each iteration.
        elt: Box<Expr>,
        /// The `for` clauses, outermost first.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`.
    DictComp {
        /// The key and the value computed for each iteration.
        item: Box<(Expr, Expr)>,
        /// The `for` clauses, outermost first.
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`, also as the sole argument of a call (`sum(x for x in y)`).
    GeneratorExp {
        /// The element computed for each iteration.
        elt: Box<Expr>,
        /// The `for` clauses, outermost first.
        generators: Vec<Comprehension>,
    },
    /// `yield` or `yield value`.
    Yield(Option<Box<Expr>>),
    /// `yield from value`.
    YieldFrom(Box<Expr>),
    /// `await value`.
    Await(Box<Expr>),
    /// `name := value`.
    NamedExpr {
        /// The name bound (always a `Name`).
        target: Box<Expr>,
        /// The value bound and returned.
        value: Box<Expr>,
    },
    /// `*value` in a call, a display, a subscript or the value of an assignment.
    Starred(Box<Expr>),
}

/// One argument of a call.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// `f(x)`.
    Positional(Expr),
    /// `f(dtype=x)`.
    Keyword {
        /// The parameter's name.
        name: String,
        /// The value.
        value: Expr,
        /// The whole `name=value`.
        span: Span,
    },
    /// `f(**kwargs)` (a `*args` argument is a `Positional` `Starred` expression, as in Python).
    DoubleStarred {
        /// The mapping unpacked.
        value: Expr,
        /// The whole `**value`.
        span: Span,
    },
}
