"""Writes the generated benchmark scripts of viewfinder into a directory.

Two workloads are too long to keep as files, so they are generated, always the same for the
same seed:

- ``many_statements.py``: 20,000 small statements over a few dozen short arrays (slices,
  writes through views, in-place operators, prints of small arrays and of sums);
- ``many_names.py``: 1,000 small arrays, each with a view (2,000 live names), then 5,000
  steps that write through the views, take new views and print;
- ``overlap_steps.py``: ``overlap.py`` followed by 1,000 steps that take its two strided views
  of a 10^8-byte buffer again, so that the cost of one step's report can be measured as the
  difference between viewfinder's annotated and quiet runs, divided by the steps.

Both use only what viewfinder supports, and python3 with NumPy runs them too.

Usage: ``python3 bench/generate.py [OUT_DIR]`` (default ``bench/generated``).
"""

import random
import sys
from pathlib import Path

SEED = 20_000
STATEMENTS = 20_000
ARRAYS = 24
NAMED_ARRAYS = 1_000
NAMED_STEPS = 5_000
OVERLAP_STEPS = 1_000
HEADER = "import numpy as np\n"
BENCH_DIR = Path(__file__).resolve().parent


def slice_text(length, rng):
    """A random basic slice of an axis of `length` elements, and how many elements it takes."""
    start = rng.randrange(length)
    stop = rng.randrange(start, length + 1)
    step = rng.choice([1, 1, 2, 3])
    taken = len(range(start, stop, step))
    step_text = f":{step}" if step != 1 else ""
    return f"{start}:{stop}{step_text}", taken


class Arrays:
    """The arrays and views a generated script has bound so far, with their lengths."""

    def __init__(self, rng, prefix):
        self.rng = rng
        self.prefix = prefix
        self.lengths = {}

    def make_array(self, index):
        """Binds a new array; returns its statement."""
        name = f"{self.prefix}{index}"
        length = self.rng.randrange(4, 17)
        self.lengths[name] = length
        dtype = self.rng.choice(["np.int64", "np.int32", "np.float64", "np.uint8"])
        return f"{name} = np.arange({length}, dtype={dtype})"

    def make_view(self, view_name, base_name):
        """Binds a non-empty slice of `base_name`; returns its statement."""
        length = self.lengths[base_name]
        while True:
            text, taken = slice_text(length, self.rng)
            if taken > 0:
                break
        self.lengths[view_name] = taken
        return f"{view_name} = {base_name}[{text}]"

    def pick(self):
        """A bound name, at random."""
        return self.rng.choice(list(self.lengths))

    def write(self, name):
        """A write into one element of `name`, or an in-place operator on a slice of it."""
        length = self.lengths[name]
        if self.rng.random() < 0.5:
            index = self.rng.randrange(-length, length)
            return f"{name}[{index}] = {self.rng.randrange(100)}"
        text, _ = slice_text(length, self.rng)
        operator = self.rng.choice(["+=", "-=", "*="])
        return f"{name}[{text}] {operator} {self.rng.randrange(1, 4)}"

    def show(self, name):
        """A print of `name`, of its sum, or of one of its slices."""
        choice = self.rng.randrange(3)
        if choice == 0:
            return f"print({name})"
        if choice == 1:
            return f"print({name}.sum(), {name}.shape)"
        text, _ = slice_text(self.lengths[name], self.rng)
        return f"print({name}[{text}])"


def many_statements(seed=SEED):
    """The text of the many-statements workload."""
    arrays = Arrays(random.Random(seed), "a")
    lines = [arrays.make_array(index) for index in range(ARRAYS)]
    views = 0
    while len(lines) < STATEMENTS:
        roll = arrays.rng.random()
        if roll < 0.25:
            lines.append(arrays.make_view(f"v{views % ARRAYS}", arrays.pick()))
            views += 1
        elif roll < 0.65:
            lines.append(arrays.write(arrays.pick()))
        else:
            lines.append(arrays.show(arrays.pick()))
    return HEADER + "\n".join(lines) + "\n"


def many_names(seed=SEED):
    """The text of the many-names workload."""
    arrays = Arrays(random.Random(seed), "a")
    lines = []
    for index in range(NAMED_ARRAYS):
        lines.append(arrays.make_array(index))
        lines.append(arrays.make_view(f"v{index}", f"a{index}"))
    for _ in range(NAMED_STEPS):
        index = arrays.rng.randrange(NAMED_ARRAYS)
        roll = arrays.rng.random()
        if roll < 0.4:
            lines.append(arrays.write(f"v{index}"))
        elif roll < 0.7:
            lines.append(arrays.make_view(f"v{index}", f"a{index}"))
        else:
            lines.append(arrays.show(f"v{index}"))
    return HEADER + "\n".join(lines) + "\n"


def overlap_steps():
    """The text of ``overlap.py`` followed by `OVERLAP_STEPS` steps retaking its views."""
    views = ["x = buf[::4]", "y = buf[2::6]"]
    steps = [views[step % 2] for step in range(OVERLAP_STEPS)]
    return (BENCH_DIR / "overlap.py").read_text() + "\n".join(steps) + "\n"


WORKLOADS = {
    "many_statements.py": many_statements,
    "many_names.py": many_names,
    "overlap_steps.py": overlap_steps,
}


def generate(out_dir):
    """Writes every generated workload into `out_dir`; returns their paths by file name."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for file_name, make in WORKLOADS.items():
        path = out_dir / file_name
        path.write_text(make())
        paths[file_name] = path
    return paths


if __name__ == "__main__":
    default = BENCH_DIR / "generated"
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
