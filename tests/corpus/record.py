#!/usr/bin/env python3
"""record.py [OUTDIR]

Records python3's ground truth for the corpus in the layout /work/shared/tools/classify.py
reads: OUTDIR/cases/*.py (a copy of tests/corpus/cases) and OUTDIR/expected/NAME.out and
NAME.rc (stdout and exit status). Each case runs as classify.py runs viewfinder: cwd cases/,
stdin /dev/null, 10 s. OUTDIR defaults to a new temporary directory and may not lie inside the
repository (expected outputs are never checked in). Prints the classify.py command to run next.

$VIEWFINDER_PYTHON names the interpreter (default python3), as in the Rust tests. Stdlib only.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TIMEOUT_SECONDS = 10
TIMEOUT_STATUS = 124


def output_dir():
    """The directory to write into: argv[1], or a fresh temporary one; never inside the repo."""
    if len(sys.argv) > 1:
        path = os.path.abspath(sys.argv[1])
    else:
        path = tempfile.mkdtemp(prefix="viewfinder-corpus-")
    if os.path.commonpath([path, REPO]) == REPO:
        sys.exit(f"record.py: {path} is inside the repository; expected outputs are never checked in")
    return path


def copy_cases(out):
    """Copies the case files to OUT/cases (replacing an older copy) and returns their names."""
    cases = os.path.join(out, "cases")
    shutil.rmtree(cases, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "cases"), cases)
    return sorted(name[:-3] for name in os.listdir(cases) if name.endswith(".py"))


def run_python(cases, name):
    """(stdout bytes, exit status) of python3 on one case."""
    python = os.environ.get("VIEWFINDER_PYTHON", "python3")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    try:
        done = subprocess.run([python, name + ".py"], cwd=cases, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=TIMEOUT_SECONDS, env=env)
    except subprocess.TimeoutExpired:
        print(f"record.py: python3 timed out on {name}.py", file=sys.stderr)
        return b"", TIMEOUT_STATUS
    return done.stdout, done.returncode


def main():
    out = output_dir()
    names = copy_cases(out)
    expected = os.path.join(out, "expected")
    os.makedirs(expected, exist_ok=True)
    for name in names:
        stdout, status = run_python(os.path.join(out, "cases"), name)
        with open(os.path.join(expected, name + ".out"), "wb") as file:
            file.write(stdout)
        with open(os.path.join(expected, name + ".rc"), "w") as file:
            file.write(f"{status}\n")
    print(f"recorded {len(names)} cases in {out}")
    print(f"next: python3 /work/shared/tools/classify.py target/release/viewfinder {out}")


if __name__ == "__main__":
    main()
