//! How long rendering one step's aliasing report takes.
//!
//! `cargo bench --bench report`. Each bench runs a session up to its last step once, then
//! renders that step's report again and again (reports only read the session). The steps:
//! the second strided view of a 10^8-byte buffer (`bench/overlap.py`), and a write and a new
//! view in a session with 2,000 live names (`bench/generate.py`'s many-names workload).

use std::rc::Rc;

use viewfinder::eval::{Dialect, Interpreter, Outcome};
use viewfinder::report::render_step;
use viewfinder::syntax::parse_program;

fn main() {
    divan::main();
}

/// How many arrays the many-names session binds, each with a view.
const NAMED_ARRAYS: usize = 1_000;

/// Runs `source` in a fresh session; returns the session and its last step's outcome.
fn session_after(source: &str) -> (Interpreter, Outcome) {
    let source: Rc<str> = Rc::from(source);
    let program = parse_program(&source).unwrap();
    let mut session = Interpreter::new(Dialect::Python);
    let mut printed = Vec::new();
    let mut last = None;
    for stmt in &program {
        last = Some(session.run(stmt, &source, &mut printed).unwrap());
    }
    (session, last.unwrap())
}

/// 1,000 arrays `a0..a999`, each with a view `v0..v999`, then `last_step`.
fn many_names(last_step: &str) -> String {
    let mut source = String::from("import numpy as np\n");
    for index in 0..NAMED_ARRAYS {
        let length = 4 + index % 13;
        source += &format!("a{index} = np.arange({length})\nv{index} = a{index}[1::2]\n");
    }
    source + last_step + "\n"
}

#[divan::bench]
fn big_strided_views(bencher: divan::Bencher) {
    let (session, outcome) = session_after(
        "import numpy as np\nbuf = np.zeros(100_000_000, dtype=np.uint8)\n\
         x = buf[::4]\ny = buf[2::6]\n",
    );
    bencher.bench_local(|| render_step(divan::black_box(&outcome), &session));
}

#[divan::bench]
fn write_among_2000_names(bencher: divan::Bencher) {
    let (session, outcome) = session_after(&many_names("v500[0] = 99"));
    bencher.bench_local(|| render_step(divan::black_box(&outcome), &session));
}

#[divan::bench]
fn view_among_2000_names(bencher: divan::Bencher) {
    let (session, outcome) = session_after(&many_names("w = a500[::-1]"));
    bencher.bench_local(|| render_step(divan::black_box(&outcome), &session));
}
