//! The pieces inside statements and expressions: function and class definitions, parameters,
//! `try` handlers, `with` items, comprehension clauses, dict items and f-string parts.
//!
//! Each mirrors the Python `ast` node of the same role (`arguments`, `arg`, `excepthandler`,
//! `withitem`, `comprehension`, `FormattedValue`), with a span wherever a message may need
//! to point at it.

use super::{Arg, Expr, Span, Stmt, Target};

/// `def name(params) -> returns: body` (`FunctionDef`, or `AsyncFunctionDef` when `is_async`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: String,
    /// Its parameters.
    pub params: Parameters,
    /// Its body.
    pub body: Vec<Stmt>,
    /// The `@decorator` expressions above it, top first.
    pub decorators: Vec<Expr>,
    /// The `-> annotation`, kept as written.
    pub returns: Option<Expr>,
    /// `async def`.
    pub is_async: bool,
}

/// `class name(arguments): body`.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    /// The class's name.
    pub name: String,
    /// The bases and keywords (`metaclass=M`) between the parentheses, in order.
    pub arguments: Vec<Arg>,
    /// Its body.
    pub body: Vec<Stmt>,
    /// The `@decorator` expressions above it, top first.
    pub decorators: Vec<Expr>,
}

/// `try: body`, its handlers, `else` and `finally` blocks (`Try`, or `TryStar` for `except*`).
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    /// The guarded block.
    pub body: Vec<Stmt>,
    /// The `except` clauses, in order.
    pub handlers: Vec<ExceptHandler>,
    /// The `else` block: runs when the body raised nothing.
    pub orelse: Vec<Stmt>,
    /// The `finally` block: always runs.
    pub finalbody: Vec<Stmt>,
    /// The handlers are `except*` (exception groups).
    pub is_star: bool,
}

/// The parameters of a `def` or a `lambda`, in Python's five groups.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parameters {
    /// Before `/`: positional only.
    pub posonly: Vec<Param>,
    /// Between `/` and `*`: positional or keyword.
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// After `*` or `*args`: keyword only.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

/// One parameter: `name: annotation = default`.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// The parameter's name.
    pub name: String,
    /// Its annotation, kept as written (`def` only).
    pub annotation: Option<Expr>,
    /// Its default value, evaluated when the function is defined.
    pub default: Option<Expr>,
    /// The name and annotation (Python's `arg` node; the default is not included).
    pub span: Span,
}

/// `except exception as name: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// What is caught (`ValueError`, `(A, B)`); `None` for a bare `except:`.
    pub exception: Option<Expr>,
    /// The name bound to the exception.
    pub name: Option<String>,
    /// The handler's block.
    pub body: Vec<Stmt>,
    /// From `except` to the end of the block.
    pub span: Span,
}

/// One `context as target` of a `with`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager.
    pub context: Expr,
    /// What its `__enter__` result is assigned to.
    pub target: Option<Target>,
    /// The whole item.
    pub span: Span,
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// What each item is assigned to.
    pub target: Target,
    /// What is iterated.
    pub iter: Expr,
    /// The `if` conditions that filter the items.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
    /// From `for` (or `async`) to the end of the clause.
    pub span: Span,
}

/// One entry of a dict display.
#[derive(Clone, Debug, PartialEq)]
pub enum DictItem {
    /// `key: value`.
    Pair {
        /// The key.
        key: Expr,
        /// The value.
        value: Expr,
    },
    /// `**mapping`.
    Unpack(Expr),
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Text, with escapes resolved and `{{`/`}}` halved.
    Literal(String),
    /// A replacement field `{value!conversion:spec}`.
    Field(FormattedValue),
}

/// A replacement field of an f-string (Python's `FormattedValue`).
#[derive(Clone, Debug, PartialEq)]
pub struct FormattedValue {
    /// The expression formatted.
    pub value: Box<Expr>,
    /// `!r`, `!s` or `!a`, as written (`'r'`).
    pub conversion: Option<char>,
    /// The format spec after `:`, itself made of parts (`{x:>{width}}`); empty when absent.
    pub format_spec: Vec<FStringPart>,
    /// For the `=` form (`{x = }`): the text printed before the value, `=` and spaces
    /// included (`"x = "`). Python then uses `!r` unless a conversion or spec is given.
    pub debug_text: Option<String>,
    /// From `{` to `}`.
    pub span: Span,
}
