//! Text to syntax tree, one grammar rule per function.
//!
//! viewfinder reads a small subset of Python: statements at the top level, NumPy-style
//! expressions, imports. This module turns such text into [`Stmt`]s with byte spans, or into a
//! [`SyntaxError`] whose span points at the offending column, with Python's wording where
//! that is easy, and a clear "not supported" for Python constructs outside the language.
//! The functions below are named after the rules of `grammar/viewfinder.ebnf`; characters
//! (whitespace, tokens, literals, logical lines) are handled in `lexeme`.

use nom::branch::alt;
use nom::combinator::{opt, value};
use nom::multi::{many0, separated_list1};
use nom::sequence::{preceded, terminated};
use nom::{Err, Parser};

use super::ast::*;
use super::lexeme::{
    In, Line, Literal, PErr, PResult, Shared, failure, kw, logical_lines, mismatch, name, nested,
    number, op, operator, pos, refused, start, string_literal, word, ws,
};

/// A syntax error: Python's kind (`"SyntaxError"`, `"IndentationError"`, or
/// `"NotImplementedError"` for constructs outside viewfinder's language), a message, and the
/// span it points at.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// The Python exception name.
    pub kind: &'static str,
    /// What went wrong (`"invalid syntax"`).
    pub message: String,
    /// The offending bytes of the source.
    pub span: Span,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// Parses a whole program (or one REPL entry) into statements.
pub fn parse_program(source: &str) -> Result<Vec<Stmt>, SyntaxError> {
    if let Some(at) = source.find('\0') {
        let msg = "source code cannot contain null bytes".to_string();
        return Err(SyntaxError {
            kind: "SyntaxError",
            message: msg,
            span: Span::new(at, at + 1),
        });
    }
    let mut program = Vec::new();
    for line in logical_lines(source).map_err(|e| e.error)? {
        program.extend(parse_line(source, line)?);
    }
    Ok(program)
}

/// Stack reserved for parsing a deeply nested line: each bracket level costs tens of KB in
/// unoptimised builds, and up to 200 are allowed.
const DEEP_STACK: usize = 64 << 20;

/// Parses one logical line; a deep or long one on a thread with a stack big enough for it.
fn parse_line(source: &str, line: Line) -> Result<Vec<Stmt>, SyntaxError> {
    let run = || {
        let shared = Shared::new(source, line.range.clone());
        logical_line(shared.input()).map_err(|e| shared.resolve(e))
    };
    if line.depth <= 4 && line.range.len() <= 128 {
        return run();
    }
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .stack_size(DEEP_STACK)
            .spawn_scoped(scope, run)
        {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => run(),
        }
    })
}

/// For the REPL: true when the text so far cannot be complete (an open bracket, a trailing
/// backslash, an unterminated triple-quoted string), so it should ask for a continuation line.
pub fn is_incomplete(source: &str) -> bool {
    matches!(logical_lines(source), Err(e) if e.incomplete)
}

/// One logical line: blank, or statements; it must not be indented.
fn logical_line(input: In) -> Result<Vec<Stmt>, Err<PErr>> {
    let first = ws(input);
    if first.fragment().is_empty() {
        return Ok(Vec::new());
    }
    if input.fragment().starts_with([' ', '\t', '\x0c']) {
        let at = pos(&first);
        return Err(failure(
            "IndentationError",
            "unexpected indent",
            Span::new(at, at + 1),
        ));
    }
    let (rest, stmts) = simple_stmts(input)?;
    if !ws(rest).fragment().is_empty() {
        return Err(mismatch(ws(rest)));
    }
    Ok(stmts)
}

/// Statements separated by `;`, with an optional trailing `;`.
fn simple_stmts(input: In) -> PResult<Vec<Stmt>> {
    let (rest, groups) = separated_list1(op(";"), small_stmt).parse(input)?;
    let (rest, _) = opt(op(";")).parse(rest)?;
    Ok((rest, groups.into_iter().flatten().collect()))
}

/// One statement (`import a, b` gives one statement per module).
fn small_stmt(input: In) -> PResult<Vec<Stmt>> {
    refuse_statement(input)?;
    let one = |s: Stmt| vec![s];
    alt((
        pass_stmt.map(one),
        del_stmt.map(one),
        import_stmt,
        from_import.map(one),
        expr_stmt.map(one),
    ))
    .parse(input)
}

/// Statement keywords outside viewfinder's language, with what to call them.
const REFUSED_STATEMENTS: [(&str, &str); 13] = [
    ("for", "'for' loops"),
    ("while", "'while' loops"),
    ("if", "'if' statements"),
    ("def", "function definitions ('def')"),
    ("class", "class definitions ('class')"),
    ("with", "'with' statements"),
    ("try", "'try' statements"),
    ("return", "'return' statements"),
    ("global", "'global' statements"),
    ("nonlocal", "'nonlocal' statements"),
    ("assert", "'assert' statements"),
    ("raise", "'raise' statements"),
    ("async", "'async' functions and loops"),
];

/// Expression keywords outside viewfinder's language.
const REFUSED_EXPRESSIONS: [(&str, &str); 3] = [
    ("lambda", "'lambda' expressions"),
    ("yield", "'yield' expressions"),
    ("await", "'await' expressions"),
];

/// "`what` are not supported by viewfinder", pointing at `span`.
fn unsupported(what: &str, span: Span) -> Err<PErr> {
    refused(&format!("{what} are not supported by viewfinder"), span)
}

/// Fails with a clear message when `input` starts with a keyword from `table`.
fn refuse_keyword(input: In, table: &[(&str, &str)]) -> Result<(), Err<PErr>> {
    match word(input) {
        Ok((_, (w, span))) => match table.iter().find(|(k, _)| *k == w) {
            Some((_, what)) => Err(unsupported(what, span)),
            None => Ok(()),
        },
        Err(_) => Ok(()),
    }
}

/// Refuses compound statements, decorators and `break`/`continue` before trying the grammar.
fn refuse_statement(input: In) -> Result<(), Err<PErr>> {
    refuse_keyword(input, &REFUSED_STATEMENTS)?;
    if let Ok((_, span)) = op("@")(input) {
        return Err(unsupported("decorators ('@')", span));
    }
    match word(input) {
        Ok((_, (w @ ("break" | "continue"), span))) => {
            Err(failure("SyntaxError", &format!("'{w}' outside loop"), span))
        }
        _ => Ok(()),
    }
}

/// `pass`.
fn pass_stmt(input: In) -> PResult<Stmt> {
    let (rest, span) = kw("pass")(input)?;
    Ok((
        rest,
        Stmt {
            kind: StmtKind::Pass,
            span,
        },
    ))
}

/// `del a, b[0]`.
fn del_stmt(input: In) -> PResult<Stmt> {
    let s = start(input);
    let (rest, _) = kw("del")(input)?;
    let (rest, list) = expression_list(rest)?;
    let items = match list.kind {
        ExprKind::Tuple(items) => items,
        kind => vec![Expr {
            kind,
            span: list.span,
        }],
    };
    let targets = items
        .into_iter()
        .map(|e| target(e, "delete"))
        .collect::<Result<_, _>>()?;
    Ok((
        rest,
        Stmt {
            kind: StmtKind::Del(targets),
            span: Span::new(s, pos(&rest)),
        },
    ))
}

/// `import numpy as np, array`: one `Import` per module.
fn import_stmt(input: In) -> PResult<Vec<Stmt>> {
    let s = start(input);
    let (rest, _) = kw("import")(input)?;
    let (rest, modules) = separated_list1(op(","), dotted_as_name).parse(rest)?;
    let span = Span::new(s, pos(&rest));
    let stmt = |(module, alias)| Stmt {
        kind: StmtKind::Import { module, alias },
        span,
    };
    Ok((rest, modules.into_iter().map(stmt).collect()))
}

/// `numpy.linalg as la`.
fn dotted_as_name(input: In) -> PResult<(String, Option<String>)> {
    (dotted_name, opt(preceded(kw("as"), name).map(|(n, _)| n))).parse(input)
}

/// `numpy.linalg`.
fn dotted_name(input: In) -> PResult<String> {
    let (rest, parts) = separated_list1(op("."), name).parse(input)?;
    Ok((
        rest,
        parts
            .into_iter()
            .map(|(n, _)| n)
            .collect::<Vec<_>>()
            .join("."),
    ))
}

/// `from numpy import zeros, arange as ar` (names may be parenthesised).
fn from_import(input: In) -> PResult<Stmt> {
    let s = start(input);
    let (rest, (_, module, _)) = (kw("from"), dotted_name, kw("import")).parse(input)?;
    if let Ok((_, span)) = op("*")(rest) {
        return Err(unsupported("star imports ('import *')", span));
    }
    let parenthesised = (op("("), import_names, op(")")).map(|(_, names, _)| names);
    let (rest, names) = alt((parenthesised, import_names)).parse(rest)?;
    let kind = StmtKind::FromImport { module, names };
    Ok((
        rest,
        Stmt {
            kind,
            span: Span::new(s, pos(&rest)),
        },
    ))
}

/// `zeros, arange as ar,`.
fn import_names(input: In) -> PResult<Vec<(String, Option<String>)>> {
    let as_name = (name, opt(preceded(kw("as"), name))).map(|((n, _), a)| (n, a.map(|(a, _)| a)));
    let (rest, (names, _)) = comma_separated(input, as_name)?;
    if names.is_empty() {
        return Err(mismatch(ws(input)));
    }
    Ok((rest, names))
}

/// An expression statement, an assignment `a = b = value`, or an augmented one `a += 1`.
fn expr_stmt(input: In) -> PResult<Stmt> {
    let s = start(input);
    let (rest, first) = expression_list(input)?;
    if let Ok((after, op)) = augassign(rest) {
        let (after, value) = expression_list(after)?;
        let kind = StmtKind::AugAssign {
            target: aug_target(first)?,
            op,
            value,
        };
        return Ok((
            after,
            Stmt {
                kind,
                span: Span::new(s, pos(&after)),
            },
        ));
    }
    let (rest, mut values) = many0(preceded(op("="), expression_list)).parse(rest)?;
    let kind = match values.pop() {
        None => StmtKind::Expr(first),
        Some(value) => {
            let targets = std::iter::once(first)
                .chain(values)
                .map(|t| target(t, "assign to"));
            StmtKind::Assign {
                targets: targets.collect::<Result<_, _>>()?,
                value,
            }
        }
    };
    Ok((
        rest,
        Stmt {
            kind,
            span: Span::new(s, pos(&rest)),
        },
    ))
}

/// The augmented-assignment operators, as tokens.
const AUG_OPS: [(&str, BinOp); 13] = [
    ("+=", BinOp::Add),
    ("-=", BinOp::Sub),
    ("*=", BinOp::Mul),
    ("/=", BinOp::Div),
    ("//=", BinOp::FloorDiv),
    ("%=", BinOp::Mod),
    ("**=", BinOp::Pow),
    ("@=", BinOp::MatMul),
    ("&=", BinOp::BitAnd),
    ("|=", BinOp::BitOr),
    ("^=", BinOp::BitXor),
    ("<<=", BinOp::LShift),
    (">>=", BinOp::RShift),
];

/// `+=`, `//=`, ...
fn augassign(input: In) -> PResult<BinOp> {
    binop(input, &AUG_OPS)
}

/// The operator at `input` if it is one of `table`.
fn binop<'s>(input: In<'s>, table: &[(&str, BinOp)]) -> PResult<'s, BinOp> {
    let (rest, (found, _)) = operator(input)?;
    match table.iter().find(|(sym, _)| *sym == found) {
        Some(&(_, op)) => Ok((rest, op)),
        None => Err(mismatch(ws(input))),
    }
}

/// What an expression is called in "cannot assign to ..." messages.
fn describe(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bytes(_) => "literal",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Call { .. } => "function call",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfElse { .. } => "conditional expression",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}

/// Turns an expression on the left of `=` (or after `del`) into a target.
fn target(e: Expr, verb: &str) -> Result<Target, Err<PErr>> {
    let span = e.span;
    Ok(match e.kind {
        ExprKind::Name(name) => Target::Name { name, span },
        ExprKind::Subscript { object, index } => Target::Subscript {
            object,
            index,
            span,
        },
        ExprKind::Attribute { object, attr } => Target::Attribute { object, attr, span },
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let items = items
                .into_iter()
                .map(|i| target(i, verb))
                .collect::<Result<_, _>>()?;
            Target::Tuple { items, span }
        }
        kind => {
            return Err(failure(
                "SyntaxError",
                &format!("cannot {verb} {}", describe(&kind)),
                span,
            ));
        }
    })
}

/// The target of an augmented assignment: a name, subscript or attribute.
fn aug_target(e: Expr) -> Result<Target, Err<PErr>> {
    match e.kind {
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => {
            target(e, "assign to")
        }
        ref kind => {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(kind)
            );
            Err(failure("SyntaxError", &msg, e.span))
        }
    }
}

/// Items separated by commas, maybe none, maybe with a trailing comma (reported as `true`).
fn comma_separated<'s, O>(
    input: In<'s>,
    mut item: impl Parser<In<'s>, Output = O, Error = PErr>,
) -> PResult<'s, (Vec<O>, bool)> {
    let (mut items, mut rest) = (Vec::new(), input);
    loop {
        match item.parse(rest) {
            Ok((after, o)) => {
                items.push(o);
                rest = after;
            }
            Err(Err::Error(_)) => {
                let trailing = !items.is_empty();
                return Ok((rest, (items, trailing)));
            }
            Err(e) => return Err(e),
        }
        match op(",")(rest) {
            Ok((after, _)) => rest = after,
            Err(_) => return Ok((rest, (items, false))),
        }
    }
}

/// Builds an expression node.
fn node(kind: ExprKind, start: usize, rest: &In) -> Expr {
    Expr {
        kind,
        span: Span::new(start, pos(rest)),
    }
}

/// `a, b` (a tuple when there is a comma) or a single expression.
fn expression_list(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, (mut items, trailing)) = comma_separated(input, expression)?;
    match items.len() {
        0 => Err(mismatch(ws(input))),
        1 if !trailing => Ok((rest, items.remove(0))),
        _ => Ok((rest, node(ExprKind::Tuple(items), s, &rest))),
    }
}

/// `body if test else orelse`, or a plain disjunction.
fn expression(input: In) -> PResult<Expr> {
    let s = start(input);
    refuse_keyword(input, &REFUSED_EXPRESSIONS)?;
    let (rest, body) = disjunction(input)?;
    refuse_walrus(rest)?;
    let Ok((rest, _)) = kw("if")(rest) else {
        return Ok((rest, body));
    };
    let (rest, test) = disjunction(rest)?;
    let Ok((rest, _)) = kw("else")(rest) else {
        let at = start(rest);
        return Err(failure(
            "SyntaxError",
            "expected 'else' after 'if' expression",
            Span::new(at, at),
        ));
    };
    let (rest, orelse) = nested(rest, expression)?;
    let kind = ExprKind::IfElse {
        test: Box::new(test),
        body: Box::new(body),
        orelse: Box::new(orelse),
    };
    Ok((rest, node(kind, s, &rest)))
}

/// Refuses `:=` after an expression.
fn refuse_walrus(input: In) -> Result<(), Err<PErr>> {
    match op(":=")(input) {
        Ok((_, span)) => Err(unsupported("assignment expressions (':=')", span)),
        Err(_) => Ok(()),
    }
}

/// `a or b or c`.
fn disjunction(input: In) -> PResult<Expr> {
    bool_chain(input, "or", BoolOpKind::Or, conjunction)
}

/// `a and b and c`.
fn conjunction(input: In) -> PResult<Expr> {
    bool_chain(input, "and", BoolOpKind::And, inversion)
}

/// Operands joined by the keyword `word`, as one `BoolOp` when there are several.
fn bool_chain<'s>(
    input: In<'s>,
    word: &'static str,
    op: BoolOpKind,
    operand: fn(In<'s>) -> PResult<'s, Expr>,
) -> PResult<'s, Expr> {
    let s = start(input);
    let (rest, first) = operand(input)?;
    let (rest, more) = many0(preceded(kw(word), operand)).parse(rest)?;
    if more.is_empty() {
        return Ok((rest, first));
    }
    let values = std::iter::once(first).chain(more).collect();
    Ok((rest, node(ExprKind::BoolOp { op, values }, s, &rest)))
}

/// `not x`, or a comparison.
fn inversion(input: In) -> PResult<Expr> {
    let s = start(input);
    let Ok((rest, _)) = kw("not")(input) else {
        return comparison(input);
    };
    let (rest, operand) = nested(rest, inversion)?;
    Ok((
        rest,
        node(
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand: Box::new(operand),
            },
            s,
            &rest,
        ),
    ))
}

/// `a < b <= c`, `x is not None`, `k not in d`: chained as in Python.
fn comparison(input: In) -> PResult<Expr> {
    let s = start(input);
    let (mut rest, left) = bitwise_or(input)?;
    let mut ops = Vec::new();
    while let Ok((after, op)) = comp_op(rest) {
        let (after, right) = bitwise_or(after)?;
        ops.push((op, right));
        rest = after;
    }
    if ops.is_empty() {
        return Ok((rest, left));
    }
    Ok((
        rest,
        node(
            ExprKind::Compare {
                left: Box::new(left),
                rest: ops,
            },
            s,
            &rest,
        ),
    ))
}

/// The comparison operators, as tokens.
const CMP_OPS: [(&str, CmpOp); 6] = [
    ("==", CmpOp::Eq),
    ("!=", CmpOp::NotEq),
    ("<", CmpOp::Lt),
    ("<=", CmpOp::LtE),
    (">", CmpOp::Gt),
    (">=", CmpOp::GtE),
];

/// `==`, `<`, `is`, `is not`, `in`, `not in`, ...
fn comp_op(input: In) -> PResult<CmpOp> {
    let symbolic = |i| {
        let (rest, (found, _)) = operator(i)?;
        match CMP_OPS.iter().find(|(sym, _)| *sym == found) {
            Some(&(_, op)) => Ok((rest, op)),
            None => Err(mismatch(ws(i))),
        }
    };
    let is_not = (kw("is"), kw("not"));
    let not_in = (kw("not"), kw("in"));
    let words = (
        value(CmpOp::IsNot, is_not),
        value(CmpOp::Is, kw("is")),
        value(CmpOp::NotIn, not_in),
    );
    alt((alt(words), value(CmpOp::In, kw("in")), symbolic)).parse(input)
}

/// `a | b`.
fn bitwise_or(input: In) -> PResult<Expr> {
    binary_chain(input, &[("|", BinOp::BitOr)], bitwise_xor)
}

/// `a ^ b`.
fn bitwise_xor(input: In) -> PResult<Expr> {
    binary_chain(input, &[("^", BinOp::BitXor)], bitwise_and)
}

/// `a & b`.
fn bitwise_and(input: In) -> PResult<Expr> {
    binary_chain(input, &[("&", BinOp::BitAnd)], shift_expr)
}

/// `a << b`, `a >> b`.
fn shift_expr(input: In) -> PResult<Expr> {
    binary_chain(input, &[("<<", BinOp::LShift), (">>", BinOp::RShift)], sum)
}

/// `a + b`, `a - b`.
fn sum(input: In) -> PResult<Expr> {
    binary_chain(input, &[("+", BinOp::Add), ("-", BinOp::Sub)], term)
}

/// The multiplicative operators, as tokens.
const TERM_OPS: [(&str, BinOp); 5] = [
    ("*", BinOp::Mul),
    ("/", BinOp::Div),
    ("//", BinOp::FloorDiv),
    ("%", BinOp::Mod),
    ("@", BinOp::MatMul),
];

/// `a * b`, `a / b`, `a // b`, `a % b`, `a @ b`.
fn term(input: In) -> PResult<Expr> {
    binary_chain(input, &TERM_OPS, factor)
}

/// Left-associative operands joined by the operators of `ops`.
fn binary_chain<'s>(
    input: In<'s>,
    ops: &[(&str, BinOp)],
    operand: fn(In<'s>) -> PResult<'s, Expr>,
) -> PResult<'s, Expr> {
    let s = start(input);
    let (mut rest, mut acc) = operand(input)?;
    let mut height = tree_height(&acc, MAX_HEIGHT);
    while let Ok((after, op)) = binop(rest, ops) {
        let (after, right) = operand(after)?;
        height = grow(height, tree_height(&right, MAX_HEIGHT), rest)?;
        let kind = ExprKind::Binary {
            op,
            left: Box::new(acc),
            right: Box::new(right),
        };
        (acc, rest) = (node(kind, s, &after), after);
    }
    Ok((rest, acc))
}

/// Tallest syntax tree accepted: deeper ones would overflow the stack of whatever walks them.
const MAX_HEIGHT: usize = 1000;

/// The height of a chain after one more link whose new operand has height `added`.
fn grow(height: usize, added: usize, at: In) -> Result<usize, Err<PErr>> {
    let grown = height.max(added) + 1;
    if grown > MAX_HEIGHT {
        let at = start(at);
        return Err(failure(
            "SyntaxError",
            "expression is too deeply nested",
            Span::new(at, at + 1),
        ));
    }
    Ok(grown)
}

/// The height of `e`, or something above `cap` when it is taller than that.
fn tree_height(e: &Expr, cap: usize) -> usize {
    if cap == 0 {
        return 1;
    }
    let mut tallest = 0;
    for_each_child(e, &mut |child| {
        tallest = tallest.max(tree_height(child, cap - 1))
    });
    tallest + 1
}

/// Calls `f` on every direct sub-expression of `e`.
fn for_each_child(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    let boxes = |items: &[&Option<Box<Expr>>], f: &mut dyn FnMut(&Expr)| {
        items.iter().filter_map(|o| o.as_deref()).for_each(f)
    };
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::BoolOp { values: items, .. } => {
            items.iter().for_each(f)
        }
        ExprKind::Unary { operand, .. } => f(operand),
        ExprKind::Binary { left, right, .. } => [left, right].into_iter().for_each(|b| f(b)),
        ExprKind::Compare { left, rest } => std::iter::once(&**left)
            .chain(rest.iter().map(|(_, e)| e))
            .for_each(f),
        ExprKind::IfElse { test, body, orelse } => {
            [test, body, orelse].into_iter().for_each(|b| f(b))
        }
        ExprKind::Attribute { object, .. } => f(object),
        ExprKind::Call { func, args } => std::iter::once(&**func)
            .chain(args.iter().map(arg_value))
            .for_each(f),
        ExprKind::Subscript { object, index } => [object, index].into_iter().for_each(|b| f(b)),
        ExprKind::Slice { lower, upper, step } => boxes(&[lower, upper, step], f),
        _ => {}
    }
}

/// The value of an argument.
fn arg_value(arg: &Arg) -> &Expr {
    match arg {
        Arg::Positional(value) | Arg::Keyword { value, .. } => value,
    }
}

/// `-x`, `+x`, `~x`, or a power.
fn factor(input: In) -> PResult<Expr> {
    let s = start(input);
    let unary = [
        ("-", UnaryOp::Neg),
        ("+", UnaryOp::Pos),
        ("~", UnaryOp::Invert),
    ];
    let found = operator(input)
        .ok()
        .and_then(|(rest, (sym, _))| Some((rest, unary.iter().find(|u| u.0 == sym)?.1)));
    let Some((rest, op)) = found else {
        return power(input);
    };
    let (rest, operand) = nested(rest, factor)?;
    Ok((
        rest,
        node(
            ExprKind::Unary {
                op,
                operand: Box::new(operand),
            },
            s,
            &rest,
        ),
    ))
}

/// `a ** b`: right-associative, and tighter than a unary operator on its left.
fn power(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, base) = primary(input)?;
    let Ok((rest, _)) = op("**")(rest) else {
        return Ok((rest, base));
    };
    let (rest, exponent) = nested(rest, factor)?;
    let kind = ExprKind::Binary {
        op: BinOp::Pow,
        left: Box::new(base),
        right: Box::new(exponent),
    };
    Ok((rest, node(kind, s, &rest)))
}

/// What follows an atom: a call, a subscription or an attribute.
enum Trailer {
    Call(Vec<Arg>),
    Subscription(Expr),
    Attribute(String),
}

/// An atom followed by any number of trailers: `np.zeros(3)[1:].T`.
fn primary(input: In) -> PResult<Expr> {
    let s = start(input);
    let (mut rest, mut expr) = atom(input)?;
    let mut height = tree_height(&expr, MAX_HEIGHT);
    loop {
        let (after, trailer) = match trailer(rest) {
            Ok(found) => found,
            Err(Err::Error(_)) => return Ok((rest, expr)),
            Err(e) => return Err(e),
        };
        let added = match &trailer {
            Trailer::Call(args) => args
                .iter()
                .map(|a| tree_height(arg_value(a), MAX_HEIGHT))
                .max()
                .unwrap_or(0),
            Trailer::Subscription(index) => tree_height(index, MAX_HEIGHT),
            Trailer::Attribute(_) => 0,
        };
        height = grow(height, added, rest)?;
        let object = Box::new(expr);
        let kind = match trailer {
            Trailer::Call(args) => ExprKind::Call { func: object, args },
            Trailer::Subscription(index) => ExprKind::Subscript {
                object,
                index: Box::new(index),
            },
            Trailer::Attribute(attr) => ExprKind::Attribute { object, attr },
        };
        (expr, rest) = (node(kind, s, &after), after);
    }
}

/// `(args)`, `[index]` or `.name`.
fn trailer(input: In) -> PResult<Trailer> {
    let attribute = preceded(op("."), name).map(|(n, _)| Trailer::Attribute(n));
    alt((
        call.map(Trailer::Call),
        subscription.map(Trailer::Subscription),
        attribute,
    ))
    .parse(input)
}

/// `(a, b, dtype='int8')`.
fn call(input: In) -> PResult<Vec<Arg>> {
    let (rest, _) = op("(")(input)?;
    nested(rest, |i| terminated(arguments, op(")")).parse(i))
}

/// Positional then keyword arguments, trailing comma allowed.
fn arguments(input: In) -> PResult<Vec<Arg>> {
    let (rest, (args, _)) = comma_separated(input, argument)?;
    let mut seen_keyword: Vec<&str> = Vec::new();
    for arg in &args {
        match arg {
            Arg::Positional(e) if !seen_keyword.is_empty() => {
                return Err(failure(
                    "SyntaxError",
                    "positional argument follows keyword argument",
                    e.span,
                ));
            }
            Arg::Keyword { name, span, .. } if seen_keyword.contains(&name.as_str()) => {
                return Err(failure(
                    "SyntaxError",
                    &format!("keyword argument repeated: {name}"),
                    *span,
                ));
            }
            Arg::Keyword { name, .. } => seen_keyword.push(name),
            Arg::Positional(_) => {}
        }
    }
    Ok((rest, args))
}

/// `name=value` or a positional expression.
fn argument(input: In) -> PResult<Arg> {
    alt((keyword_argument, |i| {
        generator_free(i, "generator expressions").map(|(r, e)| (r, Arg::Positional(e)))
    }))
    .parse(input)
}

/// `dtype='int8'`.
fn keyword_argument(input: In) -> PResult<Arg> {
    let s = start(input);
    let (rest, ((name, _), _, value)) = (name, op("="), expression).parse(input)?;
    Ok((
        rest,
        Arg::Keyword {
            name,
            value,
            span: Span::new(s, pos(&rest)),
        },
    ))
}

/// An expression not followed by `for` (comprehensions are refused, naming `what`).
fn generator_free<'s>(input: In<'s>, what: &str) -> PResult<'s, Expr> {
    let (rest, e) = expression(input)?;
    match alt((kw("for"), kw("async"))).parse(rest) {
        Ok((_, span)) => Err(unsupported(what, span)),
        Err(_) => Ok((rest, e)),
    }
}

/// `[index]`: one subscript, or a tuple of them.
fn subscription(input: In) -> PResult<Expr> {
    let (rest, _) = op("[")(input)?;
    nested(rest, |i| terminated(subscript_list, op("]")).parse(i))
}

/// `1:, ::2`: a tuple when there is a comma.
fn subscript_list(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, (mut items, trailing)) = comma_separated(input, subscript)?;
    match items.len() {
        0 => Err(mismatch(ws(input))),
        1 if !trailing => Ok((rest, items.remove(0))),
        _ => Ok((rest, node(ExprKind::Tuple(items), s, &rest))),
    }
}

/// An index expression or a slice `lower:upper:step`.
fn subscript(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, lower) = opt(|i| generator_free(i, "generator expressions")).parse(input)?;
    let Ok((rest, _)) = op(":")(rest) else {
        return lower.map(|e| (rest, e)).ok_or_else(|| mismatch(ws(rest)));
    };
    let (rest, upper) = opt(expression).parse(rest)?;
    let (rest, step) = opt(preceded(op(":"), opt(expression))).parse(rest)?;
    let (lower, upper, step) = (
        lower.map(Box::new),
        upper.map(Box::new),
        step.flatten().map(Box::new),
    );
    Ok((rest, node(ExprKind::Slice { lower, upper, step }, s, &rest)))
}

/// A name, literal, list, or parenthesised form.
fn atom(input: In) -> PResult<Expr> {
    refuse_atom(input)?;
    alt((
        number,
        strings,
        keyword_constant,
        name_atom,
        ellipsis,
        list_display,
        paren_form,
    ))
    .parse(input)
}

/// Refuses `{...}`, `*x` and the expression keywords where an atom should be.
fn refuse_atom(input: In) -> Result<(), Err<PErr>> {
    refuse_keyword(input, &REFUSED_EXPRESSIONS)?;
    match operator(input) {
        Ok((_, ("{", span))) => Err(unsupported("dict and set literals ('{...}')", span)),
        Ok((_, ("*" | "**", span))) => Err(unsupported(
            "star-arguments and starred expressions ('*x', '**x')",
            span,
        )),
        _ => Ok(()),
    }
}

/// `True`, `False`, `None`.
fn keyword_constant(input: In) -> PResult<Expr> {
    let (rest, (w, span)) = word(input)?;
    let kind = match w {
        "True" => ExprKind::Bool(true),
        "False" => ExprKind::Bool(false),
        "None" => ExprKind::None,
        _ => return Err(mismatch(ws(input))),
    };
    Ok((rest, Expr { kind, span }))
}

/// A variable name.
fn name_atom(input: In) -> PResult<Expr> {
    let (rest, (n, span)) = name(input)?;
    Ok((
        rest,
        Expr {
            kind: ExprKind::Name(n),
            span,
        },
    ))
}

/// `...`.
fn ellipsis(input: In) -> PResult<Expr> {
    let (rest, span) = op("...")(input)?;
    Ok((
        rest,
        Expr {
            kind: ExprKind::Ellipsis,
            span,
        },
    ))
}

/// `[a, b, c]`.
fn list_display(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, _) = op("[")(input)?;
    let items = |i| comma_separated(i, |i| generator_free(i, "list comprehensions"));
    let (rest, (items, _)) = nested(rest, |i| terminated(items, op("]")).parse(i))?;
    Ok((rest, node(ExprKind::List(items), s, &rest)))
}

/// `()`, `(x)`, `(x,)`, `(a, b)`.
fn paren_form(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, _) = op("(")(input)?;
    let items = |i| comma_separated(i, |i| generator_free(i, "generator expressions"));
    let (rest, (mut items, trailing)) = nested(rest, |i| terminated(items, op(")")).parse(i))?;
    if items.len() == 1 && !trailing {
        return Ok((rest, items.remove(0)));
    }
    Ok((rest, node(ExprKind::Tuple(items), s, &rest)))
}

/// Adjacent string literals, joined: `'a' "b"` is `'ab'`.
fn strings(input: In) -> PResult<Expr> {
    let s = start(input);
    let (rest, (first, _)) = string_literal(input)?;
    let (rest, more) = many0(string_literal).parse(rest)?;
    let mut acc = first;
    for (piece, span) in more {
        acc = match (acc, piece) {
            (Literal::Str(a), Literal::Str(b)) => Literal::Str(a + &b),
            (Literal::Bytes(mut a), Literal::Bytes(b)) => {
                a.extend(b);
                Literal::Bytes(a)
            }
            _ => {
                return Err(failure(
                    "SyntaxError",
                    "cannot mix bytes and nonbytes literals",
                    span,
                ));
            }
        };
    }
    let kind = match acc {
        Literal::Str(text) => ExprKind::Str(text),
        Literal::Bytes(bytes) => ExprKind::Bytes(bytes),
    };
    Ok((rest, node(kind, s, &rest)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The single statement of `src`.
    fn stmt(src: &str) -> Stmt {
        let mut stmts =
            parse_program(src).unwrap_or_else(|e| panic!("{src:?}: {e} at {:?}", e.span));
        assert_eq!(stmts.len(), 1, "{src:?}");
        stmts.remove(0)
    }

    /// The expression of the single expression statement `src`.
    fn expr(src: &str) -> Expr {
        match stmt(src).kind {
            StmtKind::Expr(e) => e,
            other => panic!("not an expression: {other:?}"),
        }
    }

    /// A compact prefix rendering of an expression, for precedence tests.
    fn show(e: &Expr) -> String {
        let list = |items: &[Expr]| items.iter().map(show).collect::<Vec<_>>().join(" ");
        let opt = |o: &Option<Box<Expr>>| o.as_deref().map_or("_".to_string(), show);
        match &e.kind {
            ExprKind::Int(i) => i.to_string(),
            ExprKind::Float(f) => format!("{f:?}"),
            ExprKind::Str(s) => format!("{s:?}"),
            ExprKind::Bytes(b) => format!("b{b:?}"),
            ExprKind::Bool(b) => b.to_string(),
            ExprKind::None => "None".into(),
            ExprKind::Ellipsis => "...".into(),
            ExprKind::Name(n) => n.clone(),
            ExprKind::List(items) => format!("[{}]", list(items)),
            ExprKind::Tuple(items) => format!("(tuple {})", list(items)),
            ExprKind::Unary { op, operand } => format!("({op:?} {})", show(operand)),
            ExprKind::Binary { op, left, right } => {
                format!("({} {} {})", op.symbol(), show(left), show(right))
            }
            ExprKind::Compare { left, rest } => {
                let rest: Vec<String> = rest
                    .iter()
                    .map(|(op, e)| format!("{} {}", op.symbol(), show(e)))
                    .collect();
                format!("(cmp {} {})", show(left), rest.join(" "))
            }
            ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
            ExprKind::IfElse { test, body, orelse } => {
                format!("(if {} {} {})", show(test), show(body), show(orelse))
            }
            ExprKind::Attribute { object, attr } => format!("(. {} {attr})", show(object)),
            ExprKind::Call { func, args } => {
                let args: Vec<String> = args
                    .iter()
                    .map(|a| match a {
                        Arg::Positional(e) => show(e),
                        Arg::Keyword { name, value, .. } => format!("{name}={}", show(value)),
                    })
                    .collect();
                format!("(call {} {})", show(func), args.join(" "))
            }
            ExprKind::Subscript { object, index } => {
                format!("(sub {} {})", show(object), show(index))
            }
            ExprKind::Slice { lower, upper, step } => {
                format!("{}:{}:{}", opt(lower), opt(upper), opt(step))
            }
        }
    }

    /// `show` of the expression statement `src`.
    fn s(src: &str) -> String {
        show(&expr(src))
    }

    /// The error for `src`, which must not parse.
    fn err(src: &str) -> SyntaxError {
        match parse_program(src) {
            Err(e) => e,
            Ok(stmts) => panic!("{src:?} parsed: {stmts:?}"),
        }
    }

    /// Asserts `src` fails with `kind`, a message containing `msg`, starting at byte `col`.
    fn fails(src: &str, kind: &str, msg: &str, col: usize) {
        let e = err(src);
        let short: String = src.chars().take(60).collect();
        assert_eq!((e.kind, e.span.start), (kind, col), "{short:?}: {e}");
        assert!(e.message.contains(msg), "{short:?}: {e}");
    }

    /// Every `(* example: ... *)` of the grammar file.
    fn grammar_examples() -> Vec<&'static str> {
        let grammar = include_str!("../../grammar/viewfinder.ebnf");
        grammar
            .split("(* example: ")
            .skip(1)
            .map(|chunk| chunk.split(" *)").next().unwrap_or(""))
            .collect()
    }

    #[test]
    fn every_grammar_example_parses() {
        let examples = grammar_examples();
        assert!(examples.len() >= 60, "only {} examples", examples.len());
        for example in examples {
            if let Err(e) = parse_program(example) {
                panic!("{example:?}: {e} at {:?}", e.span);
            }
        }
    }

    #[test]
    fn arithmetic_precedence() {
        assert_eq!(s("1 + 2 * 3"), "(+ 1 (* 2 3))");
        assert_eq!(s("1 - 2 - 3"), "(- (- 1 2) 3)");
        assert_eq!(s("a @ b // c % d"), "(% (// (@ a b) c) d)");
        assert_eq!(s("1 << 2 + 3"), "(<< 1 (+ 2 3))");
        assert_eq!(s("a | b ^ c & d"), "(| a (^ b (& c d)))");
        assert_eq!(s("(1 + 2) * 3"), "(* (+ 1 2) 3)");
    }

    #[test]
    fn power_and_unary() {
        assert_eq!(s("-2**2"), "(Neg (** 2 2))");
        assert_eq!(s("2**-1"), "(** 2 (Neg 1))");
        assert_eq!(s("2**3**2"), "(** 2 (** 3 2))");
        assert_eq!(s("~-+x"), "(Invert (Neg (Pos x)))");
        assert_eq!(s("-a.T ** 2"), "(Neg (** (. a T) 2))");
    }

    #[test]
    fn boolean_and_comparison() {
        assert_eq!(s("not a == b"), "(Not (cmp a == b))");
        assert_eq!(s("a or b and not c"), "(Or a (And b (Not c)))");
        assert_eq!(s("0 <= i < n"), "(cmp 0 <= i < n)");
        assert_eq!(s("a is not None"), "(cmp a is not None)");
        assert_eq!(s("x not in y"), "(cmp x not in y)");
        assert_eq!(s("a | b < c"), "(cmp (| a b) < c)");
        assert_eq!(s("a if b or c else d"), "(if (Or b c) a d)");
        assert_eq!(s("a if b else c if d else e"), "(if b a (if d c e))");
    }

    #[test]
    fn postfix_calls_subscripts_attributes() {
        assert_eq!(s("f(a, b, dtype='int8',)"), r#"(call f a b dtype="int8")"#);
        assert_eq!(
            s("np.zeros(3)[1:].T"),
            "(. (sub (call (. np zeros) 3) 1:_:_) T)"
        );
        assert_eq!(s("f()()"), "(call (call f ) )");
    }

    #[test]
    fn slices_and_indices() {
        assert_eq!(s("a[1]"), "(sub a 1)");
        assert_eq!(s("a[1:3]"), "(sub a 1:3:_)");
        assert_eq!(s("a[::-1]"), "(sub a _:_:(Neg 1))");
        assert_eq!(s("a[1:, ::2]"), "(sub a (tuple 1:_:_ _:_:2))");
        assert_eq!(s("a[..., None]"), "(sub a (tuple ... None))");
        assert_eq!(s("a[[0, 2]]"), "(sub a [0 2])");
        assert_eq!(s("a[a > 1]"), "(sub a (cmp a > 1))");
        assert_eq!(s("a[0,]"), "(sub a (tuple 0))");
        assert_eq!(s("a[:]"), "(sub a _:_:_)");
        assert_eq!(s("a[::]"), "(sub a _:_:_)");
        fails("(1:2)", "SyntaxError", "invalid syntax", 2);
        fails("a[]", "SyntaxError", "invalid syntax", 2);
    }

    #[test]
    fn tuples_and_lists() {
        assert_eq!(s("()"), "(tuple )");
        assert_eq!(s("(1,)"), "(tuple 1)");
        assert_eq!(s("(1)"), "1");
        assert_eq!(s("1, 2"), "(tuple 1 2)");
        assert_eq!(s("[]"), "[]");
        assert_eq!(s("[1, [2],]"), "[1 [2]]");
        fails("(,)", "SyntaxError", "invalid syntax", 1);
    }

    #[test]
    fn numbers() {
        assert_eq!(s("0x1f, 0o17, 0b101, 1_000, 0"), "(tuple 31 15 5 1000 0)");
        assert_eq!(
            s("1.5, 1., .5, 1e3, 1E-3, 1_0.5"),
            "(tuple 1.5 1.0 0.5 1000.0 0.001 10.5)"
        );
        assert_eq!(s("9223372036854775807"), "9223372036854775807");
        fails(
            "x = 9223372036854775808",
            "NotImplementedError",
            "beyond 64 bits",
            4,
        );
        fails("1abc", "SyntaxError", "invalid decimal literal", 0);
        fails("a = 1__0", "SyntaxError", "invalid decimal literal", 4);
        fails("0x", "SyntaxError", "invalid hexadecimal literal", 0);
        fails("012", "SyntaxError", "leading zeros", 0);
        fails("1j", "NotImplementedError", "complex", 0);
    }

    #[test]
    fn strings_and_bytes() {
        assert_eq!(
            s(r#"'a\n\t\\\'\"\x41\u00e9\0'"#),
            "\"a\\n\\t\\\\'\\\"Aé\\0\""
        );
        assert_eq!(s("'a' \"b\" '''c'''"), "\"abc\"");
        assert_eq!(s(r"r'\d' R'\n'"), r#""\\d\\n""#);
        assert_eq!(s(r"b'A\x00' B'\xff'"), "b[65, 0, 255]");
        assert_eq!(s("'''two\nlines'''"), "\"two\\nlines\"");
        fails(
            "b'é'",
            "SyntaxError",
            "bytes can only contain ASCII literal characters",
            0,
        );
        fails("'a' b'b'", "SyntaxError", "cannot mix bytes", 4);
        fails(
            "x = f'{a}'",
            "NotImplementedError",
            "f-strings are not supported by viewfinder",
            4,
        );
        fails("'\\x4'", "SyntaxError", "truncated", 0);
    }

    #[test]
    fn unterminated_strings() {
        fails(
            "a = 'abc\nb = 1",
            "SyntaxError",
            "unterminated string literal (detected at line 1)",
            4,
        );
        fails(
            "\n\nx = 'abc",
            "SyntaxError",
            "unterminated string literal (detected at line 3)",
            6,
        );
        fails(
            "x = '''abc\n",
            "SyntaxError",
            "unterminated triple-quoted string literal",
            4,
        );
    }

    #[test]
    fn statements() {
        assert!(matches!(stmt("pass").kind, StmtKind::Pass));
        let StmtKind::Import { module, alias } = stmt("import numpy as np").kind else {
            panic!()
        };
        assert_eq!((module.as_str(), alias.as_deref()), ("numpy", Some("np")));
        assert_eq!(parse_program("import array, numpy").unwrap().len(), 2);
        let StmtKind::FromImport { module, names } =
            stmt("from numpy import zeros, arange as ar").kind
        else {
            panic!()
        };
        assert_eq!(module, "numpy");
        assert_eq!(
            names,
            vec![("zeros".into(), None), ("arange".into(), Some("ar".into()))]
        );
        let StmtKind::Del(targets) = stmt("del a, b[0]").kind else {
            panic!()
        };
        assert!(matches!(
            targets.as_slice(),
            [Target::Name { .. }, Target::Subscript { .. }]
        ));
        let StmtKind::AugAssign { op, .. } = stmt("a[0] //= 2").kind else {
            panic!()
        };
        assert_eq!(op, BinOp::FloorDiv);
        assert_eq!(
            parse_program("a = 1; b = 2;\n\n# c\nc = 3  # end")
                .unwrap()
                .len(),
            3
        );
    }

    #[test]
    fn assignment_targets() {
        let StmtKind::Assign { targets, value } = stmt("a = b.c = d[0] = 1, 2").kind else {
            panic!()
        };
        assert!(matches!(
            targets.as_slice(),
            [
                Target::Name { .. },
                Target::Attribute { .. },
                Target::Subscript { .. }
            ]
        ));
        assert_eq!(show(&value), "(tuple 1 2)");
        let StmtKind::Assign { targets, .. } = stmt("a, (b, c) = x").kind else {
            panic!()
        };
        let [Target::Tuple { items, span }] = targets.as_slice() else {
            panic!()
        };
        assert_eq!((items.len(), *span), (2, Span::new(0, 9)));
        fails("1 = a", "SyntaxError", "cannot assign to literal", 0);
        fails(
            "a, f() = x",
            "SyntaxError",
            "cannot assign to function call",
            3,
        );
        fails(
            "x = a < b = 1",
            "SyntaxError",
            "cannot assign to comparison",
            4,
        );
        fails("del 1", "SyntaxError", "cannot delete literal", 4);
        fails(
            "a, b += 1",
            "SyntaxError",
            "'tuple' is an illegal expression for augmented assignment",
            0,
        );
    }

    #[test]
    fn spans_are_byte_offsets_in_the_whole_source() {
        let program = parse_program("x = 1\ny = a[1:, 0] + é").unwrap();
        assert_eq!(program[1].span, Span::new(6, 23));
        let StmtKind::Assign { targets, value } = &program[1].kind else {
            panic!()
        };
        assert_eq!(targets[0].span(), Span::new(6, 7));
        assert_eq!(value.span, Span::new(10, 23));
        let ExprKind::Binary { left, right, .. } = &value.kind else {
            panic!()
        };
        assert_eq!(
            (left.span, right.span),
            (Span::new(10, 18), Span::new(21, 23))
        );
        let ExprKind::Subscript { index, .. } = &left.kind else {
            panic!()
        };
        assert_eq!(index.span, Span::new(12, 17));
        let ExprKind::Tuple(items) = &index.kind else {
            panic!()
        };
        assert_eq!(items[0].span, Span::new(12, 14));
        let call = expr("f(x, k = 2)");
        let ExprKind::Call { args, .. } = &call.kind else {
            panic!()
        };
        assert!(matches!(&args[1], Arg::Keyword { span, .. } if *span == Span::new(5, 10)));
    }

    #[test]
    fn continuation_lines() {
        assert_eq!(s("f(1,\n  2)  # two lines"), "(call f 1 2)");
        assert_eq!(s("1 + \\\n 2"), "(+ 1 2)");
        assert_eq!(s("[1, # one\n 2]"), "[1 2]");
        assert!(is_incomplete("a = (1,"));
        assert!(is_incomplete("a = 1 + \\"));
        assert!(is_incomplete("s = '''abc"));
        assert!(is_incomplete("f(a[0\n"));
        assert!(!is_incomplete("a = 1"));
        assert!(!is_incomplete("a = 1)"));
        assert!(!is_incomplete("s = 'abc"));
        assert!(!is_incomplete(""));
    }

    #[test]
    fn syntax_errors_point_at_the_column() {
        fails("a b", "SyntaxError", "invalid syntax", 2);
        fails("a = (1 +)", "SyntaxError", "invalid syntax", 8);
        fails("x = 1 +", "SyntaxError", "invalid syntax", 7);
        fails("x = (1,\n", "SyntaxError", "'(' was never closed", 4);
        fails(
            "x = [1, 2)",
            "SyntaxError",
            "closing parenthesis ')' does not match opening parenthesis '['",
            9,
        );
        fails("x = 1)", "SyntaxError", "unmatched ')'", 5);
        fails(
            "a = 1 \\ b",
            "SyntaxError",
            "unexpected character after line continuation character",
            6,
        );
        fails(
            "a = 1 + \\",
            "SyntaxError",
            "unexpected EOF while parsing",
            8,
        );
        fails("x = 1\n  y = 2", "IndentationError", "unexpected indent", 8);
        fails(
            "f(a=1, b)",
            "SyntaxError",
            "positional argument follows keyword argument",
            7,
        );
        fails(
            "f(a=1, a=2)",
            "SyntaxError",
            "keyword argument repeated: a",
            7,
        );
        fails(
            "x = a if b",
            "SyntaxError",
            "expected 'else' after 'if' expression",
            10,
        );
        fails("break", "SyntaxError", "'break' outside loop", 0);
        fails("a\0", "SyntaxError", "null bytes", 1);
        assert_eq!(err("a b").to_string(), "SyntaxError: invalid syntax");
    }

    #[test]
    fn refused_constructs() {
        let cases = [
            (
                "for i in x: pass",
                0,
                "'for' loops are not supported by viewfinder",
            ),
            ("while x: pass", 0, "'while' loops"),
            ("if x: pass", 0, "'if' statements"),
            ("def f(): pass", 0, "function definitions"),
            ("class A: pass", 0, "class definitions"),
            ("f = lambda: 0", 4, "'lambda' expressions"),
            ("with x: pass", 0, "'with' statements"),
            ("try: pass", 0, "'try' statements"),
            ("return 1", 0, "'return'"),
            ("x = yield", 4, "'yield'"),
            ("global x", 0, "'global'"),
            ("nonlocal x", 0, "'nonlocal'"),
            ("assert x", 0, "'assert'"),
            ("raise E", 0, "'raise'"),
            ("async def f(): pass", 0, "'async'"),
            ("x = await y", 4, "'await'"),
            ("[i for i in x]", 3, "list comprehensions"),
            ("sum(i for i in x)", 6, "generator expressions"),
            ("(i for i in x)", 3, "generator expressions"),
            ("d = {}", 4, "dict and set literals"),
            ("x = f\"{a}\"", 4, "f-strings"),
            ("(y := 1)", 3, "assignment expressions"),
            ("f(*args)", 2, "star-arguments"),
            ("f(**kw)", 2, "star-arguments"),
            ("a, *b = x", 3, "starred"),
            ("@dec", 0, "decorators"),
            ("from numpy import *", 18, "star imports"),
        ];
        for (src, col, msg) in cases {
            fails(src, "NotImplementedError", msg, col);
        }
    }

    #[test]
    fn nesting_limit() {
        let ok = format!("{}1{}", "(".repeat(200), ")".repeat(200));
        assert_eq!(s(&ok), "1");
        fails(
            &"[".repeat(100_000),
            "SyntaxError",
            "too many nested parentheses",
            200,
        );
        let deep = format!("x = {}1", "-".repeat(100_000));
        fails(&deep, "SyntaxError", "too deeply nested", 405);
        let deep = format!("x = {}", "not ".repeat(100_000));
        assert_eq!(err(&deep).message, "expression is too deeply nested");
        let deep = format!("x = 2{}", "**2".repeat(100_000));
        assert_eq!(err(&deep).message, "expression is too deeply nested");
        let mixed = format!("{}1{}", "(-".repeat(200), ")".repeat(200));
        assert!(parse_program(&mixed).is_ok() || err(&mixed).message.contains("nested"));
    }

    #[test]
    fn long_inputs_do_not_overflow() {
        let long = format!("x = {}1", "1 + ".repeat(900));
        assert_eq!(parse_program(&long).unwrap().len(), 1);
        let too_long = format!("x = {}1", "1 + ".repeat(200_000));
        assert_eq!(err(&too_long).message, "expression is too deeply nested");
        let trailers = format!("x = a{}", ".b[0]()".repeat(100_000));
        assert_eq!(err(&trailers).message, "expression is too deeply nested");
        let list = format!("[{}]", "0, ".repeat(20_000));
        assert_eq!(parse_program(&list).unwrap().len(), 1);
        let strings = "'a' ".repeat(20_000);
        assert_eq!(parse_program(&strings).unwrap().len(), 1);
        assert!(parse_program(&"é".repeat(200_000)).is_ok());
    }

    /// Python-ish pieces for the never-panic property.
    const PIECES: [&str; 44] = [
        "a", "np", "1", "0x", "1.5e", "_", " ", "\n", "\t", "\\", "\\\n", "#", "(", ")", "[", "]",
        "{", "}", ",", ":", ";", ".", "...", "=", "+=", "**", "*", "-", "~", "not", "is", "in",
        "if", "else", "for", "lambda", "'", "\"", "'''", "b'", "r'", "é", "\0", "\\x",
    ];

    proptest! {
        #[test]
        fn never_panics(pieces in proptest::collection::vec(0..PIECES.len(), 0..40)) {
            let src: String = pieces.iter().map(|&i| PIECES[i]).collect();
            let _ = is_incomplete(&src);
            if let Err(e) = parse_program(&src) {
                prop_assert!(e.span.start <= e.span.end && e.span.end <= src.len() + 1, "{:?}: {:?}", src, e);
            }
        }
    }
}
