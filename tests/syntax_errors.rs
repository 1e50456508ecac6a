//! Syntax errors as CPython 3.11 reports them: for each snippet below, python3 (run now, once
//! for all of them) compiles it, and viewfinder's parser must agree: the same exception kind
//! and message, line and column, and the same end column when CPython gives a range. Valid
//! snippets must parse too. No expected value is typed here by hand: python3 is the truth.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::util::python_program;

/// Compiles each source of a JSON list read from stdin and prints, as JSON, `null` for those
/// that compile and `[kind, msg, lineno, offset, end_lineno, end_offset]` for the others.
const COMPILE_ALL: &str = r#"
import json, sys, warnings
warnings.simplefilter("ignore")
out = []
for source in json.load(sys.stdin):
    try:
        compile(source, "<case>", "exec")
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
print(json.dumps(out))
"#;

/// The snippets: common mistakes of teaching code, the messages CPython's parser, tokenizer,
/// symbol table and compiler raise, and some valid code near them.
const CASES: &[&str] = &[
    // Generic "invalid syntax" at CPython's token.
    "a b",
    "x = 1 +",
    "x = 1 +\n",
    "x = 1 +  # c",
    "x = 1 +  # c\ny = 2\n",
    "if x:  # c\n",
    "if x  # c\n    pass\n",
    "x = (1 +)",
    "x = $",
    "x = 1 $ 2",
    "a ? b",
    "x ===  1",
    "x = 1 ++",
    "a = b c d",
    "if x:\n    a = 1\nb c",
    "for x in range(3):\n    print(x)\nprint(x) x",
    "else:\n    pass",
    "elif x:\n    pass",
    "import",
    "from x import",
    "import a.b as",
    "x: int = 1 = 2",
    "x += 1 = 2",
    "lambda: yield",
    "x = {1, 2: 3}",
    "if x:\n    a\n    else:",
    "if x:\n    pass\nelif",
    "def f(x):\n    return x +\n",
    "print(1)\na = (1 +\n",
    // Commas, colons, else.
    "[a b]",
    "f(a b)",
    "(x y)",
    "{x y}",
    "[xx yy]",
    "[1 2]",
    "[x.y z]",
    "f(c, d e)",
    "y = [c, d e]",
    "[c d]",
    "y = [c d]",
    "if x\n    pass",
    "while x\n    pass",
    "for x in y\n    pass",
    "def f()\n    pass",
    "class A\n    pass",
    "def f:\n    pass",
    "for x in y:\n    pass\nelse",
    "try x:\n    pass",
    "x = 1 if y",
    "x = a if b else",
    // Assignments.
    "f() = 1",
    "1 = a",
    "1 = not a",
    "a, f() = notx",
    "a, f() = x",
    "x = a < b = 1",
    "a = 1 = 2",
    "True = 1",
    "None = 1",
    "f(True=1)",
    "f(a.b=1)",
    "x = yield = 1",
    "(a, b) += 1",
    "f() += 1",
    "a, b += 1",
    "[a]: int = 1",
    "(a, b): int = 1",
    "a, b: int",
    "f(): int",
    "del f()",
    "del (a + b)",
    "del *a",
    "del 1",
    "for 1 in x: pass",
    "for f() in x: pass",
    "with open(x) as f, open(y) as 3:\n    pass",
    "[x for 1 in y]",
    "if x = 1:\n    pass",
    "while x = 1:\n    pass",
    "print(x = 1 == 2)",
    "x = print -1\ny = 1 +",
    "print 'hello'",
    "print \"x\"",
    "exec \"x\"",
    "(a := 1) := 2",
    "x = (1 := 2)",
    "f(x for x in y, 1)",
    "print(i for i in x, 1)",
    "print(1, i for i in x)",
    "f(a=1, b)",
    "f(**a, b)",
    "f(**a, *b)",
    "f(x=1, x=2)",
    "f(a=1, a=2)",
    "x = *a",
    "*a = 1",
    "a, *b, *c = x",
    "x = {1: 2, 3}",
    "x = {**a, 1}",
    "x = {1: *a}",
    "x = {1:}",
    "x = [*a for a in b]",
    "x = [a, b for a in c]",
    "(*a)",
    "(**a)",
    "from m import a,",
    "try:\n    x\nexcept ValueError, TypeError:\n    pass",
    // Parameters.
    "def f(a=1, b): pass",
    "def f(x, x): pass",
    "lambda x, x: 0",
    "def f(*, **k): pass",
    "def f(*): pass",
    "def f(**k, a): pass",
    "def f(a, /, b, /): pass",
    "def f(/, a): pass",
    "def f(*a, *b): pass",
    "def f(a=1, /, b): pass",
    "def f(*a=1): pass",
    "def f(**k=1): pass",
    "def f(a, *, b=1, c): pass",
    "def f(a, /, b=2, *args, c, d=4, **kw) -> int: pass",
    // Blocks and indentation.
    "if x:\npass",
    "if x:\n",
    "if x:",
    "if x:\n\n",
    "if x:\n# c",
    "for x in y:\n",
    "for x in y:\npass",
    "def f():\n",
    "def f(x):\nreturn 1",
    "class A:\n",
    "class A(B):\nx",
    "while 1:\nx",
    "try:\n",
    "try:\n  x\n",
    "try:\n  x\ny = 1",
    "try:\n  a\nexcept:\nb",
    "try:\n  a\nfinally:\n",
    "with a:\n",
    "with a as b, c:\nx",
    "async def f():\nx",
    "if x:\n  pass\nelif y:\nz",
    "if x:\n  pass\nelse:\n",
    "match x:\n",
    "match x:\n  case 1:\n",
    "  x = 1",
    "    x = 1",
    "\tx",
    "x = 1\n  y = 2\n",
    "if x:\n  a\n    b",
    "if x:\n    a\n  b",
    "if x:\n  a\n else:\n  b",
    "if x:\n    pass\n  else:\n    pass",
    "def f():\n    pass\n x = 1",
    "if x:\n\ta\n        b",
    "if True:\n        x = 1\n\ty = 2",
    "if True:\n\tx = 1\n        y = 2",
    "x = 1\n\x0c  y = 2\n",
    // The tokenizer.
    "x = (1,",
    "x = (1,\n",
    "(",
    "x = [1, 2, 3\ny = 4",
    "foo(1, 2\nbar()",
    "a b\nx = (",
    "x = [1, 2)",
    "x = (1,\n 2]",
    "x = 1)",
    "x = 'abc",
    "'abc",
    "a b\nx = 'abc",
    "f() = 1\nx = 'abc",
    "x = 'abc\n  y",
    "x = '''abc\n",
    "\"\"\"abc",
    "x = \"\"\"abc\n\ny",
    "x = \\",
    "a = 1 \\ b",
    "a = 1 + \\",
    "x = 1e",
    "x = 1e+",
    "x = 0b2",
    "x = 0o8",
    "x = 0x",
    "x = 0xg",
    "x = 1_",
    "x = 1__0",
    "0777",
    "x = 0_7",
    "1abc",
    "x = 1.e5j",
    "x = 5.j",
    "x = 1if 1 else 2",
    "x = 1or 2",
    "x = 0xfor",
    "x = 1_000.000_1e1_0j",
    "x = 0x_ff",
    "x = 00",
    "x = 10000000000000000000000000000",
    "x = 1 € 2",
    "x€y = 2",
    "x = 1\u{a0}+ 2",
    "x = ur'a'",
    "x = 'a' b'b'",
    "x = f'a' b'b'",
    "b'é'",
    "x = b'\\x4'",
    "x = '\\x4'",
    "x = 'é\\x4'",
    "x = '\\U00110000'",
    "x = '\\777'",
    "x = b'\\777'",
    // f-strings.
    "x = f'{a!x}'",
    "x = f'{a!r'",
    "x = f'{a'",
    "f'{a'",
    "f'{'",
    "f'}'",
    "x = f'{}'",
    "x = f'{ }'",
    "x = f'{!r}'",
    "x = f'{=}'",
    "x = f'{a:{b:{c}}}'",
    "x = f'{'a'}'",
    "x = f'{a b}'",
    "x = 1\ny = f'{a b}'",
    "x = f'{a\\n}'",
    "x = f'{#}'",
    "x = f'{a:}}'",
    "x = f'{lambda x: 1}'",
    "y = f'{a +}'",
    "y = f'{*a}'",
    "y = f'{yield}'",
    "x = f'{a!}'",
    "x = f'{a!r }'",
    "x = f'{a! r}'",
    "x = f'{)}'",
    "x = f'{a)}'",
    "x = f'{a]'",
    "x = f'a}b'",
    "x = f'{a:{b}}' f'{c!r:>{w}}' f'{d=}' f'{e = !s:^9}' f'{{}}' f'{x:=1}' f'{(x:=1)}'",
    "x = f'''{\na\n}'''",
    // The symbol table and the compiler.
    "break",
    "x = 1\nbreak",
    "continue",
    "for x in y:\n    pass\nelse:\n    break",
    "while x:\n    def f():\n        break",
    "return 1",
    "return",
    "class A:\n  return 1",
    "def f():\n  class A:\n    return 1",
    "yield 1",
    "x = (yield)",
    "class A:\n    yield",
    "await x",
    "def f():\n    await x",
    "async def f():\n    yield from x",
    "def f():\n    x = [(yield) for y in z]",
    "lambda: (yield)",
    "nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n  nonlocal x",
    "def f():\n    x = 1\n    def g():\n        nonlocal y",
    "def f():\n    x = 1\n    def g():\n        nonlocal x",
    "def f():\n  x = 1\n  global x",
    "def f():\n  print(x)\n  global x",
    "def f(x):\n    global x",
    "global x\nx = 1\nglobal x",
    "x: int\nglobal x",
    "__debug__ = 1",
    "x.__debug__ = 1",
    "def f(__debug__): pass",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
    "x = [i for i in range(3) if i if i]",
    "print(i for i in x)",
    "a[1:2, ::3, ...] = 1",
    "del (a, b), [c]",
    "a.b: int",
    "[a, *b] = c",
    "a.b += 1",
    "print(*a)",
    "match = 3\nmatch(x)\nmatch[1] = 2",
    "match x:\n    case [1, *rest] | [2, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0) | Color.RED | -1 | 1+2j | 'a' | None:\n        pass\n    case _:\n        pass",
    // More teaching-code mistakes.
    "else if x:\n    pass",
    "if x:\n    pass\nelse if y:\n    pass",
    "def f(a b): pass",
    "def f(a, b:\n    pass",
    "import numpy as",
    "from numpy import",
    "from numpy import (a, b",
    "import numpy as np\na = np.array([1, 2, 3]\nprint(a)",
    "a = [1, 2, 3]]",
    "print(a[0)",
    "print(\"hello)",
    "print('it's')",
    "x = 'a' + 'b\nprint(x)",
    "a[1:2:3:4]",
    "a[]",
    "f(,)",
    "f(a,,b)",
    "x = (1,,2)",
    "x = [,]",
    "x = 5 x 3",
    "x = 3 +* 2",
    "x == 1 = 2",
    "def f():\nreturn",
    "class A: pass\nclass B(A) pass",
    "for i in range(10)\n    print(i)",
    "while True print(1)",
    "if x == 1\n    print(x)",
    "x = [i for i in range(10) if i % 2 == 0 else 0]",
    "x = [i if i else for i in y]",
    "lambda x: return x",
    "def f(x):\n    return x\n  print(1)",
    "x = 1\nif x:\nprint(x)",
    "try:\n    x = 1\nprint(x)",
    "with open('f') as f\n    pass",
    "@\ndef f(): pass",
    "@dec\nx = 1",
    "async x = 1",
    "def f(a, *, b): pass\nf(1, 2, b=3) = 4",
    "x = 1 if y else z = 2",
    "a.b.c = ",
    "x = (yield from)",
    "x = not",
    "x = a and",
    "x = a or or b",
    "x = a not b",
    "x = a is not",
    "x = -",
    "x = ~",
    "x = 2 **",
    "x = a[1",
    "x = a[1]]",
    "x = {'a': 1, 'b' 2}",
    "x = {'a' 1}",
    "x = f'{a['b']}'",
    "x = f\"{a['b']}\"",
    "x = f'{a!s:{w}.{p}f}'",
    "x = f'{a:{w}}' f'{'",
    "match x:\ncase 1:\n    pass",
    "match x:\n    case 1\n        pass",
    "match x:\n    case 1 as _:\n        pass",
    "match x:\n    case 1 as 2:\n        pass",
    "match x:\n    case Point(x=1, 2):\n        pass",
    "match x:\n    case {**rest, 'a': 1}:\n        pass",
    "match (x):\n    case 1:\n        pass",
    "match x, y:\n    case 1, 2:\n        pass",
    "match x\nfoo bar",
    "global x, ",
    "nonlocal",
    "del",
    "assert",
    "raise from x",
    "return *a",
    "def f():\n    return *a, b",
    "x = *a, *b",
    "print(*a, *b, **c, **d)",
    "f(a for a in b)(c for c in d)",
    "class A(x for x in y): pass",
    "x = [1, 2, 3][1:2, ::-1]",
    "x = a if b else c if d else e",
    "x = 1; ; y = 2",
    "x = 1;;",
    ";",
    "x = 0b",
    "x = 0o",
    "x = 1.2.3",
    "x = 1e5e5",
    "x = .e5",
    "x = 1__000",
    "x = 1_000_",
    "x = 0x_",
    "x = 0b_1",
    "x = 1j2",
    "def f(a=1, *args, b, c=2, **kw): pass",
    "def f(a, b=1, /, c=2): pass",
    "def f(a, b=1, /, c): pass",
    "lambda *, a: a",
    "lambda *: 0",
    "lambda a=1, b: 0",
    "lambda **k, a: 0",
    "def f(a, (b, c)): pass",
    "def f(a,, b): pass",
    "def f(a=): pass",
    "for x, in y: pass",
    "for *x, y in z: pass",
    "for x in *a, *b: pass",
    "with (a as b, c as d): pass",
    "with (a, b) as c: pass",
    "with (yield): pass",
    "x = [a := 1, b := 2]",
    "x = {a := 1}",
    "x[a := 1] = 2",
    "f(a := 1)",
    "f(a=b := 1)",
    "def f():\n    x = yield\n    y = yield from z\n    return x",
    "async def f():\n    async for x in y:\n        await x\n    async with a as b:\n        pass\n    return [x async for x in y]",
    "async def f():\n    yield x\n    return 1",
];

/// python3's verdict on every case.
fn python_verdicts() -> Vec<serde_json::Value> {
    let mut child = Command::new(python_program())
        .args(["-c", COMPILE_ALL])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let input = serde_json::to_string(CASES).expect("cases as JSON");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write the cases");
    let output = child.wait_with_output().expect("python3 finishes");
    assert!(output.status.success(), "python3 failed");
    serde_json::from_slice(&output.stdout).expect("python3's verdicts as JSON")
}

/// What viewfinder's parser says about `source`, in CPython's terms: `None` when it parses,
/// else `(kind, message, line, offset, end line, end offset)` with 1-based character offsets.
fn viewfinder_verdict(source: &str) -> Option<(String, String, usize, usize, usize, usize)> {
    let error = viewfinder::syntax::parse_program(source).err()?;
    let (line, offset) = position(source, error.span.start);
    let (end_line, end_offset) = position(source, error.span.end);
    Some((
        error.kind.to_string(),
        error.message,
        line,
        offset,
        end_line,
        end_offset,
    ))
}

/// The 1-based line and character offset of byte `at`, as CPython counts them.
fn position(source: &str, at: usize) -> (usize, usize) {
    let at = at.min(source.len());
    let before = &source[..at];
    let line = 1 + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (line, 1 + source[line_start..at].chars().count())
}

/// Why viewfinder's verdict differs from python3's, if it does.
fn difference(source: &str, python: &serde_json::Value) -> Option<String> {
    let mine = viewfinder_verdict(source);
    let Some(expected) = python.as_array() else {
        return mine.map(|m| format!("python3 compiles it; viewfinder says {m:?}"));
    };
    let Some((kind, message, line, offset, end_line, end_offset)) = mine else {
        return Some(format!("viewfinder parses it; python3 says {expected:?}"));
    };
    let number = |n: usize| expected[n].as_i64().unwrap_or(-1);
    let same = expected[0] == kind.as_str()
        && expected[1] == message.as_str()
        && number(2) == line as i64
        && number(3) == offset as i64;
    let ranged = (number(4) == number(2) && number(5) > number(3))
        || (number(4) > number(2) && number(5) > 0);
    let same_end = match ranged {
        true => end_line as i64 == number(4) && end_offset as i64 == number(5),
        false => (end_line, end_offset) == (line, offset),
    };
    if same && same_end {
        return None;
    }
    Some(format!(
        "python3 {expected:?}\n      viewfinder [{kind:?}, {message:?}, {line}, {offset}, {end_line}, {end_offset}]"
    ))
}

#[test]
fn syntax_errors_are_cpythons() {
    let verdicts = python_verdicts();
    assert_eq!(verdicts.len(), CASES.len());
    let differences: Vec<String> = CASES
        .iter()
        .zip(&verdicts)
        .filter_map(|(source, python)| {
            difference(source, python).map(|d| format!("  {source:?}\n      {d}"))
        })
        .collect();
    assert!(
        differences.is_empty(),
        "{} of {} cases differ from python3:\n{}",
        differences.len(),
        CASES.len(),
        differences.join("\n")
    );
}
