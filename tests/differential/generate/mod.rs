//! The program generator: random, type-aware programs over viewfinder's supported subset.
//!
//! A program is a pure function of its seed ([`program`]). It starts with `import numpy as
//! np` (sometimes also `import array`), runs 3 to 15 statements chosen by weight from every
//! area of the README's subset table (constructors, views, copies, indexing, assignment,
//! operators, reductions, introspection, printing edges, Python objects and builtins), and
//! ends by printing a few of its names, so a difference in state shows in stdout. The
//! generator tracks what each name holds ([`model`](super::model)) so that most statements
//! are valid; about one program in eight ends in a deliberately wrong statement instead, to
//! compare errors. About one statement in nine is a compound one (`for`, `while`, `if`, with
//! `break`, `continue` and `else`), indented four spaces a level, at most two levels deep, its
//! bodies made of the other makers' statements; every loop ends within a few iterations.
//!
//! The statement makers live in the submodules: `arrays` (constructors), `views` (views, copies),
//! `index` (basic, fancy and boolean indices, item and slice assignment), `ops` (operators,
//! augmented assignment, reductions), `python` (lists, tuples, ranges, bytes, bytearray,
//! array.array, builtins), `show` (print, repr, introspection), `errors`, `memory`, and the
//! compound statements: `control` (blocks, `if`, conditions), `loops` (`for`, `while`,
//! `break`, `continue`, loop `else`) and `functions` (`def` writing through or rebinding its
//! parameter, lambdas, closures, recursion, a shared default), whose bodies hold the other
//! makers' statements, and `exceptions` (a wrong last statement under `try`, a function
//! raising its own `ValueError` caught, re-raised or chained) and `classes` (a holder of an
//! array whose method works through `self.arr`, a subclass calling it twice), `dicts` (a
//! dict made, worked on and printed), `sets` (a set made, its table churned by additions
//! and removals, worked on by the methods and operators, and printed) and `copymath` (the
//! `copy`, `math`, `operator` and `sys` modules and `id()`, each statement with its import).
//!
//! [`memory_program`] writes the report oracle's programs (`tests/report_oracle.rs`) from the
//! same makers with other weights: mostly arrays, views, writes, buffers and `del`, arrays of
//! at most 64 elements, statements of `memory` (chained assignments, views of views by dtype,
//! sliced `np.frombuffer`, fancy writes naming one element twice, misaligned views, other
//! names for buffers), no deliberate error and no final prints. [`program`] is unchanged by
//! it: the differential fuzzer's seeds still write the same programs.

mod arrays;
mod classes;
mod control;
mod copymath;
mod dicts;
mod errors;
mod exceptions;
mod functions;
mod index;
mod literals;
mod loops;
mod memory;
mod objects;
mod ops;
mod python;
mod sets;
mod show;
mod strings;
mod views;

use std::cell::RefCell;
use std::rc::Rc;

use super::model::{ArrayModel, BufferModel, ListModel, Ty};
use super::rng::Rng;

/// Names a program binds.
const NAME_POOL: &[&str] = &[
    "a", "b", "c", "d", "m", "v", "w", "x", "y", "z", "L", "M", "t", "r", "s", "ba", "buf", "n",
    "f", "e",
];

/// Arrays of memory programs have at most this many elements.
const MEMORY_PROGRAM_SIZE: usize = 64;

/// Writes one program; see the module documentation.
pub struct Generator {
    rng: Rng,
    names: Vec<(String, Ty)>,
    lines: Vec<String>,
    array_module: bool,
    /// Writing a program for the report oracle ([`memory_program`]).
    memory: bool,
    /// How many blocks enclose the statement being written.
    depth: usize,
    /// The names the enclosing loops walk or count with, which no loop inside may reuse.
    loop_names: Vec<String>,
    /// Whether `break` and `continue` may be written (in a `for` body, not in a `while`
    /// one, whose counter they could skip).
    in_for: bool,
}

/// The program for `seed`.
pub fn program(seed: u64) -> String {
    let mut generator = Generator::new(seed);
    generator.write_program();
    generator.text()
}

/// The report oracle's program for `seed`: memory statements and small arrays (see the
/// module documentation).
pub fn memory_program(seed: u64) -> String {
    let mut generator = Generator::new(seed);
    generator.memory = true;
    generator.write_memory_program();
    generator.text()
}

impl Generator {
    /// A generator with nothing bound yet.
    fn new(seed: u64) -> Generator {
        Generator {
            rng: Rng::new(seed),
            names: Vec::new(),
            lines: Vec::new(),
            array_module: false,
            memory: false,
            depth: 0,
            loop_names: Vec::new(),
            in_for: false,
        }
    }

    /// Writes a memory program's statements: 4 to 16 of them, nothing after.
    fn write_memory_program(&mut self) {
        self.array_module = self.rng.chance(25);
        let statements = self.rng.range(4, 16) as usize;
        while self.lines.len() < statements {
            self.statement();
        }
    }

    /// Writes the statements: a random number, then a wrong one or the final prints.
    fn write_program(&mut self) {
        self.array_module = self.rng.chance(15);
        let statements = self.rng.range(3, 15) as usize;
        let ends_in_error = self.rng.chance(12);
        while self.lines.len() < statements {
            self.statement();
        }
        match ends_in_error {
            true => self.wrong_statement(),
            false => self.final_prints(),
        }
    }

    /// The program: the imports, then a statement a line (a memory program without the
    /// prints that change nothing: they test the printing, which is the differential
    /// fuzzer's to test, and a printing bug would end the comparison).
    fn text(&self) -> String {
        let mut text = String::from("import numpy as np\n");
        if self.array_module {
            text += "import array\n";
        }
        let kept =
            |line: &&str| !self.memory || !line.starts_with("print(") || line.contains(".pop(");
        for line in self.lines.iter().flat_map(|line| line.lines()).filter(kept) {
            text += line;
            text.push('\n');
        }
        text
    }

    /// Adds one statement, chosen by weight among the areas of the subset.
    fn statement(&mut self) {
        let weights = match self.memory {
            false => [16, 14, 8, 10, 6, 10, 6, 8, 9, 5, 4, 5, 3, 2, 2, 3, 0, 14],
            true => [14, 18, 14, 14, 8, 4, 1, 1, 2, 1, 0, 8, 0, 3, 2, 0, 14, 0],
        };
        let written = match self.rng.weighted(&weights) {
            0 => self.new_array(),
            1 => self.derived_array(),
            2 => self.index_read(),
            3 => self.item_assignment(),
            4 => self.augmented_assignment(),
            5 => self.arithmetic(),
            6 => self.reduction(),
            7 => self.introspection(),
            8 => self.show_array(),
            9 => self.list_statement(),
            10 => self.sequence_statement(),
            11 => self.buffer_statement(),
            12 => self.scalar_statement(),
            13 => self.delete(),
            14 => self.writeable_flag(),
            15 => self.edge_print(),
            16 => self.memory_statement(),
            _ => self.compound_statement(),
        };
        if let Some(line) = written {
            self.lines.push(line);
        }
    }

    /// Prints one to three of the names bound, so their final state is compared.
    fn final_prints(&mut self) {
        for _ in 0..self.rng.range(1, 3) {
            if let Some((name, _)) = self.any_name() {
                let line = match self.rng.weighted(&[6, 2, 1]) {
                    0 => format!("print({name})"),
                    1 => format!("print(repr({name}))"),
                    _ => format!("print(str({name}), type({name}))"),
                };
                self.lines.push(line);
            }
        }
    }

    /// Binds `name` to `ty` (replacing what it held).
    fn bind(&mut self, name: &str, ty: Ty) {
        self.names.retain(|(bound, _)| bound != name);
        self.names.push((name.to_string(), ty));
    }

    /// Forgets `name` (after `del`).
    fn unbind(&mut self, name: &str) {
        self.names.retain(|(bound, _)| bound != name);
    }

    /// A name to bind: usually a fresh one, sometimes one already bound.
    fn target_name(&mut self) -> String {
        let free: Vec<&str> = NAME_POOL
            .iter()
            .copied()
            .filter(|candidate| self.names.iter().all(|(bound, _)| bound != candidate))
            .collect();
        match free.is_empty() || self.rng.chance(20) {
            true => self.rng.pick(NAME_POOL).to_string(),
            false => self.rng.pick(&free).to_string(),
        }
    }

    /// Any bound name and what it holds.
    fn any_name(&mut self) -> Option<(String, Ty)> {
        match self.names.is_empty() {
            true => None,
            false => Some(self.rng.pick(&self.names).clone()),
        }
    }

    /// A bound array matching `wanted`, as its name and a snapshot of the model.
    fn array_where(
        &mut self,
        wanted: impl Fn(&ArrayModel) -> bool,
    ) -> Option<(String, Rc<RefCell<ArrayModel>>)> {
        let found: Vec<(String, Rc<RefCell<ArrayModel>>)> = self
            .names
            .iter()
            .filter_map(|(name, ty)| match ty {
                Ty::Array(model) if wanted(&model.borrow()) => {
                    Some((name.clone(), Rc::clone(model)))
                }
                _ => None,
            })
            .collect();
        match found.is_empty() {
            true => None,
            false => Some(self.rng.pick(&found).clone()),
        }
    }

    /// A bound array whose shape the model knows.
    fn known_array(&mut self) -> Option<(String, ArrayModel)> {
        self.array_where(|model| model.known)
            .map(|(name, model)| (name, model.borrow().clone()))
    }

    /// A bound array, known or not.
    fn some_array(&mut self) -> Option<(String, ArrayModel)> {
        self.array_where(|_| true)
            .map(|(name, model)| (name, model.borrow().clone()))
    }

    /// A bound list.
    fn some_list(&mut self) -> Option<(String, Rc<RefCell<ListModel>>)> {
        let found: Vec<(String, Rc<RefCell<ListModel>>)> = self
            .names
            .iter()
            .filter_map(|(name, ty)| match ty {
                Ty::List(model) => Some((name.clone(), Rc::clone(model))),
                _ => None,
            })
            .collect();
        match found.is_empty() {
            true => None,
            false => Some(self.rng.pick(&found).clone()),
        }
    }

    /// A bound bytearray (`array_array` false) or array.array (true).
    fn some_buffer(&mut self, array_array: bool) -> Option<(String, Rc<RefCell<BufferModel>>)> {
        let found: Vec<(String, Rc<RefCell<BufferModel>>)> = self
            .names
            .iter()
            .filter_map(|(name, ty)| match ty {
                Ty::Buffer(model) if model.borrow().code.is_some() == array_array => {
                    Some((name.clone(), Rc::clone(model)))
                }
                _ => None,
            })
            .collect();
        match found.is_empty() {
            true => None,
            false => Some(self.rng.pick(&found).clone()),
        }
    }

    /// Binds a fresh target to a new array expression; the statement.
    fn assign_array(&mut self, expr: String, model: ArrayModel) -> String {
        let name = self.target_name();
        self.bind(&name, Ty::array(model));
        format!("{name} = {expr}")
    }

    /// Binds a fresh target to the result of a ufunc (an operator) or a reduction: a NumPy
    /// scalar when it has no axes, as NumPy returns for 0-d operands.
    fn assign_computed(&mut self, expr: String, model: ArrayModel) -> String {
        let name = self.target_name();
        let ty = match model.known && model.shape.is_empty() {
            true => Ty::NpScalar(model.dtype),
            false => Ty::array(model),
        };
        self.bind(&name, ty);
        format!("{name} = {expr}")
    }
}

#[cfg(test)]
mod tests {
    use super::program;

    #[test]
    fn a_seed_always_writes_the_same_program() {
        assert_eq!(program(42), program(42));
        assert_ne!(program(1), program(2));
    }

    #[test]
    fn programs_start_with_the_numpy_import() {
        assert!((0..50).all(|seed| program(seed).starts_with("import numpy as np\n")));
    }
}
