//! How long the parser takes: one statement of a typical lesson, a long lesson-style program,
//! and a generated teaching script with loops, functions and comprehensions, at 100,000
//! statements and at its first 10,000.
//!
//! `cargo bench --bench parser`. The programs are generated here, deterministically; the two
//! teaching scripts are also written to `target/tmp/hundred_thousand_statements.py` and
//! `target/tmp/ten_thousand_statements.py` (each path is printed first), so that
//! `benches/parser_vs_python.py` can time python3's `compile` on the very same text and print
//! the ratios. The smaller one is there because python3's `compile` takes more than ten
//! times as long on ten times the statements; its ratio is the fairer one per statement.

use viewfinder::syntax::parse_program;

fn main() {
    for (file, statements) in [(PROGRAM_FILE, HUNDRED_THOUSAND), (SMALL_FILE, TEN_THOUSAND)] {
        let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(file);
        if std::fs::write(&path, teaching_source(statements)).is_ok() {
            eprintln!("program: {}", path.display());
        }
    }
    divan::main();
}

/// A statement as a lesson writes it: a name, a strided slice of a 2-D array, a method call.
const LESSON_STATEMENT: &str = "col = np.arange(12).reshape(3, 4)[:, 1::2].copy()\n";

/// How many statements the long lesson-style program has.
const LONG_PROGRAM_STATEMENTS: usize = 20_000;

/// How many top-level statements the big generated script has.
const HUNDRED_THOUSAND: usize = 100_000;

/// How many top-level statements the smaller generated script (the big one's start) has.
const TEN_THOUSAND: usize = 10_000;

/// Where the big script is written, under `target/tmp`.
const PROGRAM_FILE: &str = "hundred_thousand_statements.py";

/// Where the smaller script is written, under `target/tmp`.
const SMALL_FILE: &str = "ten_thousand_statements.py";

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

#[divan::bench(sample_count = 10)]
fn hundred_thousand_statements(bencher: divan::Bencher) {
    bench_teaching_source(bencher, HUNDRED_THOUSAND);
}

#[divan::bench(sample_count = 50)]
fn ten_thousand_statements(bencher: divan::Bencher) {
    bench_teaching_source(bencher, TEN_THOUSAND);
}

/// Times parsing the generated teaching script of `statements` statements.
fn bench_teaching_source(bencher: divan::Bencher, statements: usize) {
    let source = teaching_source(statements);
    bencher
        .counter(divan::counter::ItemsCount::new(statements))
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

/// `statements` top-level statements of a teaching script: assignments, slices, prints,
/// `for` loops, `if`/`else`, functions, comprehensions and dicts, in a fixed rotation.
fn teaching_source(statements: usize) -> String {
    let mut source = String::from("import numpy as np\n");
    for index in 1..statements {
        source.push_str(&teaching_statement(index));
    }
    source
}

/// The `index`th statement of the teaching script.
fn teaching_statement(index: usize) -> String {
    let (n, k) = (index % 24, 2 + index % 7);
    match index % 10 {
        0 => format!("a{n} = np.arange({k} * 4).reshape({k}, 4)\n"),
        1 => format!("v{n} = a{n}[1:, ::2].T\n"),
        2 => format!("v{n}[0] += {k}\n"),
        3 => format!("print(a{n}.sum(axis=0), v{n}.shape, f'{{a{n}.dtype}}')\n"),
        4 => format!("for i in range({k}):\n    a{n}[i % 2] = i * {k}\n    total += i\n"),
        5 => format!(
            "if a{n}.flags.owndata and v{n}.base is not None:\n    c{n} = a{n}.copy()\nelse:\n    c{n} = a{n}\n"
        ),
        6 => {
            format!("def f{n}(x, scale={k}, *rest, **options):\n    return x * scale + len(rest)\n")
        }
        7 => format!("squares{n} = [i * i for i in range({k}) if i % 2]\n"),
        8 => format!("lookup{n} = {{'a': a{n}, 'v': v{n}, 'k': {k}}}\n"),
        _ => format!("b{n} = np.where(a{n} > {k}, a{n}, -a{n})\n"),
    }
}
