"""The memory facts of a program, step by step, as NumPy holds them: the truth behind the
report oracle (tests/report_oracle.rs).

`trace(source, namespace, error_line, passthrough)` runs each top-level statement of `source`
in `namespace`, as `python3 script.py` would run them one after another, and after each one
records, for every name bound to an ndarray, a bytearray, a bytes object or an array.array:

- where its elements are: the address of element 0 (`__array_interface__['data'][0]`, or the
  buffer's address), shape, strides, item size, dtype, flags, `.base`;
- the object that owns its memory (`.base` followed to the end; a memoryview stands for the
  object it looks into), and whether that owner already owned memory some name reached
  before the step (a new array is a view of existing memory exactly then);
- which names held the same object before the step (`b = a` is another name, not an array).

It also records what the step wrote: for each assignment target `t[i]` or `t[i:j]` (or `t`
of `t += x`, `t.fill(x)`, `t.sort()`; a slice assignment that resizes a bytearray or an
array.array writes nothing in place) the addresses of the elements it covers, computed before the
statement runs by indexing an array of `t`'s element addresses with the same index, so a
write of equal values and a fancy index naming one element twice are counted right; and,
as a second source, every byte of memory a name reached before the step whose value changed.
A target that is a temporary (`a[[0, 1]][0] = 5` writes into a copy) is kept alive through
the step, so no array the step makes can reuse its addresses.

Objects of the step before are held while it runs (their ids stay unique and their memory
readable), and released after it, so no object lives longer than the program keeps it.
"""

import array
import ast
import ctypes
import io
import sys
import types

import numpy as np

# The types of the names whose memory the report describes.
MODELLED = (np.ndarray, bytearray, bytes, array.array)


def type_name(value):
    """The type as viewfinder's trace spells it (`numpy.ndarray`, `array.array`, `list`)."""
    kind = type(value)
    if kind is np.ndarray:
        return "numpy.ndarray"
    if kind is array.array:
        return "array.array"
    if kind.__module__ == "numpy":
        return f"numpy.{kind.__name__}"
    return kind.__name__


def owner_of(value):
    """The object whose memory `value` uses: `.base` to the end, through memoryviews."""
    while True:
        if isinstance(value, np.ndarray) and value.base is not None:
            value = value.base
        elif isinstance(value, memoryview):
            value = value.obj
        else:
            return value


def buffer_address(value):
    """Address of the first byte of a bytearray, bytes or array.array (0 when empty)."""
    if isinstance(value, array.array):
        return value.buffer_info()[0] if len(value) else 0
    if len(value) == 0:
        return 0
    view = np.frombuffer(value, dtype=np.uint8)
    address = view.__array_interface__["data"][0]
    del view
    return address


def item_size(value):
    """Bytes per element of an array or buffer object."""
    if isinstance(value, (np.ndarray, array.array)):
        return value.itemsize
    return 1


def data_address(value):
    """Address of element 0 of an array or buffer object."""
    if isinstance(value, np.ndarray):
        return value.__array_interface__["data"][0]
    return buffer_address(value)


def byte_range(value):
    """`(low, high)`: the bytes an array's or buffer object's elements cover (None if none)."""
    if isinstance(value, np.ndarray):
        if value.size == 0:
            return None
        low = high = data_address(value)
        for length, stride in zip(value.shape, value.strides):
            reach = (length - 1) * stride
            low, high = (low + reach, high) if reach < 0 else (low, high + reach)
        return low, high + value.itemsize
    size = len(value) * item_size(value)
    return (buffer_address(value), buffer_address(value) + size) if size else None


def memory_facts(value, before):
    """What the report needs to know about one array or buffer object's memory."""
    owner = owner_of(value)
    facts = {
        "owner": id(owner),
        "owner_existed": id(owner) in before.owners or id(owner) in before.holders,
        "owner_address": data_address(owner) if isinstance(owner, MODELLED) else 0,
        "owner_itemsize": item_size(owner) if isinstance(owner, MODELLED) else 1,
        "address": data_address(value),
        "itemsize": item_size(value),
    }
    if isinstance(value, np.ndarray):
        facts.update(
            shape=list(value.shape),
            strides=list(value.strides),
            dtype=str(value.dtype),
            writeable=bool(value.flags.writeable),
            owndata=bool(value.flags.owndata),
            base=None if value.base is None else id(value.base),
            base_type=None if value.base is None else type_name(value.base),
        )
    else:
        facts.update(shape=[len(value)], strides=[item_size(value)])
    return facts


def live_names(namespace):
    """The program's own names (no dunders, modules or functions), in name order."""
    skipped = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type)
    return {
        name: value
        for name, value in sorted(namespace.items())
        if not (name.startswith("__") and name.endswith("__")) and not isinstance(value, skipped)
    }


def element_addresses(value):
    """An int64 array of `value`'s shape holding each element's address."""
    grid = np.full(value.shape, data_address(value), dtype=np.int64)
    for axis, (length, stride) in enumerate(zip(value.shape, value.strides)):
        steps = [1] * value.ndim
        steps[axis] = length
        grid = grid + (np.arange(length, dtype=np.int64) * stride).reshape(steps)
    return grid


def evaluate(node, namespace):
    """The value of expression `node` in `namespace`."""
    return eval(compile(ast.Expression(node), "<fuzz>", "eval"), namespace)


def region(container, index, text):
    """The elements an assignment to `container[index]` (or to all of it) writes."""
    owner = owner_of(container)
    if isinstance(container, np.ndarray):
        grid = element_addresses(container)
        chosen = grid if index is None else np.asarray(grid[index])
        addresses = sorted(set(int(a) for a in chosen.ravel()))
    elif isinstance(container, (bytearray, array.array)) and isinstance(index, int):
        size = item_size(container)
        position = index + len(container) if index < 0 else index
        if not 0 <= position < len(container):
            return None
        addresses = [buffer_address(container) + position * size]
    elif isinstance(container, (bytearray, array.array)) and isinstance(index, slice):
        size = item_size(container)
        start = buffer_address(container)
        addresses = [start + position * size for position in range(len(container))[index]]
    else:
        return None
    return {
        "target": text,
        "container": container,
        "extent": extent(container),
        "owner": id(owner),
        "addresses": addresses,
        "itemsize": item_size(container),
        "owner_address": data_address(owner) if isinstance(owner, MODELLED) else 0,
        "owner_itemsize": item_size(owner) if isinstance(owner, MODELLED) else 1,
    }


def extent(container):
    """Where a buffer's items are and how many: a slice assignment that changes either
    resized the buffer, so it wrote no element in place."""
    if isinstance(container, np.ndarray):
        return None
    return (buffer_address(container), len(container))


def target_region(target, source, namespace, whole):
    """The region one assignment target writes (None when it writes no array memory)."""
    text = ast.get_source_segment(source, target) or ast.unparse(target)
    try:
        if isinstance(target, ast.Subscript):
            container = evaluate(target.value, namespace)
            return region(container, evaluate(target.slice, namespace), text)
        if isinstance(target, ast.Name) and whole:
            value = namespace.get(target.id)
            return region(value, None, text) if isinstance(value, np.ndarray) else None
    except Exception:  # the statement itself will raise
        return None
    return None


def written_regions(stmt, source, namespace):
    """Every region the statement writes, computed before it runs."""
    targets, whole = [], False
    if isinstance(stmt, ast.Assign):
        targets = list(stmt.targets)
    elif isinstance(stmt, ast.AugAssign):
        targets, whole = [stmt.target], True
    elif (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Call)
        and isinstance(stmt.value.func, ast.Attribute)
        and stmt.value.func.attr in ("fill", "sort")
    ):
        targets, whole = [stmt.value.func.value], True
    found = []
    while targets:
        target = targets.pop(0)
        if isinstance(target, (ast.Tuple, ast.List)):
            targets[:0] = list(target.elts)
            continue
        written = target_region(target, source, namespace, whole)
        if written is not None:
            found.append(written)
    return found


class Snapshot:
    """The names before a step: their objects (held), owners and bytes."""

    def __init__(self, namespace):
        self.values = live_names(namespace)
        self.holders = {}
        for name, value in self.values.items():
            self.holders.setdefault(id(value), []).append(name)
        modelled = [v for v in self.values.values() if isinstance(v, MODELLED)]
        self.owners = {id(owner_of(v)) for v in modelled}
        self.bytes = []
        for value in modelled:
            reach = byte_range(value)
            if reach is not None:
                low, high = reach
                self.bytes.append((value, low, high, ctypes.string_at(low, high - low)))

    def changed(self):
        """Byte ranges `[low, high)` whose values differ now (resized buffers skipped)."""
        addresses = set()
        for value, low, high, before in self.bytes:
            if byte_range(value) != (low, high):
                continue
            after = ctypes.string_at(low, high - low)
            addresses.update(low + i for i in range(high - low) if before[i] != after[i])
        return merged(sorted(addresses))


def merged(addresses):
    """Sorted addresses as `[low, high)` runs."""
    runs = []
    for address in addresses:
        if runs and runs[-1][1] == address:
            runs[-1][1] += 1
        else:
            runs.append([address, address + 1])
    return runs


def name_facts(namespace, before):
    """Every name after a step, with its memory facts and its standing against `before`."""
    facts = {}
    for name, value in live_names(namespace).items():
        modelled = isinstance(value, MODELLED)
        facts[name] = {
            "type": type_name(value),
            "object": id(value),
            "held_by_before": before.holders.get(id(value), []),
            "text": str(value) if isinstance(value, np.ndarray) else repr(value)[:300],
            "memory": memory_facts(value, before) if modelled else None,
        }
    return facts


def deleted_owners(namespace, before):
    """For each modelled name gone after the step (`del`), the owner of its memory."""
    after = live_names(namespace)
    return {
        name: id(owner_of(value))
        for name, value in before.values.items()
        if name not in after and isinstance(value, MODELLED)
    }


def compiled(stmt, constants):
    """`stmt` compiled alone, its bytes constants shared with the other statements': python3
    compiles a script as one module, whose equal constants are one object (two `b'ab'`
    literals are the same bytes, memory included)."""
    code = compile(ast.Module(body=[stmt], type_ignores=[]), "<fuzz>", "exec")
    shared = tuple(
        constants.setdefault(value, value) if type(value) is bytes else value
        for value in code.co_consts
    )
    return code.replace(co_consts=shared)


def run_statement(stmt, namespace, error_line, passthrough, constants):
    """Runs one statement; what it printed and its error line (None on success)."""
    captured, real_stdout = io.StringIO(), sys.stdout
    sys.stdout = captured
    error = None
    try:
        exec(compiled(stmt, constants), namespace)
    except passthrough:
        raise
    except BaseException as raised:  # noqa: B036  (as the driver: report, never leave)
        error = error_line(raised)
    finally:
        sys.stdout = real_stdout
    return captured.getvalue(), error


def trace(source, namespace, error_line, passthrough):
    """The steps of `source`: see the module documentation. Stops after the first error."""
    steps, constants = [], {}
    for stmt in ast.parse(source).body:
        before = Snapshot(namespace)
        regions = written_regions(stmt, source, namespace)
        printed, error = run_statement(stmt, namespace, error_line, passthrough, constants)
        # Each region's container (a temporary, perhaps) lived through the step, so no array
        # the step made can sit at its addresses; it goes now.
        for written in regions:
            container = written.pop("container")
            written["resized"] = written.pop("extent") != extent(container)
        regions = [written for written in regions if not written.pop("resized")]
        steps.append(
            {
                "line": stmt.lineno,
                "printed": printed,
                "error": error,
                "names": name_facts(namespace, before) if error is None else {},
                "writes": regions if error is None else [],
                "changed": before.changed() if error is None else [],
                "deleted": deleted_owners(namespace, before) if error is None else {},
            }
        )
        del before
        if error is not None:
            break
    return {"steps": steps, "timeout": False}
