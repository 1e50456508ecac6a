//! The syntax tree of a viewfinder program.
//!
//! This is plain syntax: what the user wrote, with a byte span on every node so that errors can
//! point at a column. Deciding what an index means (a view, a copy, a write into a shared
//! buffer) is the evaluator's job, not this module's.

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
    /// `a, b = ...`.
    Tuple {
        /// The element targets.
        items: Vec<Target>,
        /// The whole target.
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
            | Target::Tuple { span, .. } => *span,
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
}

/// Prefix operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`.
    Neg,
    /// `+x`.
    Pos,
    /// `~x`.
    Invert,
    /// `not x`.
    Not,
}

/// Binary arithmetic and bitwise operators (also the operators of augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `@`
    MatMul,
    /// `&`
    BitAnd,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
}

impl BinOp {
    /// The operator as written (`"//"`).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
        }
    }
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

impl CmpOp {
    /// The operator as written (`"is not"`).
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOpKind {
    /// `and`
    And,
    /// `or`
    Or,
}
