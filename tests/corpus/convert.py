#!/usr/bin/env python3
"""convert.py {doctest,notebook} --source URL --what TEXT [--note TEXT] [--numpy] [--setup STMT]...
              < excerpt > case.py

Turns an excerpt of a page into a corpus case, mechanically, so the case stays what the page
says. Stdlib only. See tests/corpus/README.md.

doctest: the excerpt is doctest-style text (`>>> statement` lines, then the output the page
shows).
- every `>>>` / `...` statement is kept as written (the prompts removed, nothing else);
- when the page shows output after a statement, each top-level expression statement in it
  (`x`, `a.shape, b.shape`, the `a` of `a = f(); a`) becomes `print(repr(EXPR))`, any trailing
  comment kept after it, as the interactive prompt prints each of them; unless it already is a
  `print(...)` call, or the shown output is an exception (a `Traceback` line or an
  `XxxError: ...` line);
- a statement without shown output stays bare;
- a statement marked `# doctest: +SKIP` is left out, as doctest leaves it out (the pages mark
  that way what prints memory contents, addresses or plots);
- shown output, prose and directives outside `>>>` lines are dropped.

notebook: the excerpt is the code cells of a notebook section, in order, each introduced by a
line `#> In[N]`, or `#> In[N] out` when the notebook shows an `Out[N]` value for the cell.
- every cell's code is kept as written;
- in an `out` cell, the last statement, when it is an expression statement (not a `print(...)`
  call), becomes `print(repr(EXPR))`: what Jupyter displays is the repr of that value.

With --numpy, `import numpy as np` is put first (for pages that assume it); each --setup
statement (copied from earlier on the same page, for an excerpt that starts mid-page) follows.
The header names the source and says how the case was converted.
"""
import argparse
import ast
import re
import sys

PROMPT = re.compile(r"^(\s*)>>> ?(.*)$")
SKIP = re.compile(r"#\s*doctest:\s*\+SKIP", re.IGNORECASE)
EXCEPTION_LINE = re.compile(r"^(Traceback \(most recent call last\)|[A-Za-z_.]*(Error|Exception)\b)")
CELL = re.compile(r"^#> In\[(\d*)\]( out)?\s*$")

HEADERS = {
    "doctest": "# Converted from doctest form (tests/corpus/README.md): shown output dropped; an"
               " expression whose output the page shows is wrapped in print(repr(...)).",
    "notebook": "# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's"
                " last expression whose Out[] the notebook shows is wrapped in print(repr(...)).",
}


def parse_doctest(text):
    """The (statement source, shown output lines) pairs of a doctest excerpt, in order."""
    lines = text.splitlines()
    pairs, i = [], 0
    while i < len(lines):
        match = PROMPT.match(lines[i])
        if not match:
            i += 1
            continue
        indent, body = match.group(1), [match.group(2)]
        i += 1
        continuation = re.compile(r"^" + re.escape(indent) + r"\.\.\.( (.*))?$")
        while i < len(lines) and continuation.match(lines[i]):
            body.append(continuation.match(lines[i]).group(2) or "")
            i += 1
        output = []
        while i < len(lines) and lines[i].strip() and not PROMPT.match(lines[i]):
            output.append(lines[i].strip())
            i += 1
        pairs.append(("\n".join(body), output))
    return pairs


def parse_notebook(text):
    """The (cell source, shows an Out[] value) pairs of a notebook excerpt, in order."""
    cells = []
    for line in text.splitlines():
        match = CELL.match(line)
        if match:
            cells.append([[], bool(match.group(2))])
        elif cells:
            cells[-1][0].append(line)
    return [("\n".join(lines).strip("\n"), out) for lines, out in cells]


def is_print_call(node):
    """True for `print(...)`: its output is already printed."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"


def wrap_expressions(source, exprs):
    """`source` with each of the expression nodes `exprs` (from ast.parse(source)) wrapped in
    print(repr(...)). ast offsets count UTF-8 bytes, so the splicing works on bytes."""
    text = source.encode()
    line_starts = [0]
    for line in text.split(b"\n"):
        line_starts.append(line_starts[-1] + len(line) + 1)
    for expr in sorted(exprs, key=lambda e: (e.lineno, e.col_offset), reverse=True):
        start = line_starts[expr.lineno - 1] + expr.col_offset
        end = line_starts[expr.end_lineno - 1] + expr.end_col_offset
        # A bare tuple (`a.shape, b.shape`) needs its own parentheses inside repr(...).
        left, right = (b"print(repr((", b")))") if isinstance(expr, ast.Tuple) else (b"print(repr(", b"))")
        text = text[:start] + left + text[start:end] + right + text[end:]
    return text.decode()


def shown_expressions(statements):
    """The expression statements among `statements` whose value a prompt would display."""
    return [node.value for node in statements
            if isinstance(node, ast.Expr) and not is_print_call(node.value)]


def convert_doctest_statement(source, output):
    """One `>>>` statement: its expressions wrapped when the page shows a value after it."""
    if not output or EXCEPTION_LINE.match(output[0]):
        return source
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    return wrap_expressions(source, shown_expressions(tree.body))


def convert_notebook_cell(source, shows_out):
    """One code cell: its last statement wrapped when the notebook shows an Out[] value."""
    if not shows_out:
        return source
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    return wrap_expressions(source, shown_expressions(tree.body[-1:]))


def convert(mode, text):
    """The body of the case, one statement or cell after another."""
    if mode == "doctest":
        return [convert_doctest_statement(source, output)
                for source, output in parse_doctest(text) if not SKIP.search(source)]
    return [convert_notebook_cell(source, out) for source, out in parse_notebook(text)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["doctest", "notebook"])
    parser.add_argument("--source", required=True)
    parser.add_argument("--what", required=True)
    parser.add_argument("--note", default="")
    parser.add_argument("--numpy", action="store_true")
    parser.add_argument("--setup", action="append", default=[],
                        help="a statement copied from earlier on the same page, run first")
    args = parser.parse_args()
    header = [f"# Source: {args.source}", f"# What: {args.what}", HEADERS[args.mode]]
    if args.note:
        header.append(f"# Note: {args.note}")
    if args.setup:
        header.append("# Setup: " + "; ".join(args.setup) + " (copied from earlier on the same page)")
    body = (["import numpy as np"] if args.numpy else []) + args.setup + convert(args.mode, sys.stdin.read())
    sys.stdout.write("\n".join(header + body) + "\n")


if __name__ == "__main__":
    main()
