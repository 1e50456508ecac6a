//! Source text back from a syntax tree, for the round-trip property test.
//!
//! As Python's `ast.unparse`: each expression is printed at a precedence, and wrapped in
//! parentheses when its context binds tighter, so that parsing the text gives the same tree
//! (spans aside). Statements are printed one per line, blocks indented by four spaces.

use super::ast::*;

/// Binding levels, loosest first (Python's `ast._Precedence`).
mod prec {
    pub(super) const NAMED: u8 = 1;
    pub(super) const TUPLE: u8 = 2;
    pub(super) const TEST: u8 = 4;
    pub(super) const OR: u8 = 5;
    pub(super) const AND: u8 = 6;
    pub(super) const NOT: u8 = 7;
    pub(super) const CMP: u8 = 8;
    pub(super) const BIT_OR: u8 = 9;
    pub(super) const FACTOR: u8 = 15;
    pub(super) const POWER: u8 = 16;
    pub(super) const AWAIT: u8 = 17;
    pub(super) const ATOM: u8 = 18;
}

/// A whole program.
pub(crate) fn program(stmts: &[Stmt]) -> String {
    let mut out = String::new();
    block(stmts, 0, &mut out);
    out
}

/// Statements at `depth` levels of indentation.
fn block(stmts: &[Stmt], depth: usize, out: &mut String) {
    if stmts.is_empty() {
        line("pass", depth, out);
    }
    for s in stmts {
        stmt(s, depth, out);
    }
}

/// One line of text at `depth`.
fn line(text: &str, depth: usize, out: &mut String) {
    out.push_str(&"    ".repeat(depth));
    out.push_str(text);
    out.push('\n');
}

/// A header line and its block.
fn header(text: &str, body: &[Stmt], depth: usize, out: &mut String) {
    line(&format!("{text}:"), depth, out);
    block(body, depth + 1, out);
}

/// One statement.
fn stmt(s: &Stmt, depth: usize, out: &mut String) {
    match &s.kind {
        StmtKind::If { test, body, orelse } => if_stmt("if", test, body, orelse, depth, out),
        StmtKind::While { test, body, orelse } => {
            header(
                &format!("while {}", expr(test, prec::NAMED)),
                body,
                depth,
                out,
            );
            else_block(orelse, depth, out);
        }
        StmtKind::For {
            target: t,
            iter,
            body,
            orelse,
            is_async,
        } => {
            let word = if *is_async { "async for" } else { "for" };
            let text = format!("{word} {} in {}", target(t), expr(iter, prec::TUPLE));
            header(&text, body, depth, out);
            else_block(orelse, depth, out);
        }
        StmtKind::FunctionDef(def) => function_def(def, depth, out),
        StmtKind::ClassDef(class) => {
            decorators(&class.decorators, depth, out);
            let args = match class.arguments.is_empty() {
                true => String::new(),
                false => format!("({})", arguments(&class.arguments)),
            };
            header(
                &format!("class {}{args}", class.name),
                &class.body,
                depth,
                out,
            );
        }
        StmtKind::Try(node) => try_stmt(node, depth, out),
        StmtKind::With {
            items,
            body,
            is_async,
        } => {
            let word = if *is_async { "async with" } else { "with" };
            let items: Vec<String> = items.iter().map(with_item).collect();
            header(&format!("{word} ({})", items.join(", ")), body, depth, out);
        }
        StmtKind::Match { subject, cases } => {
            line(
                &format!("match {}:", expr(subject, prec::TUPLE)),
                depth,
                out,
            );
            for case in cases {
                let guard = case
                    .guard
                    .as_ref()
                    .map_or(String::new(), |g| format!(" if {}", expr(g, prec::NAMED)));
                let text = format!("case {}{guard}", pattern(&case.pattern));
                header(&text, &case.body, depth + 1, out);
            }
        }
        _ => line(&simple(s), depth, out),
    }
}

/// `if`/`elif` with its branches (`elif` for an `orelse` that is one `If`).
fn if_stmt(
    word: &str,
    test: &Expr,
    body: &[Stmt],
    orelse: &[Stmt],
    depth: usize,
    out: &mut String,
) {
    header(
        &format!("{word} {}", expr(test, prec::NAMED)),
        body,
        depth,
        out,
    );
    match orelse {
        [
            Stmt {
                kind: StmtKind::If { test, body, orelse },
                ..
            },
        ] => if_stmt("elif", test, body, orelse, depth, out),
        _ => else_block(orelse, depth, out),
    }
}

/// `else:` and its block, if not empty.
fn else_block(orelse: &[Stmt], depth: usize, out: &mut String) {
    if !orelse.is_empty() {
        header("else", orelse, depth, out);
    }
}

/// `@decorator` lines.
fn decorators(decorators: &[Expr], depth: usize, out: &mut String) {
    for d in decorators {
        line(&format!("@{}", expr(d, prec::NAMED)), depth, out);
    }
}

/// A `def`.
fn function_def(def: &FunctionDef, depth: usize, out: &mut String) {
    decorators(&def.decorators, depth, out);
    let word = if def.is_async { "async def" } else { "def" };
    let returns = def
        .returns
        .as_ref()
        .map_or(String::new(), |r| format!(" -> {}", expr(r, prec::TEST)));
    let text = format!("{word} {}({}){returns}", def.name, parameters(&def.params));
    header(&text, &def.body, depth, out);
}

/// A `try` statement.
fn try_stmt(node: &Try, depth: usize, out: &mut String) {
    header("try", &node.body, depth, out);
    let word = if node.is_star { "except*" } else { "except" };
    for handler in &node.handlers {
        let mut text = word.to_string();
        if let Some(e) = &handler.exception {
            text += &format!(" {}", expr(e, prec::TEST));
        }
        if let Some(name) = &handler.name {
            text += &format!(" as {name}");
        }
        header(&text, &handler.body, depth, out);
    }
    else_block(&node.orelse, depth, out);
    if !node.finalbody.is_empty() {
        header("finally", &node.finalbody, depth, out);
    }
}

/// One `with` item.
fn with_item(item: &WithItem) -> String {
    let context = expr(&item.context, prec::TEST);
    match &item.target {
        Some(t) => format!("{context} as {}", target(t)),
        None => context,
    }
}

/// A simple statement, on one line.
fn simple(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(e) => expr(e, prec::TUPLE),
        StmtKind::Assign { targets, value } => {
            let mut parts: Vec<String> = targets.iter().map(target).collect();
            parts.push(expr(value, prec::TUPLE));
            parts.join(" = ")
        }
        StmtKind::AugAssign {
            target: t,
            op,
            value,
        } => {
            format!(
                "{} {}= {}",
                target(t),
                op.symbol(),
                expr(value, prec::TUPLE)
            )
        }
        StmtKind::AnnAssign {
            target: t,
            annotation,
            value,
            simple,
        } => {
            let shown = match (t, simple) {
                (Target::Name { name, .. }, false) => format!("({name})"),
                _ => target(t),
            };
            let value = value
                .as_ref()
                .map_or(String::new(), |v| format!(" = {}", expr(v, prec::TUPLE)));
            format!("{shown}: {}{value}", expr(annotation, prec::TEST))
        }
        StmtKind::Del(targets) => {
            let targets: Vec<String> = targets.iter().map(target).collect();
            format!("del {}", targets.join(", "))
        }
        _ => simple_keyword(s),
    }
}

/// The simple statements that start with a keyword.
fn simple_keyword(s: &Stmt) -> String {
    let optional = |word: &str, value: &Option<Expr>| match value {
        Some(v) => format!("{word} {}", expr(v, prec::TUPLE)),
        None => word.to_string(),
    };
    match &s.kind {
        StmtKind::Pass => "pass".into(),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Return(value) => optional("return", value),
        StmtKind::Raise { exc, cause } => {
            let mut text = optional("raise", exc);
            if let Some(c) = cause {
                text += &format!(" from {}", expr(c, prec::TEST));
            }
            text
        }
        StmtKind::Assert { test, msg } => {
            let msg = msg
                .as_ref()
                .map_or(String::new(), |m| format!(", {}", expr(m, prec::TEST)));
            format!("assert {}{msg}", expr(test, prec::TEST))
        }
        StmtKind::Global(names) => format!("global {}", names.join(", ")),
        StmtKind::Nonlocal(names) => format!("nonlocal {}", names.join(", ")),
        StmtKind::Import { module, alias } => format!("import {module}{}", as_alias(alias)),
        StmtKind::FromImport { module, names } => {
            let names: Vec<String> = names
                .iter()
                .map(|(n, a)| format!("{n}{}", as_alias(a)))
                .collect();
            format!("from {module} import {}", names.join(", "))
        }
        _ => String::new(),
    }
}

/// ` as alias`, if any.
fn as_alias(alias: &Option<String>) -> String {
    alias.as_ref().map_or(String::new(), |a| format!(" as {a}"))
}

/// A target.
fn target(t: &Target) -> String {
    match t {
        Target::Name { name, .. } => name.clone(),
        Target::Subscript { object, index, .. } => {
            format!("{}[{}]", expr(object, prec::ATOM), subscript_index(index))
        }
        Target::Attribute { object, attr, .. } => format!("{}.{attr}", expr(object, prec::ATOM)),
        Target::Tuple { items, .. } => {
            let items: Vec<String> = items.iter().map(target).collect();
            tuple_text(&items)
        }
        Target::Starred { target: t, .. } => format!("*{}", target(t)),
    }
}

/// `(a, b)`, `(a,)`, `()`.
fn tuple_text(items: &[String]) -> String {
    match items {
        [] => "()".into(),
        [one] => format!("({one},)"),
        _ => format!("({})", items.join(", ")),
    }
}

/// A parameter list.
fn parameters(params: &Parameters) -> String {
    parameters_with(params, &|e| expr(e, prec::TEST), ": ", ", ")
}

/// A parameter list, group by group, each expression shown by `show`, `colon` before an
/// annotation and `separator` between parameters.
pub(super) fn parameters_with(
    params: &Parameters,
    show: &dyn Fn(&Expr) -> String,
    colon: &str,
    separator: &str,
) -> String {
    let one = |p: &Param| {
        let annotation = p
            .annotation
            .as_ref()
            .map_or(String::new(), |a| format!("{colon}{}", show(a)));
        let default = p
            .default
            .as_ref()
            .map_or(String::new(), |d| format!("={}", show(d)));
        format!("{}{annotation}{default}", p.name)
    };
    let mut out: Vec<String> = params.posonly.iter().map(one).collect();
    if !params.posonly.is_empty() {
        out.push("/".into());
    }
    out.extend(params.args.iter().map(one));
    match &params.vararg {
        Some(p) => out.push(format!("*{}", one(p))),
        None if !params.kwonly.is_empty() => out.push("*".into()),
        None => {}
    }
    out.extend(params.kwonly.iter().map(one));
    out.extend(params.kwarg.iter().map(|p| format!("**{}", one(p))));
    out.join(separator)
}

/// Call arguments.
fn arguments(args: &[Arg]) -> String {
    let args: Vec<String> = args
        .iter()
        .map(|arg| match arg {
            Arg::Positional(e) => expr(e, prec::TEST),
            Arg::Keyword { name, value, .. } => format!("{name}={}", expr(value, prec::TEST)),
            Arg::DoubleStarred { value, .. } => format!("**{}", expr(value, prec::TEST)),
        })
        .collect();
    args.join(", ")
}

/// The index of a subscript: a tuple is written without parentheses (it may hold slices).
fn subscript_index(index: &Expr) -> String {
    match &index.kind {
        ExprKind::Tuple(items) if !items.is_empty() => {
            let items: Vec<String> = items.iter().map(|i| expr(i, prec::TEST)).collect();
            match items.len() {
                1 => format!("{},", items[0]),
                _ => items.join(", "),
            }
        }
        _ => expr(index, prec::NAMED + 1),
    }
}

/// An expression in a context that binds at `min`.
pub(crate) fn expr(e: &Expr, min: u8) -> String {
    let (text, level) = expr_at(e);
    match level < min {
        true => format!("({text})"),
        false => text,
    }
}

/// The text of an expression and its binding level.
fn expr_at(e: &Expr) -> (String, u8) {
    match &e.kind {
        ExprKind::Binary { op, left, right } => binary(*op, left, right),
        ExprKind::Unary { op, operand } => match op {
            UnaryOp::Not => (format!("not {}", expr(operand, prec::NOT)), prec::NOT),
            _ => {
                let symbol = match op {
                    UnaryOp::Neg => "-",
                    UnaryOp::Pos => "+",
                    _ => "~",
                };
                (
                    format!("{symbol}{}", expr(operand, prec::FACTOR)),
                    prec::FACTOR,
                )
            }
        },
        ExprKind::Compare { left, rest } => {
            let mut text = expr(left, prec::BIT_OR);
            for (op, right) in rest {
                text += &format!(" {} {}", op.symbol(), expr(right, prec::BIT_OR));
            }
            (text, prec::CMP)
        }
        ExprKind::BoolOp { op, values } => {
            let (word, level) = match op {
                BoolOpKind::And => (" and ", prec::AND),
                BoolOpKind::Or => (" or ", prec::OR),
            };
            let values: Vec<String> = values.iter().map(|v| expr(v, level + 1)).collect();
            (values.join(word), level)
        }
        ExprKind::IfElse { test, body, orelse } => (
            format!(
                "{} if {} else {}",
                expr(body, prec::OR),
                expr(test, prec::OR),
                expr(orelse, prec::TEST)
            ),
            prec::TEST,
        ),
        ExprKind::Lambda { params, body } => {
            let params = parameters(params);
            let space = if params.is_empty() { "" } else { " " };
            (
                format!("lambda{space}{params}: {}", expr(body, prec::TEST)),
                prec::TEST,
            )
        }
        ExprKind::NamedExpr { target, value } => (
            format!(
                "{} := {}",
                expr(target, prec::ATOM),
                expr(value, prec::TEST)
            ),
            prec::NAMED,
        ),
        ExprKind::Tuple(items) => {
            let items: Vec<String> = items.iter().map(|i| expr(i, prec::TEST)).collect();
            (tuple_text(&items), prec::ATOM)
        }
        ExprKind::Yield(value) => match value {
            Some(v) => (format!("(yield {})", expr(v, prec::TUPLE)), prec::ATOM),
            None => ("(yield)".into(), prec::ATOM),
        },
        ExprKind::YieldFrom(value) => (
            format!("(yield from {})", expr(value, prec::TEST)),
            prec::ATOM,
        ),
        ExprKind::Await(value) => (format!("await {}", expr(value, prec::ATOM)), prec::AWAIT),
        ExprKind::Starred(value) => (format!("*{}", expr(value, prec::BIT_OR)), prec::TEST),
        _ => (atom(e), prec::ATOM),
    }
}

/// A binary operation.
fn binary(op: BinOp, left: &Expr, right: &Expr) -> (String, u8) {
    let level = match op {
        BinOp::BitOr => 9,
        BinOp::BitXor => 10,
        BinOp::BitAnd => 11,
        BinOp::LShift | BinOp::RShift => 12,
        BinOp::Add | BinOp::Sub => 13,
        BinOp::Pow => prec::POWER,
        _ => 14,
    };
    let (left_min, right_min) = match op {
        BinOp::Pow => (prec::AWAIT, prec::FACTOR),
        _ => (level, level + 1),
    };
    let text = format!(
        "{} {} {}",
        expr(left, left_min),
        op.symbol(),
        expr(right, right_min)
    );
    (text, level)
}

/// The expressions that are atoms or trailers.
fn atom(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int(i) => i.to_string(),
        ExprKind::BigInt(text) => text.clone(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::Imaginary(f) => format!("{f:?}j"),
        ExprKind::Str(s) => quoted(s),
        ExprKind::Bytes(b) => bytes(b),
        ExprKind::Bool(b) => if *b { "True" } else { "False" }.into(),
        ExprKind::None => "None".into(),
        ExprKind::Ellipsis => "...".into(),
        ExprKind::Name(n) => n.clone(),
        ExprKind::FString(parts) => format!("f'{}'", fstring(parts)),
        ExprKind::Attribute { object, attr } => match object.kind {
            ExprKind::Int(_) | ExprKind::Float(_) => format!("({}).{attr}", atom(object)),
            _ => format!("{}.{attr}", expr(object, prec::ATOM)),
        },
        ExprKind::Call { func, args } => format!("{}({})", expr(func, prec::ATOM), arguments(args)),
        ExprKind::Subscript { object, index } => {
            format!("{}[{}]", expr(object, prec::ATOM), subscript_index(index))
        }
        ExprKind::Slice { lower, upper, step } => {
            let part =
                |p: &Option<Box<Expr>>| p.as_ref().map_or(String::new(), |p| expr(p, prec::TEST));
            let step = step
                .as_ref()
                .map_or(String::new(), |s| format!(":{}", expr(s, prec::TEST)));
            format!("{}:{}{step}", part(lower), part(upper))
        }
        _ => display(e),
    }
}

/// Lists, sets, dicts and comprehensions.
fn display(e: &Expr) -> String {
    let items = |items: &[Expr]| {
        let items: Vec<String> = items.iter().map(|i| expr(i, prec::TEST)).collect();
        items.join(", ")
    };
    match &e.kind {
        ExprKind::List(values) => format!("[{}]", items(values)),
        ExprKind::Set(values) => format!("{{{}}}", items(values)),
        ExprKind::Dict(entries) => {
            let entries: Vec<String> = entries
                .iter()
                .map(|entry| match entry {
                    DictItem::Pair { key, value } => {
                        format!("{}: {}", expr(key, prec::TEST), expr(value, prec::TEST))
                    }
                    DictItem::Unpack(value) => format!("**{}", expr(value, prec::BIT_OR)),
                })
                .collect();
            format!("{{{}}}", entries.join(", "))
        }
        ExprKind::ListComp { elt, generators } => {
            format!("[{}{}]", expr(elt, prec::TEST), clauses(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("{{{}{}}}", expr(elt, prec::TEST), clauses(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("({}{})", expr(elt, prec::TEST), clauses(generators))
        }
        ExprKind::DictComp { item, generators } => format!(
            "{{{}: {}{}}}",
            expr(&item.0, prec::TEST),
            expr(&item.1, prec::TEST),
            clauses(generators)
        ),
        _ => String::new(),
    }
}

/// The `for ... in ... if ...` clauses of a comprehension.
fn clauses(generators: &[Comprehension]) -> String {
    generators
        .iter()
        .map(|g| {
            let word = if g.is_async { "async for" } else { "for" };
            let ifs: String = g
                .ifs
                .iter()
                .map(|c| format!(" if {}", expr(c, prec::OR + 1)))
                .collect();
            format!(
                " {word} {} in {}{ifs}",
                target(&g.target),
                expr(&g.iter, prec::OR + 1)
            )
        })
        .collect()
}

/// A string literal in single quotes, escaped.
fn quoted(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        out.push_str(&escape(c));
    }
    out.push('\'');
    out
}

/// One character of a literal, escaped when needed.
fn escape(c: char) -> String {
    match c {
        '\\' => "\\\\".into(),
        '\'' => "\\'".into(),
        '\n' => "\\n".into(),
        '\t' => "\\t".into(),
        '\r' => "\\r".into(),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("\\x{:02x}", c as u32),
        c => c.to_string(),
    }
}

/// A bytes literal.
fn bytes(b: &[u8]) -> String {
    let mut out = String::from("b'");
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push('\'');
    out
}

/// The body of an f-string.
fn fstring(parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|part| match part {
            FStringPart::Literal(text) => text
                .chars()
                .map(|c| match c {
                    '{' => "{{".into(),
                    '}' => "}}".into(),
                    c => escape(c),
                })
                .collect(),
            FStringPart::Field(field) => {
                let conversion = field.conversion.map_or(String::new(), |c| format!("!{c}"));
                let spec = match field.format_spec.is_empty() {
                    true => String::new(),
                    false => format!(":{}", fstring(&field.format_spec)),
                };
                format!("{{{}{conversion}{spec}}}", expr(&field.value, prec::TEST))
            }
        })
        .collect()
}

/// A `match` pattern.
fn pattern(p: &Pattern) -> String {
    let all = |ps: &[Pattern]| ps.iter().map(pattern).collect::<Vec<_>>();
    match &p.kind {
        PatternKind::Value(e) | PatternKind::Singleton(e) => expr(e, prec::TEST),
        PatternKind::Sequence(ps) => format!("[{}]", all(ps).join(", ")),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut items: Vec<String> = keys
                .iter()
                .zip(patterns)
                .map(|(k, v)| format!("{}: {}", expr(k, prec::TEST), pattern(v)))
                .collect();
            items.extend(rest.iter().map(|r| format!("**{r}")));
            format!("{{{}}}", items.join(", "))
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let mut items = all(patterns);
            items.extend(
                kwd_attrs
                    .iter()
                    .zip(kwd_patterns)
                    .map(|(k, v)| format!("{k}={}", pattern(v))),
            );
            format!("{}({})", expr(cls, prec::ATOM), items.join(", "))
        }
        PatternKind::Star(name) => format!("*{}", name.as_deref().unwrap_or("_")),
        PatternKind::As {
            pattern: None,
            name,
        } => name.clone().unwrap_or_else(|| "_".into()),
        PatternKind::As {
            pattern: Some(inner),
            name,
        } => format!("({} as {})", pattern(inner), name.as_deref().unwrap_or("_")),
        PatternKind::Or(ps) => format!("({})", all(ps).join(" | ")),
    }
}
