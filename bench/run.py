"""Times viewfinder against python3 with NumPy on the benchmark workloads.

Each workload is a script that both ``python3`` and ``viewfinder --quiet`` run and that must
print the same thing: the runner checks that first, once per workload, and reports a mismatch
loudly (the exit status is then 1). Then it runs the two programs alternately, ``--runs`` times
each, measuring every child's wall time and peak resident memory (``ru_maxrss`` of that child
alone, from ``os.wait4``), and prints the medians, their ratios and each workload's target.

Two workloads are also timed in viewfinder's annotated mode (the default, with a report after
every step): ``many_names`` compares it with ``--quiet``; for ``overlap``, a longer script that
takes its two strided views again 1,000 times is run annotated and quiet, and the difference
divided by those steps is the cost of one step's report.

Usage::

    python3 bench/run.py [--no-build] [--runs N] [--only NAME] [--json FILE]

Standard library only.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generate import OVERLAP_STEPS, generate

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
VIEWFINDER = ROOT / "target" / "release" / "viewfinder"

LEGEND = f"""
Medians. peak: the child's maximum resident set size. vf annotated: viewfinder without
--quiet, for many_names on the same script, for overlap on overlap_steps.py (its views retaken
{OVERLAP_STEPS:,} times); the report cost is that script's annotated minus quiet time, per step."""


@dataclass
class Workload:
    """One benchmark script, and the target its figures are held to."""

    name: str
    script: Path
    target: str
    check: Callable[["Figures"], tuple[str, bool]]
    """Reads the figures: the measured value as text, and whether the target is met."""
    annotated_script: Path | None = None
    """Also timed in viewfinder's annotated mode, and in quiet mode when not `script`."""


@dataclass
class Figures:
    """Medians of one workload's runs (seconds, MiB) and the verdict on its target."""

    workload: str
    python_wall: float
    viewfinder_wall: float
    python_mib: float
    viewfinder_mib: float
    annotated_wall: float | None = None
    annotated_quiet_wall: float | None = None
    outputs_match: bool = True
    target: str = ""
    target_figure: str = ""
    met: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def wall_ratio(self):
        """viewfinder's median wall time over python3's."""
        return self.viewfinder_wall / self.python_wall

    @property
    def memory_ratio(self):
        """viewfinder's median peak memory over python3's."""
        return self.viewfinder_mib / self.python_mib


def workloads(generated):
    """Every workload, in the order they are run."""
    return [
        Workload(
            "startup",
            BENCH_DIR / "startup.py",
            "vf/py wall <= 0.05",
            wall_within(0.05),
        ),
        Workload(
            "big_arrays",
            BENCH_DIR / "big_arrays.py",
            "wall <= 1.0, memory <= 1.1",
            wall_and_memory_within(1.0, 1.1),
        ),
        Workload(
            "many_statements",
            generated["many_statements.py"],
            "vf/py wall <= 0.5",
            wall_within(0.5),
        ),
        Workload(
            "many_names",
            generated["many_names.py"],
            "annotated/quiet <= 3.0",
            annotated_within(3.0),
            generated["many_names.py"],
        ),
        Workload(
            "overlap",
            BENCH_DIR / "overlap.py",
            "report < 1 ms a step",
            report_within(1.0),
            generated["overlap_steps.py"],
        ),
        *(
            Workload(
                name,
                BENCH_DIR / f"{name}.py",
                "loop (start-up out) <= 1.0, annotated/quiet <= 3.0",
                loop_within(1.0, 3.0),
                BENCH_DIR / f"{name}.py",
            )
            for name in (
                "loops_ints",
                "loops_appends",
                "loops_element_writes",
                "loops_calls",
                "loops_list_reads",
            )
        ),
    ]


def measure(command):
    """Runs `command` with its output discarded; returns (wall seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"run.py: {' '.join(map(str, command))} exited with {child.returncode}")
    return wall, usage.ru_maxrss / 1024


def outputs_match(python_command, viewfinder_command, name):
    """Runs both once; True when stdout and exit status agree, else says how, loudly."""
    python = subprocess.run(python_command, capture_output=True)
    viewfinder = subprocess.run(viewfinder_command, capture_output=True)
    if (python.stdout, python.returncode) == (viewfinder.stdout, viewfinder.returncode):
        return True
    warn(f"\n!!! MISMATCH in {name}: python3 and viewfinder --quiet print different things !!!")
    expected = python.stdout.decode(errors="replace").splitlines()
    actual = viewfinder.stdout.decode(errors="replace").splitlines()
    for line, (want, got) in enumerate(zip(expected, actual), start=1):
        if want != got:
            warn(f"  first difference at line {line}:")
            warn(f"    python3:    {want}")
            warn(f"    viewfinder: {got}")
            break
    warn(f"  lines: python3 {len(expected)}, viewfinder {len(actual)}")
    warn(f"  exit status: python3 {python.returncode}, viewfinder {viewfinder.returncode}")
    if viewfinder.stderr:
        warn(f"  viewfinder's stderr: {viewfinder.stderr.decode(errors='replace')}")
    return False


def warn(text):
    """Prints `text` on stderr."""
    print(text, file=sys.stderr)


def commands(workload, binary):
    """The commands timed for `workload`, by role, in the order each round runs them."""
    timed = {
        "python": [sys.executable, workload.script],
        "quiet": [binary, "--quiet", workload.script],
    }
    if workload.annotated_script is not None:
        timed["annotated"] = [binary, workload.annotated_script]
        if workload.annotated_script != workload.script:
            timed["annotated_quiet"] = [binary, "--quiet", workload.annotated_script]
    return timed


def run_workload(workload, binary, runs):
    """Checks and times one workload, alternating its commands; returns its figures."""
    timed = commands(workload, binary)
    matched = outputs_match(timed["python"], timed["quiet"], workload.name)
    samples = {role: [] for role in timed}
    for _ in range(runs):
        for role, command in timed.items():
            samples[role].append(measure(command))
    if "annotated" in samples and "annotated_quiet" not in samples:
        samples["annotated_quiet"] = samples["quiet"]
    wall = {role: median(values, 0) for role, values in samples.items()}
    mib = {role: median(values, 1) for role, values in samples.items()}
    figures = Figures(
        workload=workload.name,
        python_wall=wall["python"],
        viewfinder_wall=wall["quiet"],
        python_mib=mib["python"],
        viewfinder_mib=mib["quiet"],
        annotated_wall=wall.get("annotated"),
        annotated_quiet_wall=wall.get("annotated_quiet"),
        outputs_match=matched,
        target=workload.target,
    )
    judge(figures, workload.check)
    return figures


def median(samples, column):
    """The median of one column of (wall, MiB) samples; None when there are none."""
    return statistics.median(sample[column] for sample in samples) if samples else None


def judge(figures, check):
    """Fills in the figure `check` reads and whether the target is met (never on a mismatch)."""
    figures.target_figure, met = check(figures)
    figures.met = met and figures.outputs_match


def wall_within(limit):
    """A check: viewfinder's wall time at most `limit` times python3's."""

    def check(figures):
        return f"{figures.wall_ratio:.3f}", figures.wall_ratio <= limit

    return check


def wall_and_memory_within(wall_limit, memory_limit):
    """A check: wall time and peak memory, each at most a multiple of python3's."""

    def check(figures):
        text = f"{figures.wall_ratio:.2f}, {figures.memory_ratio:.2f}"
        return text, figures.wall_ratio <= wall_limit and figures.memory_ratio <= memory_limit

    return check


STARTUP = {}
"""The `startup` workload's figures, once measured: what the loop workloads take out."""


def loop_within(wall_limit, annotated_limit):
    """A check for a loop workload: its time less each program's start-up (the `startup`
    workload's median, measured in the same run), viewfinder's over python3's, and the
    annotated run over the quiet one."""

    def check(figures):
        startup = STARTUP.get("figures")
        if startup is None:
            return "startup not measured", False
        python = figures.python_wall - startup.python_wall
        quiet = figures.viewfinder_wall - startup.viewfinder_wall
        ratio = quiet / python
        annotated = figures.annotated_wall / figures.viewfinder_wall
        text = f"loop {ratio:.2f}, annotated {annotated:.2f}x"
        return text, ratio <= wall_limit and annotated <= annotated_limit

    return check


def annotated_within(limit):
    """A check: viewfinder's annotated run at most `limit` times its quiet run."""

    def check(figures):
        ratio = figures.annotated_wall / figures.annotated_quiet_wall
        figures.extra["annotated_over_quiet"] = ratio
        return f"{ratio:.2f}", ratio <= limit

    return check


def report_within(limit_ms):
    """A check: one step's report (annotated minus quiet, per step) under `limit_ms`."""

    def check(figures):
        difference = figures.annotated_wall - figures.annotated_quiet_wall
        report_ms = difference * 1000 / OVERLAP_STEPS
        figures.extra["report_ms_per_step"] = report_ms
        return f"{report_ms:.3f} ms", report_ms < limit_ms

    return check


def print_table(rows):
    """Prints the figures as a Markdown table."""
    header = [
        "workload",
        "python3",
        "viewfinder",
        "vf/py wall",
        "python3 peak",
        "vf peak",
        "vf/py memory",
        "vf annotated",
        "target",
        "measured",
        "met",
    ]
    lines = [header, ["---"] * len(header)]
    for row in rows:
        annotated = f"{row.annotated_wall * 1000:.1f} ms" if row.annotated_wall else ""
        met = "yes" if row.met else "NO"
        if not row.outputs_match:
            met = "NO (OUTPUT MISMATCH)"
        lines.append(
            [
                row.workload,
                f"{row.python_wall * 1000:.1f} ms",
                f"{row.viewfinder_wall * 1000:.1f} ms",
                f"{row.wall_ratio:.3f}",
                f"{row.python_mib:.1f} MiB",
                f"{row.viewfinder_mib:.1f} MiB",
                f"{row.memory_ratio:.2f}",
                annotated,
                row.target,
                row.target_figure,
                met,
            ]
        )
    for line in lines:
        print("| " + " | ".join(line) + " |")
    print(LEGEND)


def write_json(path, rows, runs):
    """Writes the figures (seconds and MiB, medians of `runs` runs) to `path`."""
    records = []
    for row in rows:
        record = {
            "workload": row.workload,
            "python_wall_s": row.python_wall,
            "viewfinder_wall_s": row.viewfinder_wall,
            "wall_ratio": row.wall_ratio,
            "python_peak_mib": row.python_mib,
            "viewfinder_peak_mib": row.viewfinder_mib,
            "memory_ratio": row.memory_ratio,
            "viewfinder_annotated_wall_s": row.annotated_wall,
            "viewfinder_annotated_script_quiet_wall_s": row.annotated_quiet_wall,
            "outputs_match": row.outputs_match,
            "target": row.target,
            "target_met": row.met,
        }
        record.update(row.extra)
        records.append(record)
    Path(path).write_text(json.dumps({"runs": runs, "workloads": records}, indent=2) + "\n")


def parse_args():
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="skip cargo build --release")
    parser.add_argument("--runs", type=int, default=5, help="runs of each program (default 5)")
    parser.add_argument("--only", metavar="NAME", help="run only this workload")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--binary", type=Path, default=VIEWFINDER, help="viewfinder to time")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main():
    """Builds (unless told not to), checks and times the workloads, prints the table."""
    args = parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    every = workloads(generate(BENCH_DIR / "generated"))
    chosen = [workload for workload in every if args.only in (None, workload.name)]
    if not chosen:
        names = ", ".join(workload.name for workload in every)
        sys.exit(f"run.py: no workload named {args.only!r} (there are: {names})")
    if any(workload.name.startswith("loops_") for workload in chosen):
        startup = every[0]
        chosen = [startup] + [workload for workload in chosen if workload is not startup]
    rows = []
    for workload in chosen:
        warn(f"{workload.name}: {args.runs} runs each...")
        figures = run_workload(workload, args.binary, args.runs)
        if workload.name == "startup":
            STARTUP["figures"] = figures
        rows.append(figures)
    print_table(rows)
    if args.json:
        write_json(args.json, rows, args.runs)
    if not all(row.outputs_match for row in rows):
        warn("\n!!! OUTPUT MISMATCH: see above !!!")
        sys.exit(1)


if __name__ == "__main__":
    main()
