//! How long the parser takes: one statement of a typical lesson, and a long program.
//!
//! `cargo bench --bench parser`. The long program is generated here, deterministically, with
//! the same kinds of statements as `bench/generate.py`'s many-statements workload.

use viewfinder::syntax::parse_program;

fn main() {
    divan::main();
}

/// A statement as a lesson writes it: a name, a strided slice of a 2-D array, a method call.
const LESSON_STATEMENT: &str = "col = np.arange(12).reshape(3, 4)[:, 1::2].copy()\n";

/// How many statements the long program has.
const LONG_PROGRAM_STATEMENTS: usize = 20_000;

#[divan::bench]
fn lesson_statement() -> usize {
    let program = parse_program(divan::black_box(LESSON_STATEMENT)).unwrap();
    program.len()
}

#[divan::bench(sample_count = 20)]
fn long_program(bencher: divan::Bencher) {
    let source = long_program_source(LONG_PROGRAM_STATEMENTS);
    bencher
        .counter(divan::counter::ItemsCount::new(LONG_PROGRAM_STATEMENTS))
        .bench(|| parse_program(divan::black_box(&source)).unwrap().len());
}

/// `statements` small statements over 24 arrays: slices, writes, in-place operators, prints.
fn long_program_source(statements: usize) -> String {
    let mut source = String::from("import numpy as np\n");
    for index in 0..statements {
        let name = index % 24;
        let (start, stop) = (index % 5, 6 + index % 7);
        let line = match index % 5 {
            0 => format!("a{name} = np.arange({stop}, dtype=np.int32)\n"),
            1 => format!("v{name} = a{name}[{start}:{stop}:2]\n"),
            2 => format!("v{name}[{}] = {}\n", index % 2, index % 100),
            3 => format!("a{name}[{start}:{stop}] += 3\n"),
            _ => format!("print(v{name}, a{name}.sum(), a{name}[::-1])\n"),
        };
        source.push_str(&line);
    }
    source
}
