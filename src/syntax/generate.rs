//! Random valid Python programs, as syntax trees, for the round-trip property test.
//!
//! The generator draws from a seed, so a failing program is reproduced by its seed. It knows
//! the rules CPython checks after parsing (`break` only in loops, `yield` and `return` only in
//! functions, `await` only in `async def`, distinct parameter and keyword names, one `*x` per
//! target tuple), so that python3 compiles everything it makes.

use super::ast::*;

/// A small deterministic random source (xorshift).
pub(crate) struct Rng(u64);

impl Rng {
    /// A source seeded with `seed`.
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15 | 1)
    }

    /// A number below `n`.
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// True one time in `n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One of `items`.
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

/// Where generated code goes, which decides what it may contain.
#[derive(Clone, Copy, Default)]
struct Place {
    in_loop: bool,
    function: Option<bool>,
    depth: usize,
}

/// An expression node with a dummy span.
fn node(kind: ExprKind) -> Expr {
    Expr {
        kind,
        span: Span::default(),
    }
}

/// A statement node with a dummy span.
fn statement(kind: StmtKind) -> Stmt {
    Stmt {
        kind,
        span: Span::default(),
    }
}

/// A name target.
fn name_target(name: &str) -> Target {
    Target::Name {
        name: name.into(),
        span: Span::default(),
    }
}

/// The names programs use (none is a keyword or soft keyword).
const NAMES: [&str; 6] = ["a", "b", "x", "y", "np", "data"];

/// A program of a few statements, from `seed`.
pub(crate) fn program(seed: u64) -> Vec<Stmt> {
    let mut rng = Rng::new(seed);
    let count = 1 + rng.below(5);
    (0..count)
        .map(|_| stmt(&mut rng, Place::default()))
        .collect()
}

/// A block of one to three statements at `place`.
fn block(rng: &mut Rng, place: Place) -> Vec<Stmt> {
    let inner = Place {
        depth: place.depth + 1,
        ..place
    };
    (0..1 + rng.below(3)).map(|_| stmt(rng, inner)).collect()
}

/// One statement for `place`.
fn stmt(rng: &mut Rng, place: Place) -> Stmt {
    if place.depth < 3 && rng.one_in(3) {
        return compound(rng, place);
    }
    match rng.below(10) {
        0 if place.in_loop => statement(rng.pick(&[StmtKind::Break, StmtKind::Continue])),
        1 if place.function.is_some() => statement(StmtKind::Return(optional(rng, place))),
        2 => statement(StmtKind::AugAssign {
            target: simple_target(rng, place),
            op: rng.pick(&[BinOp::Add, BinOp::FloorDiv, BinOp::Pow, BinOp::BitOr]),
            value: expr(rng, place, 2),
        }),
        3 => statement(StmtKind::AnnAssign {
            target: name_target(rng.pick(&NAMES)),
            annotation: node(ExprKind::Name("int".into())),
            value: optional(rng, place),
            simple: true,
        }),
        4 => statement(StmtKind::Del(vec![simple_target(rng, place)])),
        5 => simple_keyword(rng, place),
        6 | 7 => statement(StmtKind::Assign {
            targets: (0..1 + rng.below(2)).map(|_| target(rng, place)).collect(),
            value: expr(rng, place, 3),
        }),
        _ => statement(StmtKind::Expr(expr(rng, place, 3))),
    }
}

/// `pass`, imports, `raise`, `assert`.
fn simple_keyword(rng: &mut Rng, place: Place) -> Stmt {
    statement(match rng.below(5) {
        0 => StmtKind::Pass,
        1 => StmtKind::Import {
            module: rng.pick(&["numpy", "os.path", "array"]).into(),
            alias: rng.one_in(2).then(|| "m".into()),
        },
        2 => StmtKind::FromImport {
            module: rng.pick(&["numpy", ".", "..pkg"]).into(),
            names: vec![
                ("zeros".into(), rng.one_in(2).then(|| "z".into())),
                ("ones".into(), None),
            ],
        },
        3 => StmtKind::Raise {
            exc: Some(expr(rng, place, 1)),
            cause: rng.one_in(2).then(|| expr(rng, place, 1)),
        },
        _ => StmtKind::Assert {
            test: expr(rng, place, 2),
            msg: rng.one_in(2).then(|| node(ExprKind::Str("why".into()))),
        },
    })
}

/// An expression, or none.
fn optional(rng: &mut Rng, place: Place) -> Option<Expr> {
    rng.one_in(2).then(|| expr(rng, place, 2))
}

/// A compound statement.
fn compound(rng: &mut Rng, place: Place) -> Stmt {
    let looping = Place {
        in_loop: true,
        ..place
    };
    statement(match rng.below(8) {
        0 => StmtKind::If {
            test: condition(rng, place),
            body: block(rng, place),
            orelse: if rng.one_in(2) {
                block(rng, place)
            } else {
                Vec::new()
            },
        },
        1 => StmtKind::While {
            test: condition(rng, place),
            body: block(rng, looping),
            orelse: if rng.one_in(3) {
                block(rng, place)
            } else {
                Vec::new()
            },
        },
        2 => StmtKind::For {
            target: loop_target(rng),
            iter: expr(rng, place, 2),
            body: block(rng, looping),
            orelse: Vec::new(),
            is_async: place.function == Some(true) && rng.one_in(3),
        },
        3 => StmtKind::FunctionDef(Box::new(function(rng, place))),
        4 => StmtKind::ClassDef(Box::new(ClassDef {
            name: "C".into(),
            arguments: arguments(rng, place),
            body: block(
                rng,
                Place {
                    depth: place.depth,
                    ..Place::default()
                },
            ),
            decorators: Vec::new(),
        })),
        5 => StmtKind::Try(Box::new(try_stmt(rng, place))),
        6 => StmtKind::With {
            items: vec![WithItem {
                context: expr(rng, place, 1),
                target: rng.one_in(2).then(|| loop_target(rng)),
                span: Span::default(),
            }],
            body: block(rng, place),
            is_async: place.function == Some(true) && rng.one_in(2),
        },
        _ => match_stmt(rng, place),
    })
}

/// The condition of an `if` or `while`, sometimes with `:=`.
fn condition(rng: &mut Rng, place: Place) -> Expr {
    match rng.one_in(4) {
        true => node(ExprKind::NamedExpr {
            target: Box::new(node(ExprKind::Name("n".into()))),
            value: Box::new(expr(rng, place, 1)),
        }),
        false => expr(rng, place, 2),
    }
}

/// A `def` (sometimes `async`) with parameters of every kind and distinct names.
fn function(rng: &mut Rng, place: Place) -> FunctionDef {
    let is_async = rng.one_in(3);
    let inside = Place {
        in_loop: false,
        function: Some(is_async),
        depth: place.depth,
    };
    FunctionDef {
        name: "f".into(),
        params: parameters(rng, place, true),
        body: block(rng, inside),
        decorators: (0..rng.below(2))
            .map(|_| node(ExprKind::Name("cache".into())))
            .collect(),
        returns: rng.one_in(3).then(|| node(ExprKind::Name("int".into()))),
        is_async,
    }
}

/// Parameters: some positional-only, some with defaults, `*args`, keyword-only, `**kw`.
fn parameters(rng: &mut Rng, place: Place, annotated: bool) -> Parameters {
    let mut names = ["p", "q", "r", "s", "t", "u"].into_iter();
    let mut param = |rng: &mut Rng, default: bool| Param {
        name: names.next().unwrap_or("z").into(),
        annotation: (annotated && rng.one_in(3)).then(|| node(ExprKind::Name("int".into()))),
        default: default.then(|| expr(rng, place, 0)),
        span: Span::default(),
    };
    let posonly = (0..rng.below(2)).map(|_| param(rng, false)).collect();
    let args = (0..rng.below(3))
        .map(|n| {
            let default = n > 0 && rng.one_in(2);
            param(rng, default)
        })
        .collect();
    let vararg = rng.one_in(3).then(|| param(rng, false));
    let kwonly = (0..rng.below(2))
        .map(|_| {
            let default = rng.one_in(2);
            param(rng, default)
        })
        .collect();
    let kwarg = rng.one_in(3).then(|| param(rng, false));
    normalize_defaults(Parameters {
        posonly,
        args,
        vararg,
        kwonly,
        kwarg,
    })
}

/// Once a positional parameter has a default, the ones after it need one too.
fn normalize_defaults(mut params: Parameters) -> Parameters {
    let mut seen = false;
    for p in params.posonly.iter_mut().chain(params.args.iter_mut()) {
        seen |= p.default.is_some();
        if seen && p.default.is_none() {
            p.default = Some(node(ExprKind::Int(0)));
        }
    }
    params
}

/// A `try` with handlers (a bare one last), `else` and `finally`.
fn try_stmt(rng: &mut Rng, place: Place) -> Try {
    let handler = |rng: &mut Rng, bare: bool| ExceptHandler {
        exception: (!bare).then(|| node(ExprKind::Name("ValueError".into()))),
        name: (!bare && rng.one_in(2)).then(|| "e".into()),
        body: block(rng, place),
        span: Span::default(),
    };
    let mut handlers: Vec<ExceptHandler> = (0..rng.below(2)).map(|_| handler(rng, false)).collect();
    if rng.one_in(2) {
        handlers.push(handler(rng, true));
    }
    let orelse = match handlers.is_empty() || rng.one_in(2) {
        true => Vec::new(),
        false => block(rng, place),
    };
    let finalbody = match handlers.is_empty() || rng.one_in(2) {
        true => block(rng, place),
        false => Vec::new(),
    };
    Try {
        body: block(rng, place),
        handlers,
        orelse,
        finalbody,
        is_star: false,
    }
}

/// A `match` with literal cases and a wildcard last.
fn match_stmt(rng: &mut Rng, place: Place) -> StmtKind {
    let case = |rng: &mut Rng, kind: PatternKind| MatchCase {
        pattern: Pattern {
            kind,
            span: Span::default(),
        },
        guard: rng.one_in(3).then(|| expr(rng, place, 1)),
        body: block(rng, place),
        span: Span::default(),
    };
    let mut cases = vec![case(rng, PatternKind::Value(node(ExprKind::Int(1))))];
    cases.push(case(
        rng,
        PatternKind::As {
            pattern: None,
            name: None,
        },
    ));
    StmtKind::Match {
        subject: expr(rng, place, 1),
        cases,
    }
}

/// A target for `=`: a name, attribute, subscript, or a tuple of them with one `*x`.
fn target(rng: &mut Rng, place: Place) -> Target {
    match rng.below(4) {
        0 => Target::Tuple {
            items: vec![
                name_target("a"),
                Target::Starred {
                    target: Box::new(name_target("b")),
                    span: Span::default(),
                },
            ],
            span: Span::default(),
        },
        1 => loop_target(rng),
        _ => simple_target(rng, place),
    }
}

/// A name, attribute or subscript target.
fn simple_target(rng: &mut Rng, place: Place) -> Target {
    let object = Box::new(node(ExprKind::Name(rng.pick(&NAMES).into())));
    match rng.below(3) {
        0 => Target::Attribute {
            object,
            attr: "flags".into(),
            span: Span::default(),
        },
        1 => Target::Subscript {
            object,
            index: Box::new(index(rng, place)),
            span: Span::default(),
        },
        _ => name_target(rng.pick(&NAMES)),
    }
}

/// A name or a tuple of names (loop and comprehension targets).
fn loop_target(rng: &mut Rng) -> Target {
    match rng.one_in(2) {
        true => name_target("i"),
        false => Target::Tuple {
            items: vec![name_target("i"), name_target("j")],
            span: Span::default(),
        },
    }
}

/// A subscript's index: an expression, a slice, or a tuple of slices.
fn index(rng: &mut Rng, place: Place) -> Expr {
    let slice = |rng: &mut Rng| {
        let part = |rng: &mut Rng| rng.one_in(2).then(|| Box::new(expr(rng, place, 0)));
        node(ExprKind::Slice {
            lower: part(rng),
            upper: part(rng),
            step: part(rng),
        })
    };
    match rng.below(3) {
        0 => slice(rng),
        1 => node(ExprKind::Tuple(vec![slice(rng), expr(rng, place, 0)])),
        _ => expr(rng, place, 1),
    }
}

/// An expression at most `depth` deep.
fn expr(rng: &mut Rng, place: Place, depth: usize) -> Expr {
    if depth == 0 || rng.one_in(4) {
        return leaf(rng);
    }
    let sub = |rng: &mut Rng| Box::new(expr(rng, place, depth - 1));
    node(match rng.below(14) {
        0 => ExprKind::Binary {
            op: rng.pick(&[
                BinOp::Add,
                BinOp::Sub,
                BinOp::Mul,
                BinOp::Pow,
                BinOp::MatMul,
                BinOp::BitAnd,
                BinOp::LShift,
            ]),
            left: sub(rng),
            right: sub(rng),
        },
        1 => ExprKind::Unary {
            op: rng.pick(&[UnaryOp::Neg, UnaryOp::Not, UnaryOp::Invert]),
            operand: sub(rng),
        },
        2 => ExprKind::Compare {
            left: sub(rng),
            rest: vec![(
                rng.pick(&[CmpOp::Lt, CmpOp::IsNot, CmpOp::NotIn]),
                *sub(rng),
            )],
        },
        3 => ExprKind::BoolOp {
            op: rng.pick(&[BoolOpKind::And, BoolOpKind::Or]),
            values: vec![*sub(rng), *sub(rng)],
        },
        4 => ExprKind::IfElse {
            test: sub(rng),
            body: sub(rng),
            orelse: sub(rng),
        },
        5 => ExprKind::Attribute {
            object: Box::new(node(ExprKind::Name("np".into()))),
            attr: "zeros".into(),
        },
        6 => ExprKind::Call {
            func: Box::new(node(ExprKind::Name("f".into()))),
            args: arguments(rng, place),
        },
        7 => ExprKind::Subscript {
            object: Box::new(node(ExprKind::Name("a".into()))),
            index: Box::new(index(rng, place)),
        },
        8 => ExprKind::List(vec![*sub(rng), starred(rng)]),
        9 => ExprKind::Tuple(vec![*sub(rng)]),
        10 => ExprKind::Dict(vec![
            DictItem::Pair {
                key: *sub(rng),
                value: *sub(rng),
            },
            DictItem::Unpack(node(ExprKind::Name("d".into()))),
        ]),
        11 => comprehension(rng, place, depth),
        12 => {
            let body = Place {
                function: None,
                ..place
            };
            ExprKind::Lambda {
                params: Box::new(parameters(rng, place, false)),
                body: Box::new(expr(rng, body, depth - 1)),
            }
        }
        _ => function_only(rng, place, depth),
    })
}

/// `yield` in a `def`, `await` in an `async def`, else a set display.
fn function_only(rng: &mut Rng, place: Place, depth: usize) -> ExprKind {
    let value = Box::new(expr(rng, place, depth - 1));
    match place.function {
        Some(false) if rng.one_in(2) => ExprKind::Yield(Some(value)),
        Some(false) => ExprKind::YieldFrom(value),
        Some(true) => ExprKind::Await(value),
        None => ExprKind::Set(vec![*value, starred(rng)]),
    }
}

/// `*name`.
fn starred(rng: &mut Rng) -> Expr {
    node(ExprKind::Starred(Box::new(node(ExprKind::Name(
        rng.pick(&NAMES).into(),
    )))))
}

/// A list, set, dict or generator comprehension with one or two clauses.
fn comprehension(rng: &mut Rng, place: Place, depth: usize) -> ExprKind {
    let inner = Place {
        function: None,
        ..place
    };
    let elt = Box::new(expr(rng, inner, depth - 1));
    let clause = |rng: &mut Rng| Comprehension {
        target: loop_target(rng),
        iter: expr(rng, inner, 1),
        ifs: (0..rng.below(2)).map(|_| expr(rng, inner, 1)).collect(),
        is_async: false,
        span: Span::default(),
    };
    let generators = (0..1 + rng.below(2)).map(|_| clause(rng)).collect();
    match rng.below(4) {
        0 => ExprKind::ListComp { elt, generators },
        1 => ExprKind::SetComp { elt, generators },
        2 => ExprKind::GeneratorExp { elt, generators },
        _ => ExprKind::DictComp {
            item: Box::new((*elt, node(ExprKind::Int(1)))),
            generators,
        },
    }
}

/// Call arguments in Python's order, with distinct keywords.
fn arguments(rng: &mut Rng, place: Place) -> Vec<Arg> {
    let mut args: Vec<Arg> = (0..rng.below(3))
        .map(|_| Arg::Positional(expr(rng, place, 1)))
        .collect();
    if rng.one_in(3) {
        args.push(Arg::Positional(starred(rng)));
    }
    for name in ["dtype", "axis"].into_iter().take(rng.below(3)) {
        args.push(Arg::Keyword {
            name: name.into(),
            value: expr(rng, place, 1),
            span: Span::default(),
        });
    }
    if rng.one_in(3) {
        args.push(Arg::DoubleStarred {
            value: node(ExprKind::Name("kw".into())),
            span: Span::default(),
        });
    }
    args
}

/// A literal or a name.
fn leaf(rng: &mut Rng) -> Expr {
    node(match rng.below(12) {
        0 => ExprKind::Int(rng.below(1000) as i64),
        1 => ExprKind::Float(rng.pick(&[0.5, 1.5, 2.25, 1e-5, 3.0, 1e300])),
        2 => ExprKind::Str(
            rng.pick(&["", "a", "it's", "tab\t", "é", "{x}", "back\\slash"])
                .into(),
        ),
        3 => ExprKind::Bytes(rng.pick(&[b"".to_vec(), b"ab\x00\xff".to_vec()])),
        4 => ExprKind::Bool(rng.one_in(2)),
        5 => ExprKind::None,
        6 => ExprKind::Ellipsis,
        7 => ExprKind::BigInt("123456789012345678901234567890".into()),
        8 => ExprKind::Imaginary(2.5),
        9 => fstring(rng),
        _ => ExprKind::Name(rng.pick(&NAMES).into()),
    })
}

/// An f-string with text and a field or two.
fn fstring(rng: &mut Rng) -> ExprKind {
    let field = |rng: &mut Rng| {
        FStringPart::Field(FormattedValue {
            value: Box::new(node(ExprKind::Name(rng.pick(&NAMES).into()))),
            conversion: rng.pick(&[None, Some('r'), Some('s')]),
            format_spec: match rng.one_in(3) {
                true => vec![FStringPart::Literal(">10".into())],
                false => Vec::new(),
            },
            debug_text: None,
            span: Span::default(),
        })
    };
    let mut parts = vec![FStringPart::Literal("v={".into()), field(rng)];
    if rng.one_in(2) {
        parts.push(FStringPart::Literal("} ".into()));
        parts.push(field(rng));
    }
    ExprKind::FString(parts)
}
