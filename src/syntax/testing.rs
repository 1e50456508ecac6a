//! Helpers for the syntax unit tests, shared by the files under `lex/`, `parser/` and `check/`.
//!
//! Each rule's tests sit at the bottom of the file that holds the rule, but they all go
//! through [`parse_program`] and compare against the same compact prefix rendering of the
//! tree, so that rendering and the assertion helpers live here once.

use super::ast::*;
use super::parser::{SyntaxError, parse_program};

/// The single statement of `src`.
pub(crate) fn stmt(src: &str) -> Stmt {
    let mut stmts = parse_program(src).unwrap_or_else(|e| panic!("{src:?}: {e} at {:?}", e.span));
    assert_eq!(stmts.len(), 1, "{src:?}");
    stmts.remove(0)
}

/// The expression of the single expression statement `src`.
pub(crate) fn expr(src: &str) -> Expr {
    match stmt(src).kind {
        StmtKind::Expr(e) => e,
        other => panic!("not an expression: {other:?}"),
    }
}

/// Space-separated renderings.
fn list(items: &[Expr]) -> String {
    items.iter().map(show).collect::<Vec<_>>().join(" ")
}

/// A rendering of an optional boxed expression (`_` when absent).
fn opt(o: &Option<Box<Expr>>) -> String {
    o.as_deref().map_or("_".to_string(), show)
}

/// A compact prefix rendering of an expression, for precedence tests.
pub(crate) fn show(e: &Expr) -> String {
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
            let args: Vec<String> = args.iter().map(show_arg).collect();
            format!("(call {} {})", show(func), args.join(" "))
        }
        ExprKind::Subscript { object, index } => {
            format!("(sub {} {})", show(object), show(index))
        }
        ExprKind::Slice { lower, upper, step } => {
            format!("{}:{}:{}", opt(lower), opt(upper), opt(step))
        }
        _ => show_new(e),
    }
}

/// The rendering of the expressions that Python has and viewfinder does not run yet.
fn show_new(e: &Expr) -> String {
    match &e.kind {
        ExprKind::BigInt(digits) => format!("big {digits}"),
        ExprKind::Imaginary(value) => format!("{value:?}j"),
        ExprKind::FString(parts) => format!("(f {})", show_parts(parts)),
        ExprKind::Lambda { params, body } => {
            format!("(lambda ({}) {})", show_params(params), show(body))
        }
        ExprKind::Dict(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|item| match item {
                    DictItem::Pair { key, value } => format!("{}:{}", show(key), show(value)),
                    DictItem::Unpack(value) => format!("**{}", show(value)),
                })
                .collect();
            format!("{{{}}}", items.join(" "))
        }
        ExprKind::Set(items) => format!("(set {})", list(items)),
        ExprKind::ListComp { elt, generators } => comp("listcomp", &show(elt), generators),
        ExprKind::SetComp { elt, generators } => comp("setcomp", &show(elt), generators),
        ExprKind::GeneratorExp { elt, generators } => comp("genexp", &show(elt), generators),
        ExprKind::DictComp { item, generators } => {
            let pair = format!("{}:{}", show(&item.0), show(&item.1));
            comp("dictcomp", &pair, generators)
        }
        ExprKind::Yield(value) => format!("(yield {})", opt(value)),
        ExprKind::YieldFrom(value) => format!("(yield-from {})", show(value)),
        ExprKind::Await(value) => format!("(await {})", show(value)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", show(target), show(value)),
        ExprKind::Starred(value) => format!("(* {})", show(value)),
        _ => format!("{:?}", e.kind),
    }
}

/// An argument.
fn show_arg(arg: &Arg) -> String {
    match arg {
        Arg::Positional(e) => show(e),
        Arg::Keyword { name, value, .. } => format!("{name}={}", show(value)),
        Arg::DoubleStarred { value, .. } => format!("**{}", show(value)),
    }
}

/// A comprehension: its kind, element and clauses.
fn comp(kind: &str, elt: &str, generators: &[Comprehension]) -> String {
    let clauses: Vec<String> = generators
        .iter()
        .map(|g| {
            let ifs: String = g.ifs.iter().map(|c| format!(" if {}", show(c))).collect();
            let word = if g.is_async { "async for" } else { "for" };
            format!(
                "({word} {} in {}{ifs})",
                show_target(&g.target),
                show(&g.iter)
            )
        })
        .collect();
    format!("({kind} {elt} {})", clauses.join(" "))
}

/// f-string parts.
fn show_parts(parts: &[FStringPart]) -> String {
    let parts: Vec<String> = parts
        .iter()
        .map(|part| match part {
            FStringPart::Literal(text) => format!("{text:?}"),
            FStringPart::Field(field) => {
                let debug = field
                    .debug_text
                    .as_deref()
                    .map_or(String::new(), |d| format!("{d:?}="));
                let conversion = field.conversion.map_or(String::new(), |c| format!("!{c}"));
                let spec = match field.format_spec.is_empty() {
                    true => String::new(),
                    false => format!(":{}", show_parts(&field.format_spec)),
                };
                format!("{{{debug}{}{conversion}{spec}}}", show(&field.value))
            }
        })
        .collect();
    parts.join(" ")
}

/// Parameters, group by group.
pub(crate) fn show_params(params: &Parameters) -> String {
    super::unparse::parameters_with(params, &show, ":", " ")
}

/// A target.
pub(crate) fn show_target(target: &Target) -> String {
    match target {
        Target::Name { name, .. } => name.clone(),
        Target::Subscript { object, index, .. } => {
            format!("(sub {} {})", show(object), show(index))
        }
        Target::Attribute { object, attr, .. } => format!("(. {} {attr})", show(object)),
        Target::Tuple { items, .. } => {
            let items: Vec<String> = items.iter().map(show_target).collect();
            format!("(tuple {})", items.join(" "))
        }
        Target::Starred { target, .. } => format!("(* {})", show_target(target)),
    }
}

/// `show` of the expression statement `src`.
pub(crate) fn s(src: &str) -> String {
    show(&expr(src))
}

/// The error for `src`, which must not parse.
pub(crate) fn err(src: &str) -> SyntaxError {
    match parse_program(src) {
        Err(e) => e,
        Ok(stmts) => panic!("{src:?} parsed: {stmts:?}"),
    }
}

/// Asserts `src` fails with `kind`, a message containing `msg`, starting at byte `col`.
pub(crate) fn fails(src: &str, kind: &str, msg: &str, col: usize) {
    let e = err(src);
    let short: String = src.chars().take(60).collect();
    assert_eq!((e.kind, e.span.start), (kind, col), "{short:?}: {e}");
    assert!(e.message.contains(msg), "{short:?}: {e}");
}
