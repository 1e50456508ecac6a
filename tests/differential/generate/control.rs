//! Compound statements: `if`/`elif`/`else`, the conditions they test, and the blocks every
//! compound statement is made of; the loops themselves are in `loops`.
//!
//! A block's body holds the other makers' statements (writes, augmented assignments,
//! arithmetic, reads, prints), now and then a nested compound statement, and inside a `for`
//! body a `break` or `continue` under an `if`. Conditions test what teaching code tests: an
//! element, a length, a sum, a flag, a shape, a scalar, membership, and now and then the truth
//! of a whole array (an error unless it has one element, so only rarely).
//!
//! What a block does to the names is known only roughly (a branch may not run, a body runs
//! several times), so afterwards the model forgets every name the block bound or rebound
//! ([`Generator::settle`]) and keeps only what the statement's maker vouches for: the loop
//! variable of a loop that surely ran, a counter, an accumulator.

use super::Generator;
use crate::differential::model::{ArrayModel, Elem, Ty, shape_tuple};

/// Blocks nest at most this deep.
pub(super) const MAX_DEPTH: usize = 2;

/// What a compound statement's maker wrote: the text, and the names it vouches for after.
pub(super) type Written = (String, Vec<(String, Ty)>);

/// `header` with `body` under it, each line one level in (`pass` for an empty body).
pub(super) fn block(header: &str, body: &[String]) -> String {
    let mut text = header.to_string();
    let pass = ["pass".to_string()];
    let body = if body.is_empty() { &pass[..] } else { body };
    for line in body.iter().flat_map(|statement| statement.lines()) {
        text += "\n    ";
        text += line;
    }
    text
}

/// `text` followed by the clause `header` (`else:`, `elif ...:`) and its body.
pub(super) fn clause(text: String, header: &str, body: &[String]) -> String {
    text + "\n" + &block(header, body)
}

impl Generator {
    /// A compound statement, chosen by weight (none once blocks nest [`MAX_DEPTH`] deep).
    pub(super) fn compound_statement(&mut self) -> Option<String> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        let before = self.names.clone();
        self.depth += 1;
        let written = match self
            .rng
            .weighted(&[5, 4, 3, 3, 5, 2, 2, 1, 4, 4, 3, 3, 4, 4])
        {
            0 => self.loop_over_rows(),
            1 => self.loop_over_elements(),
            2 => self.index_loops(),
            3 => self.counting_while(),
            4 => self.if_statement(),
            5 => self.loop_over_growing_list(),
            6 => self.loop_over_sequence(),
            7 => self.builtin_loop(),
            8 if self.depth == 1 => self.function_statement(),
            9 => self.dict_statement(),
            10 => self.object_array_statement(),
            11 => self.string_statement(),
            12 => self.set_statement(),
            13 => self.copymath_statement(),
            _ => self.loop_over_elements(),
        };
        self.depth -= 1;
        let (text, kept) = written.unzip();
        self.settle(before, kept.unwrap_or_default());
        text
    }

    /// The names after a block: those bound before that it left as they were, and `kept`.
    pub(super) fn settle(&mut self, before: Vec<(String, Ty)>, kept: Vec<(String, Ty)>) {
        let now = std::mem::take(&mut self.names);
        let unchanged = |(name, ty): &(String, Ty)| {
            now.iter()
                .any(|(other, now_ty)| other == name && now_ty.same_binding(ty))
        };
        self.names = before.into_iter().filter(unchanged).collect();
        for (name, ty) in kept {
            self.bind(&name, ty);
        }
    }

    /// One to `most` statements for a block's body, `special` (a maker of the statement's own
    /// shape, given the chance) first among them when it writes something.
    pub(super) fn body(
        &mut self,
        most: i64,
        special: &mut dyn FnMut(&mut Generator) -> Option<String>,
    ) -> Vec<String> {
        let mut lines = Vec::new();
        for _ in 0..self.rng.range(1, most) {
            let line = match self.rng.chance(55) {
                true => special(self).or_else(|| self.body_statement()),
                false => self.body_statement(),
            };
            lines.extend(line);
        }
        lines
    }

    /// A body of other makers' statements only.
    pub(super) fn plain_body(&mut self, most: i64) -> Vec<String> {
        self.body(most, &mut |_| None)
    }

    /// One statement inside a block: another maker's, a nested compound one, or (in a `for`
    /// body) a `break` or `continue` under an `if`.
    fn body_statement(&mut self) -> Option<String> {
        match self.rng.weighted(&[5, 4, 3, 2, 2, 3, 2, 1, 2, 1]) {
            0 => self.item_assignment(),
            1 => self.augmented_assignment(),
            2 => self.arithmetic(),
            3 => self.index_read(),
            4 => self.reduction(),
            5 => self.show_array(),
            6 => self.introspection(),
            7 => self.scalar_statement(),
            8 => self.compound_statement(),
            _ if self.in_for => self.loop_exit(),
            _ => Some("pass".to_string()),
        }
    }

    /// `if COND:` and `break` or `continue` under it.
    fn loop_exit(&mut self) -> Option<String> {
        let test = self.condition()?;
        let exit = self.rng.pick(&["break", "continue"]).to_string();
        let mut body = vec![exit];
        if self.rng.chance(30) {
            body.insert(0, "print('leaving')".to_string());
        }
        Some(block(&format!("if {test}:"), &body))
    }

    /// `if`, up to two `elif`s, and sometimes an `else`.
    fn if_statement(&mut self) -> Option<Written> {
        let test = self.condition()?;
        let body = self.plain_body(3);
        let mut text = block(&format!("if {test}:"), &body);
        for _ in 0..self.rng.weighted(&[4, 2, 1]) {
            let Some(test) = self.condition() else { break };
            let body = self.plain_body(2);
            text = clause(text, &format!("elif {test}:"), &body);
        }
        if self.rng.chance(50) {
            let body = self.plain_body(2);
            text = clause(text, "else:", &body);
        }
        Some((text, Vec::new()))
    }

    /// A condition: a simple test, sometimes negated or joined to another by `and`/`or`.
    pub(super) fn condition(&mut self) -> Option<String> {
        let first = self.simple_condition()?;
        Some(match self.rng.weighted(&[14, 2, 2, 1]) {
            0 => first,
            1 => format!("not {first}"),
            choice => match self.simple_condition() {
                Some(second) if choice == 2 => format!("{first} and {second}"),
                Some(second) => format!("{first} or {second}"),
                None => first,
            },
        })
    }

    /// One test teaching code writes.
    fn simple_condition(&mut self) -> Option<String> {
        match self.rng.weighted(&[5, 3, 3, 2, 2, 1, 2, 1, 1, 1]) {
            0 => self.element_condition(),
            1 => self.length_condition(),
            2 => self.reduction_condition(),
            3 => self.shape_condition(),
            4 => self.flag_condition(),
            5 => self.memory_condition(),
            6 => self.scalar_condition(),
            7 => self.membership_condition(),
            8 => self.array_truth_condition(),
            _ => Some(
                self.rng
                    .pick(&[
                        "True", "False", "0", "''", "'x'", "None", "[]", "[0]", "range(0)",
                    ])
                    .to_string(),
            ),
        }
    }

    /// `a[1, -1] > 3`: one element against a scalar.
    fn element_condition(&mut self) -> Option<String> {
        let (name, model) = self.array_where(|model| model.known && model.size() > 0)?;
        let model = model.borrow().clone();
        let element = self.element_index(&model.shape);
        let (value, _) = self.scalar_for(model.dtype);
        let comparison = self.rng.pick(&[">", "<", "==", "!=", ">=", "<="]);
        Some(format!("{name}[{element}] {comparison} {value}"))
    }

    /// An index naming one element of an array of `shape` (`()` for a 0-d one).
    pub(super) fn element_index(&mut self, shape: &[usize]) -> String {
        if shape.is_empty() {
            return "()".to_string();
        }
        let items: Vec<String> = shape
            .iter()
            .map(|&len| self.rng.range(-(len as i64), len as i64 - 1).to_string())
            .collect();
        items.join(", ")
    }

    /// `len(L) > 2`, `L`, `not L`, `len(a) == 3`.
    fn length_condition(&mut self) -> Option<String> {
        if let Some((name, list)) = self.some_list().filter(|_| self.rng.chance(65)) {
            let len = list.borrow().len as i64;
            let bound = self.rng.range(0, len + 1);
            return Some(match self.rng.below(3) {
                0 => format!("len({name}) > {bound}"),
                1 => name,
                _ => format!("len({name}) == {bound}"),
            });
        }
        let (name, model) = self.array_where(|model| model.known && !model.shape.is_empty())?;
        let first = model.borrow().shape[0] as i64;
        Some(format!("len({name}) >= {}", self.rng.range(0, first + 1)))
    }

    /// `a.sum() > 10`, `a.any()`, `not a.all()`, `a.max() == 3`.
    fn reduction_condition(&mut self) -> Option<String> {
        let (name, model) = self.array_where(|model| model.known)?;
        let model = model.borrow().clone();
        let (value, _) = self.scalar_for(model.dtype);
        Some(match self.rng.below(4) {
            0 => format!("{name}.any()"),
            1 => format!("{name}.all()"),
            2 if model.size() > 0 => format!("{name}.max() == {value}"),
            _ => format!("{name}.sum() > {value}"),
        })
    }

    /// `a.shape == (2, 3)`, `a.ndim == 2`, `a.size > 4`.
    fn shape_condition(&mut self) -> Option<String> {
        let (name, model) = self.array_where(|model| model.known)?;
        let model = model.borrow().clone();
        let mut shape = model.shape.clone();
        if self.rng.chance(40) {
            shape.reverse();
        }
        Some(match self.rng.below(3) {
            0 => format!("{name}.shape == {}", shape_tuple(&shape)),
            1 => format!("{name}.ndim == {}", self.rng.range(0, 3)),
            _ => format!(
                "{name}.size > {}",
                self.rng.range(0, model.size() as i64 + 1)
            ),
        })
    }

    /// `a.flags.owndata`, `not a.flags.writeable`, `a.base is None`, `a.base is b`.
    fn flag_condition(&mut self) -> Option<String> {
        let (name, _) = self.some_array()?;
        let (other, _) = self.some_array()?;
        Some(match self.rng.below(4) {
            0 => format!("{name}.flags.owndata"),
            1 => format!("{name}.flags.writeable"),
            2 => format!("{name}.base is None"),
            _ => format!("{name}.base is {other}"),
        })
    }

    /// `np.shares_memory(a, b)`, `a is b`.
    fn memory_condition(&mut self) -> Option<String> {
        let (name, _) = self.some_array()?;
        let (other, _) = self.some_array()?;
        Some(match self.rng.chance(60) {
            true => format!("np.shares_memory({name}, {other})"),
            false => format!("{name} is {other}"),
        })
    }

    /// A bound Python or NumPy scalar against a number.
    fn scalar_condition(&mut self) -> Option<String> {
        let scalars = self.scalar_names();
        if scalars.is_empty() {
            return None;
        }
        let name = self.rng.pick(&scalars).clone();
        let comparison = self.rng.pick(&[">", "<", "==", "!=", ">="]);
        Some(format!("{name} {comparison} {}", self.rng.range(-2, 5)))
    }

    /// `3 in L`, `2 in a` (a 1-d array).
    fn membership_condition(&mut self) -> Option<String> {
        let value = self.rng.range(-1, 4);
        if let Some((name, _)) = self.some_list().filter(|_| self.rng.chance(50)) {
            return Some(format!("{value} in {name}"));
        }
        let (name, _) = self.array_where(|model| model.known && model.shape.len() == 1)?;
        Some(format!(
            "{value} {} {name}",
            self.rng.pick(&["in", "not in"])
        ))
    }

    /// `a` or `a > 0` for an array of one element; rarely one of another size (which raises).
    fn array_truth_condition(&mut self) -> Option<String> {
        let raising = self.rng.chance(15);
        let (name, model) =
            self.array_where(|model| model.known && (model.size() == 1) != raising)?;
        let (value, _) = self.scalar_for(model.borrow().dtype);
        Some(match self.rng.chance(50) {
            true => name,
            false => format!("{name} > {value}"),
        })
    }

    /// A bound array the model knows, by name (the loop variable, say), if it still is one.
    pub(super) fn array_named(&self, name: &str) -> Option<ArrayModel> {
        self.names.iter().find_map(|(bound, ty)| match ty {
            Ty::Array(model) if bound == name && model.borrow().known => {
                Some(model.borrow().clone())
            }
            _ => None,
        })
    }

    /// A name for a loop variable or counter among `choices`, none an enclosing loop uses.
    pub(super) fn loop_name(&mut self, choices: &[&str]) -> String {
        let free: Vec<&str> = choices
            .iter()
            .copied()
            .filter(|name| !self.loop_names.iter().any(|used| used == name))
            .collect();
        match free.is_empty() {
            true => format!("{}{}", choices[0], self.loop_names.len()),
            false => self.rng.pick(&free).to_string(),
        }
    }

    /// The body of a loop walking or counting with `name`: `for_loop` says whether `break`
    /// and `continue` may be written in it (not in a `while`, whose counter they could skip).
    pub(super) fn loop_body(
        &mut self,
        name: &str,
        for_loop: bool,
        most: i64,
        special: &mut dyn FnMut(&mut Generator) -> Option<String>,
    ) -> Vec<String> {
        let saved = self.in_for;
        self.in_for = for_loop;
        self.loop_names.push(name.to_string());
        let body = self.body(most, special);
        self.loop_names.pop();
        self.in_for = saved;
        body
    }
}

/// The item type of a list holding `elem`.
pub(super) fn list_item_ty(elem: Elem) -> Ty {
    match elem {
        Elem::Int => Ty::Py(crate::differential::model::PyScalar::Int),
        Elem::Float => Ty::Py(crate::differential::model::PyScalar::Float),
        Elem::Row(width) => Ty::list(width, Elem::Int),
        Elem::Any => Ty::Other,
    }
}
