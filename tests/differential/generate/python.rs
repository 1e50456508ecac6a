//! Python objects and builtins: lists (aliasing, slicing, methods), tuples, ranges, bytes,
//! bytearray, array.array, Python and NumPy scalars with their operators, and the builtins of
//! the subset (`len`, `sum`, `min`, `max`, `sorted`, `round`, `abs`, `int`, `float`, `bool`,
//! `type`, `list`, `tuple`, `range`, ...).

use super::Generator;
use crate::differential::model::{DType, Elem, PyScalar, Ty};

/// `array.array` typecodes viewfinder models.
const TYPECODES: &[char] = &['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd'];

impl Generator {
    /// A statement on a list: make one, alias or copy it, call a method, assign into it, read it.
    pub(super) fn list_statement(&mut self) -> Option<String> {
        let Some((name, list)) = self.some_list().filter(|_| self.rng.chance(70)) else {
            return self.new_list();
        };
        let (len, elem) = {
            let list = list.borrow();
            (list.len, list.elem)
        };
        let item = self.list_item(elem);
        let index = |generator: &mut Generator| generator.rng.range(-(len as i64), len as i64 - 1);
        let set_len = |new: usize| list.borrow_mut().len = new;
        Some(match self.rng.below(22) {
            0 => {
                set_len(len + 1);
                format!("{name}.append({item})")
            }
            1 => {
                let extra = self.rng.range(0, 3) as usize;
                set_len(len + extra);
                format!("{name}.extend({})", self.items_literal(extra, elem))
            }
            2 => {
                set_len(len + 1);
                format!("{name}.insert({}, {item})", self.rng.range(-3, 5))
            }
            3 if len > 0 => {
                set_len(len - 1);
                match self.rng.chance(50) {
                    true => format!("print({name}.pop())"),
                    false => format!("print({name}.pop({}))", index(self)),
                }
            }
            4 if len > 0 => {
                set_len(len - 1);
                format!("{name}.remove({name}[{}])", index(self))
            }
            5 => format!("{name}.reverse()"),
            6 if elem != Elem::Any => format!(
                "{name}.sort({})",
                self.rng.pick(&["", "reverse=True", "reverse=False"])
            ),
            7 if len > 0 => format!("{name}[{}] = {item}", index(self)),
            8 => {
                let (slice, selected) = self.slice(len);
                let extra = self.rng.range(0, 3) as usize;
                if slice.matches(':').count() == 2 && !slice.ends_with(":1") && extra != selected {
                    return None;
                }
                set_len(len - selected + extra);
                format!("{name}[{slice}] = {}", self.items_literal(extra, elem))
            }
            9 if len > 0 => {
                set_len(len - 1);
                format!("del {name}[{}]", index(self))
            }
            10 => {
                let extra = self.rng.range(0, 2) as usize;
                set_len(len + extra);
                format!("{name} += {}", self.items_literal(extra, elem))
            }
            11 => {
                set_len(len * 2);
                format!("{name} *= 2")
            }
            12 => {
                let alias = self.target_name();
                self.bind(&alias, Ty::List(list.clone()));
                format!("{alias} = {name}")
            }
            13 => {
                let copy = self.target_name();
                self.bind(&copy, Ty::list(len, elem));
                let how = self
                    .rng
                    .pick(&["{}[:]", "{}.copy()", "list({})", "{}[::1]"])
                    .replace("{}", &name);
                format!("{copy} = {how}")
            }
            14 if len > 0 => format!("print({name}[{}], {name}[-1])", index(self)),
            15 => format!("print({name}[{}])", self.slice(len).0),
            16 if matches!(elem, Elem::Int | Elem::Float) && len > 0 => {
                format!("print(len({name}), sum({name}), min({name}), max({name}))")
            }
            17 if matches!(elem, Elem::Int | Elem::Float) => {
                format!(
                    "print(sorted({name}{}))",
                    self.rng.pick(&["", ", reverse=True"])
                )
            }
            18 => format!("print({item} in {name}, {name}.count({item}))"),
            19 if len > 0 => format!("print({name}.index({name}[{}]))", index(self)),
            20 => {
                let other = self
                    .some_list()
                    .map_or("[]".to_string(), |(other, _)| other);
                let op = self.rng.pick(&["==", "!=", "<", ">=", "is", "is not"]);
                format!("print({name} {op} {other})")
            }
            _ => format!("print({name}, len({name}))"),
        })
    }

    /// `L = [...]` in one of the ways a list is made.
    fn new_list(&mut self) -> Option<String> {
        let name = self.target_name();
        let len = self.rng.range(0, 5) as usize;
        let (text, ty) = match self.rng.below(8) {
            0 => (self.items_literal(len, Elem::Int), Ty::list(len, Elem::Int)),
            1 => (
                self.items_literal(len, Elem::Float),
                Ty::list(len, Elem::Float),
            ),
            2 => {
                let width = self.rng.range(1, 3) as usize;
                (
                    self.items_literal(len, Elem::Row(width)),
                    Ty::list(len, Elem::Row(width)),
                )
            }
            3 => (format!("list(range({len}))"), Ty::list(len, Elem::Int)),
            4 => (format!("[0] * {len}"), Ty::list(len, Elem::Int)),
            5 => (self.items_literal(len, Elem::Any), Ty::list(len, Elem::Any)),
            6 => {
                let (source, model) = self.known_array()?;
                let ty = match model.shape.as_slice() {
                    [len] => Ty::list(
                        *len,
                        if model.dtype.is_float() {
                            Elem::Float
                        } else {
                            Elem::Any
                        },
                    ),
                    _ => Ty::Other,
                };
                (format!("{source}.tolist()"), ty)
            }
            _ => {
                let (source, model) = self.known_array()?;
                let ty = match model.shape.as_slice() {
                    [len] => Ty::list(*len, Elem::Any),
                    _ => return None,
                };
                (format!("list({source})"), ty)
            }
        };
        self.bind(&name, ty);
        Some(format!("{name} = {text}"))
    }

    /// `[1, 2]`, `[1.5]`, `[[1, 2], [3, 4]]`, `[1, 'a', None, 2.5]`.
    fn items_literal(&mut self, len: usize, elem: Elem) -> String {
        let items: Vec<String> = (0..len).map(|_| self.list_item(elem)).collect();
        format!("[{}]", items.join(", "))
    }

    /// One item of a list holding `elem`.
    fn list_item(&mut self, elem: Elem) -> String {
        match elem {
            Elem::Int => self.rng.range(-9, 12).to_string(),
            Elem::Float => self.element_for(DType::F64),
            Elem::Row(width) => self.list_literal(&[width], DType::I8),
            Elem::Any => match self.rng.below(5) {
                0 => "None".to_string(),
                1 => "'s'".to_string(),
                2 => self.float_text(),
                3 => "(1, 2)".to_string(),
                _ => self.int_text(),
            },
        }
    }

    /// Tuples and ranges: make one, index it, slice it, call its methods.
    pub(super) fn sequence_statement(&mut self) -> Option<String> {
        match self.rng.chance(50) {
            true => Some(self.tuple_statement()),
            false => Some(self.range_statement()),
        }
    }

    /// `t = (...)` and a read of it: indexing, slicing, methods, operators.
    fn tuple_statement(&mut self) -> String {
        let name = self.target_name();
        let len = self.rng.range(0, 4) as usize;
        let items: Vec<String> = (0..len)
            .map(|_| self.rng.range(-3, 6).to_string())
            .collect();
        let tuple = match len {
            1 => format!("({},)", items[0]),
            _ => format!("({})", items.join(", ")),
        };
        self.bind(&name, Ty::Tuple(len));
        let index = if len > 0 {
            self.rng.range(-(len as i64), len as i64 - 1).to_string()
        } else {
            "0:".to_string()
        };
        let read = match self.rng.below(6) {
            0 => format!("print({name}[{index}], {name}[::-1], len({name}))"),
            1 => format!("print({name} + (9,), {name} * 2)"),
            2 => format!("print({name}.count(1), 1 in {name}, {name} == {tuple})"),
            3 if len > 0 => format!("print({name}.index({name}[{index}]))"),
            4 => format!("print(tuple([1, 2]), tuple(range(3)), {name}[1:])"),
            _ => format!("print({name})"),
        };
        format!("{name} = {tuple}\n{read}")
    }

    /// `r = range(...)` and a read of it: slicing, `in`, methods, attributes.
    fn range_statement(&mut self) -> String {
        let (start, stop, step) = (
            self.rng.range(-4, 5),
            self.rng.range(-5, 12),
            *self.rng.pick(&[-3, -2, -1, 1, 1, 2, 4]),
        );
        let name = self.target_name();
        let text = match (step, self.rng.below(3)) {
            (1, 0) => format!("range({stop})"),
            (1, 1) => format!("range({start}, {stop})"),
            _ => format!("range({start}, {stop}, {step})"),
        };
        self.bind(&name, Ty::Range(start, stop, step));
        let probe = self.rng.range(-4, 6);
        let slice = self.slice(4).0;
        let read = match self.rng.below(7) {
            0 => format!("print({name}, len({name}), list({name}))"),
            1 => format!("print({name}[{slice}])"),
            2 => format!("print({probe} in {name}, {name}.count({probe}))"),
            3 => format!("print({name}.start, {name}.stop, {name}.step)"),
            4 => format!("print(list({name}[{slice}]), {name}[{slice}] == {name})"),
            5 => format!("print(sum({name}), sorted({name}, reverse=True))"),
            _ => format!("print({name}[-1:], {name}[::-1])"),
        };
        format!("{name} = {text}\n{read}")
    }

    /// bytes, bytearray and array.array: make one, change it, read it.
    pub(super) fn buffer_statement(&mut self) -> Option<String> {
        match self
            .rng
            .weighted(&[3, 4, if self.array_module { 4 } else { 0 }])
        {
            0 => Some(self.bytes_statement()),
            1 => Some(self.bytearray_statement()),
            _ => Some(self.array_array_statement()),
        }
    }

    /// `s = b'...'` and a read of it: indexing, `in`, operators, methods.
    fn bytes_statement(&mut self) -> String {
        let name = self.target_name();
        let (text, len) = match self.rng.below(4) {
            0 => ("b'abc'".to_string(), 3),
            1 => ("bytes(3)".to_string(), 3),
            2 => ("bytes([1, 2, 255, 0])".to_string(), 4),
            _ => ("b'\\x00\\x01\\xff xy'".to_string(), 6),
        };
        self.bind(&name, Ty::Bytes(len));
        let read = match self.rng.below(8) {
            0 => format!("print({name}[0], {name}[1:], {name}[-1], len({name}))"),
            1 => format!("print(b'a' in {name}, 97 in {name}, b'' in {name}, b'bc' in {name})"),
            2 => format!("print({name} + b'!', {name} * 2, {name} == b'abc')"),
            3 => format!("print({name}.count(b'a'), {name}.find(b'b'), {name}.startswith(b'a'))"),
            4 => format!("print({name}.hex(), list({name}), bytearray({name}))"),
            5 => format!("print(repr({name}), str({name}), {name}[::-1])"),
            6 => format!("print(sum({name}), max({name}), sorted({name}))"),
            _ => format!("print({name})"),
        };
        format!("{name} = {text}\n{read}")
    }

    /// A new bytearray, or a change to a bound one (resizing only while NumPy does not look
    /// into it).
    fn bytearray_statement(&mut self) -> String {
        if let Some((name, buffer)) = self.some_buffer(false).filter(|_| self.rng.chance(60)) {
            let (len, exported) = (buffer.borrow().len, buffer.borrow().exported);
            let value = self.rng.range(0, 255);
            let resize = |new: usize, text: String| {
                buffer.borrow_mut().len = new;
                text
            };
            return match self.rng.below(6) {
                0 if len > 0 => format!(
                    "{name}[{}] = {value}",
                    self.rng.range(-(len as i64), len as i64 - 1)
                ),
                1 if !exported => resize(len + 1, format!("{name}.append({value})")),
                2 if !exported => resize(len + 2, format!("{name}.extend(b'xy')")),
                3 if !exported && len > 0 => resize(len - 1, format!("print({name}.pop())")),
                4 if len >= 2 => format!("{name}[0:2] = b'zz'"),
                _ => format!("print({name}, len({name}), {name}[1:])"),
            };
        }
        let name = self.target_name();
        let (text, len) = match self.rng.below(4) {
            0 => {
                let len = self.rng.range(0, 8) as usize;
                (format!("bytearray({len})"), len)
            }
            1 => ("bytearray(b'hello')".to_string(), 5),
            2 => ("bytearray([1, 2, 3, 4])".to_string(), 4),
            _ => ("bytearray(range(8))".to_string(), 8),
        };
        self.bind(&name, Ty::buffer(len, None));
        format!("{name} = {text}")
    }

    /// A new `array.array`, or a change to or read of a bound one.
    fn array_array_statement(&mut self) -> String {
        if let Some((name, buffer)) = self.some_buffer(true).filter(|_| self.rng.chance(60)) {
            let (len, exported, code) = {
                let model = buffer.borrow();
                (model.len, model.exported, model.code.unwrap_or('i'))
            };
            let value = if matches!(code, 'f' | 'd') {
                "2.5"
            } else {
                "7"
            };
            let resize = |new: usize| buffer.borrow_mut().len = new;
            return match self.rng.below(8) {
                0 if !exported => {
                    resize(len + 1);
                    format!("{name}.append({value})")
                }
                1 if !exported => {
                    resize(len + 2);
                    format!("{name}.extend([{value}, {value}])")
                }
                2 if !exported && len > 0 => {
                    resize(len - 1);
                    format!("print({name}.pop())")
                }
                3 if len > 0 => format!("{name}[0] = {value}"),
                4 => {
                    format!("print({name}.tolist(), {name}.itemsize, {name}.typecode, len({name}))")
                }
                5 => format!("print({name}[1:], {name}[::-1])"),
                6 if !exported => {
                    resize(len + 1);
                    format!("{name}.insert(0, {value})")
                }
                _ => format!("print({name}, repr({name}))"),
            };
        }
        let code = *self.rng.pick(TYPECODES);
        let len = self.rng.range(0, 5) as usize;
        let items: Vec<String> = (0..len)
            .map(|i| match code {
                'f' | 'd' => format!("{}.5", i),
                'b' | 'h' | 'i' | 'l' | 'q' => (i as i64 - 2).to_string(),
                _ => (i * 3).to_string(),
            })
            .collect();
        let name = self.target_name();
        self.bind(&name, Ty::buffer(len, Some(code)));
        format!("{name} = array.array('{code}', [{}])", items.join(", "))
    }

    /// Python and NumPy scalar statements: operators, builtins, conversions, reprs.
    pub(super) fn scalar_statement(&mut self) -> Option<String> {
        match self.rng.weighted(&[5, 3, 2, 3]) {
            3 => self.bound_scalar_statement(),
            0 => {
                let expr = self.python_expr(2, true);
                Some(format!("print({expr})"))
            }
            1 => Some(self.numpy_scalar_statement()),
            _ => {
                let name = self.target_name();
                let (value, kind) = self.py_scalar();
                self.bind(&name, Ty::Py(kind));
                Some(format!("{name} = {value}"))
            }
        }
    }

    /// Computing with a bound Python or NumPy scalar: promotion with arrays and scalars,
    /// chained comparisons, reprs.
    fn bound_scalar_statement(&mut self) -> Option<String> {
        let scalars: Vec<(String, Ty)> = self
            .names
            .iter()
            .filter(|(_, ty)| matches!(ty, Ty::Py(_) | Ty::NpScalar(_)))
            .cloned()
            .collect();
        if scalars.is_empty() {
            return None;
        }
        let (name, ty) = self.rng.pick(&scalars).clone();
        Some(match ty {
            Ty::NpScalar(dtype) => {
                let (other, _) = self.scalar_for(dtype);
                match self.rng.below(4) {
                    0 => format!("print(repr({name} + {other}), repr({name} * {name}))"),
                    1 => format!("print({other} <= {name} < 10, {name} == {other})"),
                    2 => format!("print(repr({name}), type({name}), {name}.dtype, {name}.item())"),
                    _ => format!(
                        "print(repr(np.full(2, {name})), repr({name} + np.arange(2, dtype=np.{})))",
                        dtype.name()
                    ),
                }
            }
            Ty::Py(kind) => {
                let dtype = match kind {
                    PyScalar::Bool => DType::Bool,
                    PyScalar::Int => DType::I64,
                    PyScalar::Float => DType::F64,
                };
                let target = self.target_name();
                self.bind(
                    &target,
                    Ty::array(crate::differential::model::ArrayModel::new(dtype, vec![3])),
                );
                format!("{target} = np.full(3, {name})")
            }
            _ => return None,
        })
    }

    /// A Python expression over numbers: operators, chained comparisons, builtins.
    /// Strings, types and tuples come out only at the `top` (printed, not computed with).
    fn python_expr(&mut self, depth: u32, top: bool) -> String {
        if depth == 0 || self.rng.chance(30) {
            return self.python_leaf();
        }
        let (a, b) = (
            self.python_expr(depth - 1, false),
            self.python_expr(depth - 1, false),
        );
        let arms = if top { 12 } else { 8 };
        match self.rng.below(arms) {
            0..=3 => {
                let op = self.rng.pick(&["+", "-", "*", "/", "//", "%"]);
                format!("({a}) {op} ({b})")
            }
            4 => format!("({a}) ** {}", self.rng.range(-2, 4)),
            5 => {
                let op = self.rng.pick(&["&", "|", "^"]);
                let (x, y) = (
                    self.rng.pick(&["True", "False", "5", "-3", "12"]),
                    self.rng.pick(&["True", "False", "6", "-1"]),
                );
                format!("{x} {op} {y}")
            }
            6 if self.rng.chance(50) => format!(
                "round({a}{})",
                self.rng.pick(&["", ", 1", ", 0", ", -1", ", 2"])
            ),
            6 => format!("{} < ({a}) <= ({b})", self.python_leaf()),
            7 => {
                let f = self.rng.pick(&["abs", "int", "float", "bool"]);
                format!("{f}({a})")
            }
            8 => {
                let f = self.rng.pick(&["str", "repr", "type"]);
                format!("{f}({a})")
            }
            9 => format!("min({a}, {b}), max([{a}, {b}])"),
            10 => format!("({a}) if ({b}) else 0"),
            _ => format!("not ({a}), ({a}) and ({b}), ({a}) or ({b})"),
        }
    }

    /// The names bound to Python or NumPy scalars.
    pub(super) fn scalar_names(&self) -> Vec<String> {
        let scalars = self.names.iter();
        scalars
            .filter(|(_, ty)| matches!(ty, Ty::Py(_) | Ty::NpScalar(_)))
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// A number literal or a bound Python/NumPy scalar name.
    fn python_leaf(&mut self) -> String {
        let scalars = self.scalar_names();
        if !scalars.is_empty() && self.rng.chance(30) {
            return self.rng.pick(&scalars).clone();
        }
        match self.py_scalar() {
            // Edge ints multiplied together leave 64 bits, which viewfinder refuses.
            (_, PyScalar::Int) if self.rng.chance(80) => self.rng.range(-9, 9).to_string(),
            (text, PyScalar::Int) if text.contains("**") => format!("({text})"),
            (text, _) => text,
        }
    }

    /// `s = np.int8(5)`, arithmetic on NumPy scalars, their reprs and conversions.
    fn numpy_scalar_statement(&mut self) -> String {
        let dtype = self.dtype();
        let value = self.element_for(dtype);
        let scalar = format!("np.{}({value})", dtype.name());
        let (other, _) = self.py_scalar();
        match self.rng.below(7) {
            0 => self.numpy_scalar(),
            1 => format!("print(repr({scalar}), {scalar}, type({scalar}))"),
            2 => {
                let op = self.rng.pick(&["+", "-", "*", "/", "//", "==", "<"]);
                let other = if dtype.is_unsigned() && !other.starts_with('-') {
                    other
                } else {
                    self.int_for(dtype)
                };
                format!("print(repr({scalar} {op} {other}))")
            }
            3 => {
                let second = self.dtype();
                let op = self.rng.pick(&["+", "*", "-", "<", "=="]);
                let b = format!("np.{}({})", second.name(), self.element_for(second));
                format!("print(repr({scalar} {op} {b}))")
            }
            4 => format!("print(int({scalar}), float({scalar}), bool({scalar}))"),
            5 => {
                format!("print([{scalar}, {scalar}], ({scalar},), {scalar}.item(), {scalar}.dtype)")
            }
            _ => format!("print({scalar}.itemsize, {scalar}.shape, {scalar}.ndim, abs({scalar}))"),
        }
    }
}
