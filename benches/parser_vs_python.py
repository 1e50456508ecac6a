"""viewfinder's parser against python3's compile(), on the same generated teaching scripts.

Usage, from the repository root: ``python3 benches/parser_vs_python.py``

Runs ``cargo bench --bench parser -- _thousand_statements``, which writes the scripts (the
100,000-statement one and its first 10,000 statements) to ``target/tmp`` and times
``parse_program`` on each (divan), then times ``compile(source, "x", "exec")`` on the same
files with ``time.perf_counter`` around the call only (best of five), and prints the figures
and their ratios. The target is the 100,000-statement ratio; python3's ``compile`` grows
faster than the script does (ten times the statements take it far more than ten times as
long), so the 10,000-statement ratio is printed too, as the fairer one per statement.
"""

import re
import subprocess
import time

UNITS = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}

# The benches, by name, with their statement counts and script files.
SCRIPTS = [
    ("hundred_thousand_statements", 100_000),
    ("ten_thousand_statements", 10_000),
]


def seconds(cell):
    """A divan time cell ('25.43 ms') in seconds."""
    value, unit = cell.split()[-2:]
    return float(value) * UNITS[unit]


def viewfinder_times():
    """For each bench name: its script's path, and divan's fastest and median times."""
    run = subprocess.run(
        ["cargo", "bench", "--bench", "parser", "--", "_thousand_statements"],
        capture_output=True,
        text=True,
        check=True,
    )
    paths = re.findall(r"^program: (.*)$", run.stderr, re.M)
    times = {}
    for name, _ in SCRIPTS:
        path = next(p for p in paths if p.endswith(f"/{name}.py"))
        line = next(l for l in run.stdout.splitlines() if f" {name} " in l)
        cells = [cell.strip() for cell in line.split("│")]
        times[name] = (path, seconds(cells[0]), seconds(cells[2]))
    return times


def python_compile_time(source, repeats=5):
    """The best time of ``compile`` on ``source``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        compile(source, "x", "exec")
        best = min(best, time.perf_counter() - start)
    return best


def compare(path, statements, fastest, median):
    """Times python3 on the script at ``path`` and prints both figures and the ratio."""
    with open(path, encoding="utf-8") as file:
        source = file.read()
    python = python_compile_time(source)
    print(f"script: {path} ({len(source):,} bytes, {statements:,} statements)")
    print(f"viewfinder parse_program: fastest {fastest * 1e3:.1f} ms, median {median * 1e3:.1f} ms"
          f" ({median / statements * 1e6:.2f} µs per statement)")
    print(f"python3 compile():        best {python * 1e3:.1f} ms"
          f" ({python / statements * 1e6:.2f} µs per statement)")
    print(f"ratio (viewfinder / python3): {median / python:.3f} median, {fastest / python:.3f} fastest")


def main():
    times = viewfinder_times()
    for number, (name, statements) in enumerate(SCRIPTS):
        if number:
            print()
        path, fastest, median = times[name]
        compare(path, statements, fastest, median)


if __name__ == "__main__":
    main()
