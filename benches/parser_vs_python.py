"""viewfinder's parser against python3's compile(), on the same 100,000-statement script.

Usage, from the repository root: ``python3 benches/parser_vs_python.py``

Runs ``cargo bench --bench parser -- hundred_thousand_statements``, which writes the script
to ``target/tmp`` and times ``parse_program`` on it (divan), then times
``compile(source, "x", "exec")`` on the same file with ``time.perf_counter`` around the
call only (best of five), and prints both figures and their ratio.
"""

import re
import subprocess
import time

UNITS = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def seconds(cell):
    """A divan time cell ('25.43 ms') in seconds."""
    value, unit = cell.split()[-2:]
    return float(value) * UNITS[unit]


def viewfinder_times():
    """The script's path, and divan's fastest and median times for parsing it."""
    run = subprocess.run(
        ["cargo", "bench", "--bench", "parser", "--", "hundred_thousand_statements"],
        capture_output=True,
        text=True,
        check=True,
    )
    path = re.search(r"^program: (.*)$", run.stderr, re.M).group(1)
    line = next(l for l in run.stdout.splitlines() if "hundred_thousand_statements" in l)
    cells = [cell.strip() for cell in line.split("│")]
    return path, seconds(cells[0]), seconds(cells[2])


def python_compile_time(source, repeats=5):
    """The best time of ``compile`` on ``source``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        compile(source, "x", "exec")
        best = min(best, time.perf_counter() - start)
    return best


def main():
    path, fastest, median = viewfinder_times()
    with open(path, encoding="utf-8") as file:
        source = file.read()
    python = python_compile_time(source)
    statements = 100_000
    print(f"script: {path} ({len(source):,} bytes, {statements:,} statements)")
    print(f"viewfinder parse_program: fastest {fastest * 1e3:.1f} ms, median {median * 1e3:.1f} ms"
          f" ({median / statements * 1e6:.2f} µs per statement)")
    print(f"python3 compile():        best {python * 1e3:.1f} ms"
          f" ({python / statements * 1e6:.2f} µs per statement)")
    print(f"ratio (viewfinder / python3): {median / python:.3f} median, {fastest / python:.3f} fastest")


if __name__ == "__main__":
    main()
