//! Loops in the shapes teaching code writes them: `for row in m` writing through the row (and
//! rebinding it, and `row += 1` in place), `for x in v` over a 1-d array's NumPy scalars,
//! nested index loops writing `a[i, j]`, counting `while` loops, searches that `break` (and
//! the loop's `else`), loops that `continue`, loops that append to or remove from the list
//! they walk, loops over strings, bytes, tuples, ranges and pairs, and the loop variable read
//! after the loop; also the compound statements that fail part-way, for the deliberate last
//! statement, and a few loops over builtins viewfinder refuses (`enumerate`, `zip`, ...).
//!
//! Every loop ends after a few iterations: `for` walks at most [`LOOP_ITEMS`] rows of a small
//! array, a short list (one that grows in the loop grows only while shorter than a bound),
//! a short range or a literal; `while` counts with a name no other maker binds, towards a
//! bound, with no `continue` in its body.

use super::Generator;
use super::control::{Written, block, clause, list_item_ty};
use crate::differential::model::{ArrayModel, DType, Elem, PyScalar, Ty};

/// A loop walks an array only along a first axis of at most this many items...
const LOOP_ITEMS: usize = 6;
/// ... and of at most this many elements.
const LOOP_ELEMENTS: usize = 48;
/// A list walked by a loop has at most this many items.
const LOOP_LIST: usize = 12;
/// Counters and index names (no other maker binds them).
const COUNTERS: &[&str] = &["i", "j", "k", "count"];

impl Generator {
    /// `for row in m:` (or `m.T`, `m[::-1]`) writing through the row, rebinding it, printing.
    pub(super) fn loop_over_rows(&mut self) -> Option<Written> {
        let small = |model: &ArrayModel| {
            model.known && model.shape.len() >= 2 && model.size() <= LOOP_ELEMENTS
        };
        let (array, model) = self.array_where(|model| small(model))?;
        let model = model.borrow().clone();
        let (walked, mut shape) = match self.rng.weighted(&[6, 2, 1]) {
            0 => (array.clone(), model.shape.clone()),
            1 => (
                format!("{array}.T"),
                model.shape.iter().rev().copied().collect(),
            ),
            _ => (format!("{array}[::-1]"), model.shape.clone()),
        };
        if shape[0] == 0 || shape[0] > LOOP_ITEMS {
            return None;
        }
        let row = self.loop_name(&["row", "line", "col"]);
        let row_ty = Ty::array(ArrayModel {
            shape: shape.split_off(1),
            ..model.clone()
        });
        self.bind(&row, row_ty.clone());
        let mut body = self.loop_body(&row, true, 3, &mut |me| {
            me.row_statement(&row, &array, &walked)
        });
        let collect = self.rng.chance(15);
        if collect {
            body.push(format!("rows.append({row})"));
        }
        let mut text = block(&format!("for {row} in {walked}:"), &body);
        if collect {
            text = format!("rows = []\n{text}");
            if model.writeable {
                text += &format!("\n{array}[...] = {}", self.scalar_for(model.dtype).0);
            }
            text += "\nprint(rows)";
        }
        if self.rng.chance(10) {
            text = clause(text, "else:", &["print('every row seen')".to_string()]);
        }
        match self.rng.weighted(&[5, 2, 2]) {
            0 => text += &format!("\nprint({array})"),
            1 => text += &format!("\nprint({row}, {row}.base is {array})"),
            _ => {}
        }
        Some((text, self.still_bound(&row, row_ty)))
    }

    /// `(name, ty)` when `name` still holds `ty` (the loop variable the body did not rebind).
    fn still_bound(&self, name: &str, ty: Ty) -> Vec<(String, Ty)> {
        let same = self
            .names
            .iter()
            .any(|(bound, now)| bound == name && now.same_binding(&ty));
        match same {
            true => vec![(name.to_string(), ty)],
            false => Vec::new(),
        }
    }

    /// A statement on the row `row` of `array`, inside `for row in walked` (`walked` is
    /// `array`, its transpose or its reverse).
    fn row_statement(&mut self, row: &str, array: &str, walked: &str) -> Option<String> {
        let model = self.array_named(row)?;
        let writeable = model.writeable;
        Some(match self.rng.below(10) {
            8 if writeable => format!("{row} += {walked}[0]"),
            9 if writeable => format!("{walked}[-1] = {row}"),
            0 | 1 if writeable => self.assign_into(row, &model),
            2 | 3 if writeable => self.augment(row.to_string(), &model),
            4 => {
                let dtype = model.dtype.with_python_scalar(PyScalar::Int);
                self.bind(row, Ty::array(ArrayModel::new(dtype, model.shape.clone())));
                format!("{row} = {row} * {}", self.rng.range(-2, 10))
            }
            5 => format!("print({row}, {row}.base is {array}, np.shares_memory({row}, {array}))"),
            6 if writeable && !model.shape.is_empty() => format!("{row}[:] = {row}[::-1]"),
            7 if writeable => format!("{row}.fill({})", self.scalar_for(model.dtype).0),
            _ => format!("print(repr({row}))"),
        })
    }

    /// `for x in v:` over a short sequence: rebinding `x`, summing, collecting, searching
    /// with `break` and `else`, skipping with `continue`, or other statements.
    pub(super) fn loop_over_elements(&mut self) -> Option<Written> {
        let (walked, count, item, numeric) = self.walkable()?;
        let x = self.loop_name(&["x", "value", "item"]);
        let header = format!("for {x} in {walked}:");
        self.bind(&x, item.clone());
        let mut kept = Vec::new();
        let text = match self.rng.below(6) {
            0 => {
                self.bind(&x, int_ty());
                let after = match count > 0 {
                    true => format!("print({walked}, {x}, type({x}))"),
                    false => format!("print({walked})"),
                };
                format!("{}\n{after}", block(&header, &[format!("{x} = 0")]))
            }
            1 if numeric => {
                let update = match self.rng.chance(50) {
                    true => format!("total += {x}"),
                    false => format!("total = total + {x} * {x}"),
                };
                kept.push(("total".to_string(), Ty::Other));
                format!(
                    "total = 0\n{}\nprint(total, type(total))",
                    block(&header, &[update])
                )
            }
            2 => {
                let item = match numeric && self.rng.chance(50) {
                    true => format!("{x} * 2"),
                    false => x.clone(),
                };
                kept.push(("out".to_string(), Ty::list(count, Elem::Any)));
                let body = self.loop_body(&x, true, 2, &mut |_| None);
                let body = [body, vec![format!("out.append({item})")]].concat();
                format!("out = []\n{}\nprint(out)", block(&header, &body))
            }
            3 => {
                let test = self.item_test(&x, numeric);
                let found = block(
                    &format!("if {test}:"),
                    &[format!("print('found', {x})"), "break".to_string()],
                );
                let text = block(&header, &[found]);
                clause(text, "else:", &["print('not found')".to_string()])
            }
            4 => {
                let test = self.item_test(&x, numeric);
                let skip = block(&format!("if {test}:"), &["continue".to_string()]);
                let body = self.loop_body(&x, true, 2, &mut |_| None);
                let body = [vec![skip, format!("print({x})")], body].concat();
                block(&header, &body)
            }
            _ => {
                let body = self.loop_body(&x, true, 3, &mut |_| None);
                block(&header, &body)
            }
        };
        if count > 0 {
            kept.extend(self.still_bound(&x, item));
        }
        Some((text, kept))
    }

    /// `x > 2`, `x % 2 == 0`, `x == 3`: a test on a loop's item.
    fn item_test(&mut self, x: &str, numeric: bool) -> String {
        let value = self.rng.range(-1, 5);
        match (numeric, self.rng.below(3)) {
            (true, 0) => format!("{x} > {value}"),
            (true, 1) => format!("{x} % 2 == 0"),
            _ => format!("{x} == {value}"),
        }
    }

    /// Something short to walk: its text, its length, its items' type, and whether they
    /// are numbers.
    fn walkable(&mut self) -> Option<(String, usize, Ty, bool)> {
        let short = |ty: &Ty| match ty {
            Ty::Array(model) => {
                let model = model.borrow();
                model.known && model.shape.len() == 1 && model.shape[0] <= 2 * LOOP_ITEMS
            }
            Ty::List(list) => list.borrow().len <= LOOP_LIST,
            Ty::Tuple(_) | Ty::Bytes(_) => true,
            Ty::Range(start, stop, step) => range_count(*start, *stop, *step) <= LOOP_LIST,
            _ => false,
        };
        let found: Vec<(String, Ty)> = self
            .names
            .iter()
            .filter(|(_, ty)| short(ty))
            .cloned()
            .collect();
        if found.is_empty() || self.rng.chance(20) {
            let stop = self.rng.range(0, 5);
            return Some((format!("range({stop})"), stop as usize, int_ty(), true));
        }
        let (name, ty) = self.rng.pick(&found).clone();
        Some(match ty {
            Ty::Array(model) => {
                let model = model.borrow();
                (name, model.shape[0], Ty::NpScalar(model.dtype), true)
            }
            Ty::List(list) => {
                let list = list.borrow();
                let numeric = matches!(list.elem, Elem::Int | Elem::Float);
                (name, list.len, list_item_ty(list.elem), numeric)
            }
            Ty::Range(start, stop, step) => (name, range_count(start, stop, step), int_ty(), true),
            Ty::Tuple(len) | Ty::Bytes(len) => (name, len, int_ty(), true),
            _ => return None,
        })
    }

    /// `for i in range(len(a)): a[i] = ...`, or two nested loops writing `a[i, j]`.
    pub(super) fn index_loops(&mut self) -> Option<Written> {
        let fits = |model: &ArrayModel| {
            model.known && model.writeable && model.size() > 0 && model.size() <= 30
        };
        let (array, model) =
            self.array_where(|model| fits(model) && (1..=2).contains(&model.shape.len()))?;
        let model = model.borrow().clone();
        let i = self.loop_name(COUNTERS);
        self.loop_names.push(i.clone());
        let j = self.loop_name(COUNTERS);
        self.loop_names.pop();
        let mut kept = vec![(i.clone(), int_ty())];
        let text = match model.shape.len() {
            1 => self.index_loop(&array, &model, &i),
            _ => {
                kept.push((j.clone(), int_ty()));
                self.nested_index_loops(&array, model.dtype, &i, &j)
            }
        };
        Some((text + &format!("\nprint({array})"), kept))
    }

    /// `for i in range(len(a)):` writing `a[i]` (a running sum from 1, sometimes).
    fn index_loop(&mut self, array: &str, model: &ArrayModel, i: &str) -> String {
        self.bind(i, int_ty());
        if self.rng.chance(25) && model.dtype != DType::Bool {
            let body = [format!("{array}[{i}] = {array}[{i} - 1] + {array}[{i}]")];
            return block(&format!("for {i} in range(1, len({array})):"), &body);
        }
        let bound = self
            .rng
            .pick(&["len({})", "{}.size", "{}.shape[0]"])
            .replace("{}", array);
        let write = match self.rng.chance(70) {
            true => format!("{array}[{i}] = {}", position_value(model.dtype, i, "1")),
            false => format!("{array}[{i}] += {}", self.scalar_for(model.dtype).0),
        };
        let body = self.loop_body(i, true, 2, &mut |_| None);
        let body = [vec![write], body].concat();
        block(&format!("for {i} in range({bound}):"), &body)
    }

    /// `for i in range(a.shape[0]):` / `for j in range(a.shape[1]):` writing `a[i, j]`.
    fn nested_index_loops(&mut self, array: &str, dtype: DType, i: &str, j: &str) -> String {
        let value = position_value(dtype, i, j);
        let place = match self.rng.chance(20) {
            true => format!("{array}[{i}][{j}]"),
            false => format!("{array}[{i}, {j}]"),
        };
        let mut inner = vec![format!("{place} = {value}")];
        if self.rng.chance(35) {
            let test = self.rng.pick(&[">", "<", "=="]);
            let skip = block(&format!("if {j} {test} {i}:"), &["continue".to_string()]);
            inner.insert(0, skip);
        }
        let columns = match self.rng.chance(30) {
            true => format!("len({array}[0])"),
            false => format!("{array}.shape[1]"),
        };
        let inner = block(&format!("for {j} in range({columns}):"), &inner);
        block(&format!("for {i} in range({array}.shape[0]):"), &[inner])
    }

    /// A `while` loop that ends: counting up to a bound, counting down to a `break`, draining
    /// a list, the Collatz steps of a small number, or counting while a condition holds.
    pub(super) fn counting_while(&mut self) -> Option<Written> {
        let c = self.loop_name(COUNTERS);
        self.bind(&c, int_ty());
        let kept = vec![(c.clone(), int_ty())];
        let text = match self.rng.below(5) {
            0 => self.count_up(&c),
            1 => self.count_down(&c),
            2 => return self.drain_list(),
            3 => collatz(&c, self.rng.range(1, 12)),
            _ => {
                let test = self.condition()?;
                let body = self.loop_body(&c, false, 2, &mut |_| None);
                let body = [body, vec![format!("{c} += 1")]].concat();
                let header = format!("while {c} < {} and ({test}):", self.rng.range(1, 4));
                format!("{c} = 0\n{}\nprint({c})", block(&header, &body))
            }
        };
        Some((text, kept))
    }

    /// `i = 0` / `while i < len(a):` writing `a[i]` / `i += 1`, sometimes with an `else`.
    fn count_up(&mut self, c: &str) -> String {
        let vector = self.array_where(|model| {
            model.known && model.writeable && model.shape.len() == 1 && model.shape[0] <= 8
        });
        let (bound, write) = match vector {
            Some((array, model)) => {
                let dtype = model.borrow().dtype;
                let write = format!("{array}[{c}] = {}", position_value(dtype, c, "2"));
                (format!("len({array})"), vec![write])
            }
            None => (self.rng.range(0, 4).to_string(), Vec::new()),
        };
        let body = self.loop_body(c, false, 2, &mut |_| None);
        let body = [write, body, vec![format!("{c} += 1")]].concat();
        let mut text = block(&format!("while {c} < {bound}:"), &body);
        if self.rng.chance(40) {
            text = clause(text, "else:", &[format!("print('finished with', {c})")]);
        }
        format!("{c} = 0\n{text}")
    }

    /// `k = 5` / `while True:` / `k -= 1` / `if k < 2: break`.
    fn count_down(&mut self, c: &str) -> String {
        let start = self.rng.range(0, 5);
        let stop = self.rng.range(0, 3);
        let body = self.loop_body(c, false, 2, &mut |_| None);
        let leave = block(&format!("if {c} < {stop}:"), &["break".to_string()]);
        let body = [vec![format!("{c} -= 1")], body, vec![leave]].concat();
        format!("{c} = {start}\n{}\nprint({c})", block("while True:", &body))
    }

    /// `while L:` / `print(L.pop())` (or while it is longer than some length).
    fn drain_list(&mut self) -> Option<Written> {
        let (name, list) = self.some_list()?;
        let len = list.borrow().len;
        let keep = self.rng.range(0, 2) as usize;
        let header = match keep {
            0 => format!("while {name}:"),
            _ => format!("while len({name}) > {keep}:"),
        };
        list.borrow_mut().len = len.min(keep);
        let text = block(&header, &[format!("print({name}.pop())")]) + &format!("\nprint({name})");
        Some((text, Vec::new()))
    }

    /// `for x in L:` changing `L` as it goes: appending while it is short, removing, popping,
    /// appending while walking a copy, or rebinding `x` (which changes nothing).
    pub(super) fn loop_over_growing_list(&mut self) -> Option<Written> {
        let (name, list) = self
            .some_list()
            .filter(|(_, list)| list.borrow().len <= LOOP_LIST)?;
        let (len, elem) = {
            let list = list.borrow();
            (list.len, list.elem)
        };
        let x = self.loop_name(&["x", "item"]);
        let (walked, body, new_len) = match self.rng.below(5) {
            0 => {
                let limit = self.rng.range(4, 10) as usize;
                let new = match elem {
                    Elem::Int => format!("{x} + 3"),
                    Elem::Float => format!("{x} * 2"),
                    _ => x.clone(),
                };
                let grow = block(
                    &format!("if len({name}) < {limit}:"),
                    &[format!("{name}.append({new})")],
                );
                let grown = if len == 0 { 0 } else { len.max(limit) };
                (name.clone(), vec![grow], grown)
            }
            1 => (name.clone(), vec![format!("{name}.remove({x})")], len / 2),
            2 => (name.clone(), vec![format!("{name}.pop()")], len / 2),
            3 if self.depth == 1 => (
                format!("{name}[:]"),
                vec![format!("{name}.append({x})")],
                len * 2,
            ),
            _ => (name.clone(), vec![format!("{x} = 0")], len),
        };
        list.borrow_mut().len = new_len;
        let text = block(&format!("for {x} in {walked}:"), &body);
        let kept = match len > 0 {
            true => vec![(x.clone(), list_item_ty(elem))],
            false => Vec::new(),
        };
        Some((text + &format!("\nprint({name}, len({name}))"), kept))
    }

    /// Loops over a string, bytes, a tuple of mixed items, a stepped or empty range (with
    /// `pass` and `else`), pairs unpacked into indices, or into an array element as target.
    pub(super) fn loop_over_sequence(&mut self) -> Option<Written> {
        let k = self.loop_name(COUNTERS);
        Some(match self.rng.below(6) {
            0 => {
                let text = self
                    .rng
                    .pick(&["'abc'", "'hé!'", "''", "'a b'"])
                    .to_string();
                let body = ["print(ch, end='|')".to_string()];
                let kept = match text.len() > 2 {
                    true => vec![("ch".to_string(), Ty::Other)],
                    false => Vec::new(),
                };
                (
                    format!("{}\nprint()", block(&format!("for ch in {text}:"), &body)),
                    kept,
                )
            }
            1 => {
                let bytes = self.rng.pick(&["b'AB'", "bytes(2)", "bytearray(b'xyz')"]);
                let body = [format!("print({k}, type({k}))")];
                (
                    block(&format!("for {k} in {bytes}:"), &body),
                    vec![(k, int_ty())],
                )
            }
            2 => {
                let items = self
                    .rng
                    .pick(&["(1, [2], 'a')", "(None, 2.5, True)", "((1, 2), ())"]);
                let body = ["print(item, type(item).__name__)".to_string()];
                (block(&format!("for item in {items}:"), &body), Vec::new())
            }
            3 => self.range_with_else(&k),
            4 => self.pairs_into_array()?,
            _ => self.element_as_target()?,
        })
    }

    /// `for k in range(10, 0, -3): pass`, or an empty range whose `else` runs; then `k`.
    fn range_with_else(&mut self, k: &str) -> Written {
        let (start, stop, step) = (
            self.rng.range(-2, 10),
            self.rng.range(-2, 10),
            *self.rng.pick(&[1, 2, 3, -1, -3]),
        );
        let count = range_count(start, stop, step);
        let mut text = block(&format!("for {k} in range({start}, {stop}, {step}):"), &[]);
        if self.rng.chance(50) {
            text = clause(text, "else:", &["print('the loop ended')".to_string()]);
        }
        if count > 0 {
            text += &format!("\nprint({k})");
        }
        let kept = match count > 0 {
            true => vec![(k.to_string(), int_ty())],
            false => Vec::new(),
        };
        (text, kept)
    }

    /// `for i, j in [(0, 1), (1, 2)]: m[i, j] = -1`.
    fn pairs_into_array(&mut self) -> Option<Written> {
        let (array, model) = self.array_where(|model| {
            model.known && model.writeable && model.shape.len() == 2 && model.size() > 0
        })?;
        let model = model.borrow().clone();
        let pairs: Vec<String> = (0..self.rng.range(1, 3))
            .map(|_| format!("({})", self.element_index(&model.shape)))
            .collect();
        let (value, _) = self.scalar_for(model.dtype);
        let header = format!("for p, q in [{}]:", pairs.join(", "));
        let text = block(&header, &[format!("{array}[p, q] = {value}")]);
        Some((text + &format!("\nprint({array})"), Vec::new()))
    }

    /// `for a[0, 1] in range(3): pass`: the loop writes each number into the element.
    fn element_as_target(&mut self) -> Option<Written> {
        let (array, model) =
            self.array_where(|model| model.known && model.writeable && model.size() > 0)?;
        let model = model.borrow().clone();
        let element = self.element_index(&model.shape);
        let header = format!("for {array}[{element}] in range({}):", self.rng.range(0, 4));
        Some((
            block(&header, &[]) + &format!("\nprint({array})"),
            Vec::new(),
        ))
    }

    /// A loop over `enumerate`, `zip` or `reversed` of something walkable.
    pub(super) fn builtin_loop(&mut self) -> Option<Written> {
        let (walked, _, _, _) = self.walkable()?;
        let (header, body) = match self.rng.below(3) {
            0 => (
                format!("for n_, x_ in enumerate({walked}):"),
                "print(n_, x_)",
            ),
            1 => (
                format!("for x_, y_ in zip({walked}, {walked}):"),
                "print(x_, y_)",
            ),
            _ => (format!("for x_ in reversed({walked}):"), "print(x_)"),
        };
        Some((block(&header, &[body.to_string()]), Vec::new()))
    }

    /// A compound statement that fails part-way, as the deliberate last statement: an index
    /// past the end at iteration k (in `for`, `while` and nested loops), the truth of an array
    /// of several elements, iterating a 0-d array or a number, rows unpacked into the wrong
    /// number of names, an accumulator never bound, the variable of a loop that never ran.
    pub(super) fn wrong_compound(&mut self) -> Option<String> {
        let vector = |model: &ArrayModel| {
            model.known && model.writeable && model.shape.len() == 1 && model.shape[0] <= 8
        };
        Some(match self.rng.below(8) {
            0 => {
                let (array, model) = self.array_where(vector)?;
                let len = model.borrow().shape[0];
                let header = format!("for i in range({}):", len + self.rng.range(1, 2) as usize);
                let body = ["print('writing', i)".to_string(), format!("{array}[i] = i")];
                block(&header, &body) + "\nprint('never')"
            }
            1 => {
                let (array, _) = self.array_where(vector)?;
                let body = [format!("{array}[k] = k"), "k += 1".to_string()];
                format!(
                    "k = 0\n{}",
                    block(&format!("while k <= len({array}):"), &body)
                )
            }
            2 => {
                let (name, _) = self.array_where(|model| model.known && model.size() != 1)?;
                let test = match self.rng.below(3) {
                    0 => name.clone(),
                    1 => format!("{name} > 0"),
                    _ => format!("{name} == {name}"),
                };
                let text = block(&format!("if {test}:"), &["print('yes')".to_string()]);
                clause(text, "else:", &["print('no')".to_string()])
            }
            3 => {
                let walked = match self.array_where(|model| model.known && model.shape.is_empty()) {
                    Some((name, _)) => name,
                    None => self
                        .rng
                        .pick(&["5", "np.int8(3)", "np.arange(3).sum()"])
                        .to_string(),
                };
                block(&format!("for x_ in {walked}:"), &["print(x_)".to_string()])
            }
            4 => {
                let (name, _) = self.array_where(|model| {
                    model.known
                        && model.shape.len() == 2
                        && model.shape[0] > 0
                        && model.shape[1] != 2
                })?;
                block(
                    &format!("for p, q in {name}:"),
                    &["print(p, q)".to_string()],
                )
            }
            5 => block("for x_ in [1, 2]:", &["tally += x_".to_string()]),
            6 => format!("{}\nprint(unused)", block("for unused in range(0):", &[])),
            _ => {
                let (array, model) = self.array_where(|model| {
                    model.known && model.writeable && model.shape.len() == 2 && model.size() > 0
                })?;
                let shape = model.borrow().shape.clone();
                let inner = block(
                    &format!("for j in range({}):", shape[1]),
                    &[format!("{array}[i, j] = i + j")],
                );
                block(&format!("for i in range({}):", shape[0] + 1), &[inner])
            }
        })
    }
}

/// A Python int.
fn int_ty() -> Ty {
    Ty::Py(PyScalar::Int)
}

/// How many numbers `range(start, stop, step)` gives.
fn range_count(start: i64, stop: i64, step: i64) -> usize {
    let span = match step > 0 {
        true => stop - start,
        false => start - stop,
    };
    (span.max(0) as usize).div_ceil(step.unsigned_abs() as usize)
}

/// A value of `i` and `j` (loop counters, or a number) that an array of `dtype` holds.
fn position_value(dtype: DType, i: &str, j: &str) -> String {
    match dtype {
        DType::Bool => format!("{i} % 2 == 0"),
        dtype if dtype.is_float() => format!("{i} / 2 + {j}"),
        _ => format!("{i} * 3 + {j}"),
    }
}

/// `n = start` and its Collatz steps down to 1, counted in `steps`.
fn collatz(c: &str, start: i64) -> String {
    let halve = block(&format!("if {c} % 2 == 0:"), &[format!("{c} //= 2")]);
    let step = clause(halve, "else:", &[format!("{c} = 3 * {c} + 1")]);
    let body = [step, "steps += 1".to_string()];
    format!(
        "{c} = {start}\nsteps = 0\n{}\nprint(steps, {c})",
        block(&format!("while {c} > 1:"), &body)
    )
}
