"""The python3 side of viewfinder's differential fuzzer (tests/differential.rs).

One long-lived worker answers requests, one JSON object a line on stdin, one JSON answer a line
on stdout, so NumPy is imported once per worker instead of once per program:

- {"op": "run", "src": TEXT}: runs TEXT as `python3 script.py` would (compiled as a module,
  executed in a fresh `__main__`-like namespace, stdout captured) and answers
  {"stdout": TEXT, "error": LAST_LINE or null, "timeout": BOOL}. LAST_LINE is the last line
  Python prints for the uncaught exception (`numpy.exceptions.AxisError: axis 2 is out of
  bounds for array of dimension 1`), printed by the interpreter's own exception printer, so
  NameError's "Did you mean" is the one python3 prints.
- {"op": "simplify", "src": TEXT}: smaller variants of the program (one expression replaced by
  a part of it, an argument or keyword dropped, a literal made smaller), for the minimiser.
  Answers {"candidates": [TEXT, ...]}.
- {"op": "signature", "src": TEXT}: the program with names numbered in order of appearance and
  literals reduced to their size class, so near-identical findings group, each statement on
  one line (a compound one with its blocks in braces). Answers {"signature": TEXT}.
- {"op": "trace", "src": TEXT}: runs TEXT statement by statement and answers the memory facts
  after each step, for the report oracle (tests/report_oracle.rs; see `truth.py`):
  {"steps": [...], "timeout": BOOL}.

Global state a program could change (print options, error handling, warning filters, the
recursion limit) is put back before every program. Warnings go to a discarded stderr, as the
comparison never looks at a successful program's stderr.
"""

import ast
import builtins
import io
import json
import signal
import sys
import warnings

import array  # noqa: F401  (imported once here, so `import array` in a program is instant)
import numpy as np

import truth

# A program running longer than this is reported as timed out.
PROGRAM_SECONDS = 10
# Captured stdout beyond this many bytes is cut (a generated program never prints this much).
MAX_STDOUT = 4 << 20

SAVED_PRINT_OPTIONS = np.get_printoptions()
SAVED_ERRSTATE = np.geterr()
SAVED_WARNING_FILTERS = list(warnings.filters)


class ProgramTimeout(BaseException):
    """Raised by the alarm when a program runs past PROGRAM_SECONDS."""


def on_alarm(signum, frame):
    raise ProgramTimeout()


def reset_global_state():
    """Undoes whatever the previous program changed outside its own namespace."""
    np.set_printoptions(**SAVED_PRINT_OPTIONS)
    np.seterr(**SAVED_ERRSTATE)
    warnings.filters[:] = SAVED_WARNING_FILTERS
    warnings._filters_mutated()
    sys.setrecursionlimit(1000)


def fresh_namespace():
    """The globals `python3 script.py` starts a script with (the names matter to NameError's
    "Did you mean")."""
    return {
        "__name__": "__main__",
        "__doc__": None,
        "__package__": None,
        "__loader__": None,
        "__spec__": None,
        "__annotations__": {},
        "__builtins__": builtins,
        "__file__": "<fuzz>",
        "__cached__": None,
    }


def last_error_line(error):
    """The last non-blank line python3 prints for an uncaught `error`. The interpreter's own
    printer is used (it, not the traceback module, adds 3.11's "Did you mean")."""
    printed, real_stderr = io.StringIO(), sys.stderr
    sys.stderr = printed
    try:
        sys.__excepthook__(type(error), error, error.__traceback__)
    finally:
        sys.stderr = real_stderr
    for line in reversed(printed.getvalue().split("\n")):
        if line.strip():
            return line
    return type(error).__name__


def run_program(source):
    """Runs `source` as a script; what it printed and how it ended."""
    captured = io.BytesIO()
    stdout = io.TextIOWrapper(captured, encoding="utf-8", errors="strict", newline="\n")
    real_stdout, real_stderr = sys.stdout, sys.stderr
    reset_global_state()
    error, timed_out = None, False
    sys.stdout, sys.stderr = stdout, io.StringIO()
    signal.alarm(PROGRAM_SECONDS)
    try:
        exec(compile(source, "<fuzz>", "exec"), fresh_namespace())
    except ProgramTimeout:
        timed_out = True
    except BaseException as raised:  # noqa: B036  (SystemExit too: report, never leave)
        error = last_error_line(raised)
    finally:
        signal.alarm(0)
        sys.stdout, sys.stderr = real_stdout, real_stderr
    try:
        stdout.flush()
    except Exception:  # an unencodable character: python3 would have failed the same way
        pass
    printed = captured.getvalue()[:MAX_STDOUT].decode("utf-8", "replace")
    return {"stdout": printed, "error": error, "timeout": timed_out}


def trace_program(source):
    """Runs `source` step by step and answers the memory facts after each step (truth.py)."""
    reset_global_state()
    real_stderr = sys.stderr
    sys.stderr = io.StringIO()
    signal.alarm(PROGRAM_SECONDS)
    try:
        return truth.trace(source, fresh_namespace(), last_error_line, ProgramTimeout)
    except ProgramTimeout:
        return {"steps": [], "timeout": True}
    except SyntaxError as error:
        return {"steps": [], "timeout": False, "syntax_error": str(error)}
    finally:
        signal.alarm(0)
        sys.stderr = real_stderr


# ---------------------------------------------------------------- simplification candidates


def child_expressions(node):
    """The sub-expressions `node` could be replaced by (its operands, its object, its args)."""
    if isinstance(node, ast.BinOp):
        return [node.left, node.right]
    if isinstance(node, ast.BoolOp):
        return list(node.values)
    if isinstance(node, ast.UnaryOp):
        return [node.operand]
    if isinstance(node, ast.Compare):
        return [node.left, *node.comparators]
    if isinstance(node, ast.IfExp):
        return [node.body, node.orelse]
    if isinstance(node, (ast.Subscript, ast.Attribute)):
        return [node.value]
    if isinstance(node, ast.Call):
        return list(node.args)
    return []


def smaller_constants(node):
    """Smaller literals to try in place of a number."""
    value = node.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return []
    if isinstance(value, int):
        options = [0, 1, 2, value // 2]
        return [v for v in options if abs(v) < abs(value)]
    options = [0.0, 1.0, 0.5]
    return [v for v in options if v != value and abs(v) <= abs(value)]


def shrunk_copies(node):
    """Copies of `node` with one list element, argument, keyword or slice part dropped."""
    copies = []
    fields = {
        ast.List: ["elts"],
        ast.Tuple: ["elts"],
        ast.Call: ["args", "keywords"],
        ast.Compare: [],
    }.get(type(node), [])
    for field in fields:
        items = getattr(node, field)
        for index in range(len(items)):
            copy = ast.parse(ast.unparse(node), mode="eval").body
            del getattr(copy, field)[index]
            copies.append(copy)
    if isinstance(node, ast.Compare) and len(node.ops) > 1:
        for index in range(len(node.ops)):
            copy = ast.parse(ast.unparse(node), mode="eval").body
            del copy.ops[index]
            del copy.comparators[index]
            copies.append(copy)
    if isinstance(node, ast.Slice):
        for part in ("lower", "upper", "step"):
            if getattr(node, part) is not None:
                copy = ast.Slice(node.lower, node.upper, node.step)
                setattr(copy, part, None)
                copies.append(copy)
    return copies


def replacements(node):
    """Everything `node` may be replaced by, the biggest reductions first."""
    found = list(child_expressions(node)) + shrunk_copies(node)
    if isinstance(node, ast.Constant):
        found += [ast.Constant(v) for v in smaller_constants(node)]
    return found


def inside_loops(tree):
    """The nodes of every `for` and `while` loop, the loops included: the minimiser leaves a
    loop as it is (a changed bound, step or guard could make it run forever in viewfinder,
    which has no time limit) and only drops or unwraps it whole."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.For, ast.While, ast.AsyncFor)):
            found.update(id(inner) for inner in ast.walk(node))
    return found


def expression_slots(tree):
    """(parent, field, index) for every expression in the program outside loops, statements
    in order."""
    looped = inside_loops(tree)
    for parent in ast.walk(tree):
        if id(parent) in looped:
            continue
        for field, value in ast.iter_fields(parent):
            if isinstance(value, list):
                for index, item in enumerate(value):
                    if is_replaceable(item):
                        yield parent, field, index, item
            elif is_replaceable(value):
                yield parent, field, None, value


def is_replaceable(node):
    """An expression that is read (an assignment's or `del`'s target must stay a target)."""
    return isinstance(node, ast.expr) and not isinstance(
        getattr(node, "ctx", None), (ast.Store, ast.Del)
    )


def put(parent, field, index, node):
    if index is None:
        setattr(parent, field, node)
    else:
        getattr(parent, field)[index] = node


class Inline(ast.NodeTransformer):
    """Replaces reads of one name by an expression."""

    def __init__(self, name, value):
        self.name, self.value = name, value

    def visit_Name(self, node):
        if node.id == self.name and isinstance(node.ctx, ast.Load):
            return ast.parse(ast.unparse(self.value), mode="eval").body
        return node


def inlined(tree):
    """Programs with one `name = value` statement removed and `value` written where the
    following statements read `name` (up to its next assignment)."""
    found = []
    for index, stmt in enumerate(tree.body):
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
            continue
        target = stmt.targets[0]
        if not isinstance(target, ast.Name):
            continue
        copy = ast.parse(ast.unparse(tree))
        body = copy.body
        rest = []
        for later in body[index + 1 :]:
            if any(isinstance(n, (ast.For, ast.While, ast.AsyncFor)) for n in ast.walk(later)):
                rest.extend(body[index + 1 + len(rest) :])
                break
            assigned = {n.id for n in ast.walk(later) if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del))}
            rest.append(Inline(target.id, stmt.value).visit(later))
            if target.id in assigned:
                rest.extend(body[index + 1 + len(rest) :])
                break
        copy.body = body[:index] + rest
        found.append(ast.unparse(copy) + "\n")
    return found


def simplify(source):
    """Programs one step simpler than `source`, each different from it."""
    tree = ast.parse(source)
    original = ast.unparse(tree)
    seen, found = {original}, []
    for text in inlined(tree):
        if text.rstrip("\n") not in seen:
            seen.add(text.rstrip("\n"))
            found.append(text)
    for parent, field, index, node in list(expression_slots(tree)):
        if isinstance(parent, (ast.Import, ast.alias)):
            continue
        for replacement in replacements(node):
            put(parent, field, index, replacement)
            try:
                text = ast.unparse(tree) + "\n"
            except Exception:
                text = None
            put(parent, field, index, node)
            if text is not None and text.rstrip("\n") not in seen:
                seen.add(text.rstrip("\n"))
                found.append(text)
    return found


# ------------------------------------------------------------------------------- signatures

KEPT_NAMES = {"np", "array"} | set(dir(builtins))


def size_class(value):
    """A number's class in a signature: zero as it is, other ints `N` (`NBIG` past 64 bits),
    floats `F` (`F0` for zero)."""
    if isinstance(value, float):
        return "F0" if value == 0 else "F"
    if value == 0:
        return "0"
    return "N" if abs(value) < 2**64 else "NBIG"


class Normalise(ast.NodeTransformer):
    """Numbers names v1, v2, ... by first appearance and puts numbers into size classes."""

    def __init__(self):
        self.names = {}

    def visit_Name(self, node):
        if node.id in KEPT_NAMES:
            return node
        label = self.names.setdefault(node.id, f"v{len(self.names) + 1}")
        return ast.copy_location(ast.Name(label, node.ctx), node)

    def visit_Constant(self, node):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            return node
        return ast.copy_location(ast.Name(size_class(node.value), ast.Load()), node)


def one_line(stmt):
    """A statement on one line, a block's statements in braces after its header:
    `for v1 in v2: { v1[0] = N; break } else: { print(v2) }`."""
    text, depth = "", 0
    for line in ast.unparse(stmt).split("\n"):
        level = (len(line) - len(line.lstrip(" "))) // 4
        line = line.strip()
        if not text:
            text = line
        elif level > depth:
            text += " { " + line
        else:
            clause = line.startswith(("elif ", "else:", "except", "finally:"))
            text += " }" * (depth - level) + (" " if clause and level < depth else "; ") + line
        depth = level
    return text + " }" * depth


def signature(source):
    tree = Normalise().visit(ast.parse(source))
    body = [stmt for stmt in tree.body if not isinstance(stmt, (ast.Import, ast.ImportFrom))]
    return "; ".join(one_line(stmt) for stmt in body)


# ------------------------------------------------------------------------------------- loop


def answer(request):
    op = request.get("op")
    if op == "run":
        return run_program(request["src"])
    if op == "trace":
        return trace_program(request["src"])
    try:
        if op == "simplify":
            return {"candidates": simplify(request["src"])}
        if op == "signature":
            return {"signature": signature(request["src"])}
    except SyntaxError:
        return {"candidates": [], "signature": request["src"].strip()}
    return {"failure": f"unknown request {op!r}"}


def main():
    signal.signal(signal.SIGALRM, on_alarm)
    replies = sys.stdout
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        reply = answer(json.loads(line))
        replies.write(json.dumps(reply, ensure_ascii=True) + "\n")
        replies.flush()


if __name__ == "__main__":
    main()
