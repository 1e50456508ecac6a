//! Deliberately wrong statements, one at the end of some programs, so that the exception
//! type and message are compared too: bad indices, shapes that do not broadcast or reshape,
//! axes out of range, read-only writes, bad dtypes, misspelt names and attributes, overflowing
//! scalars, ambiguous truth values, resizing an exported buffer, Python's own errors, and
//! compound statements that fail part-way (`loops`).

use super::Generator;
use crate::differential::model::{ArrayModel, DType};

impl Generator {
    /// Appends a statement that raises (or, where the model was wrong, does not).
    pub(super) fn wrong_statement(&mut self) {
        let compound = self.rng.chance(30);
        let line = compound
            .then(|| self.wrong_compound())
            .flatten()
            .or_else(|| self.wrong_on_bound_array())
            .unwrap_or_else(|| self.wrong_anywhere());
        let line = match self.rng.chance(35) {
            true => self.caught(&line),
            false => line,
        };
        self.lines.push(line);
    }

    /// A mistake with a bound array.
    fn wrong_on_bound_array(&mut self) -> Option<String> {
        let (name, model) = self.known_array().filter(|_| self.rng.chance(70))?;
        let ndim = model.shape.len();
        let first = model.shape.first().copied().unwrap_or(0);
        Some(match self.rng.below(20) {
            0 => format!("print({name}[{first}])"),
            1 => format!("print({name}[{}])", vec!["0"; ndim + 1].join(", ")),
            2 => format!("{name}.reshape({})", model.size() + 1),
            3 => format!("print({name}.sum(axis={ndim}))"),
            4 => format!("print({name}.max(axis=-{}))", ndim + 1),
            5 => format!(
                "print({name} + np.ones({}))",
                model.shape.last().map_or(2, |&n| n + 2)
            ),
            6 => format!(
                "{name}[...] = np.zeros({})",
                model.shape.last().map_or(3, |&n| n + 1)
            ),
            7 => format!("np.broadcast_to({name}, (2,) + {name}.shape)[0] = 1"),
            8 => format!("{name}.astype('int7')"),
            9 => format!("print({name}.resahpe(-1))"),
            10 => format!("print({name}.item())"),
            11 => format!("print(bool({name}))"),
            12 => format!("{name}.flags.writeable = False\n{name}[...] = 0"),
            13 => format!("print({name}.swapaxes(0, {ndim}))"),
            14 => format!(
                "print({name}.transpose({}))",
                vec!["0"; ndim.max(2)].join(", ")
            ),
            15 => format!(
                "print({name}.view(np.int8).view(np.{}))",
                self.wide_dtype(&model).name()
            ),
            16 if model.dtype.is_integer() => format!("{name} += 1.5"),
            17 if model.dtype.is_integer() => format!("print({name} ** -1)"),
            18 if model.dtype.is_float() => format!("print(~{name})"),
            _ => format!(
                "print(np.concatenate([{name}, np.zeros(({},) * {})]))",
                first + 1,
                ndim + 1
            ),
        })
    }

    /// A dtype wider than the array's last axis holds (for a failing `.view`).
    fn wide_dtype(&mut self, model: &ArrayModel) -> DType {
        let bytes = model.shape.last().copied().unwrap_or(1) * model.dtype.itemsize();
        [DType::I16, DType::I32, DType::I64]
            .into_iter()
            .find(|dtype| !bytes.is_multiple_of(dtype.itemsize()))
            .unwrap_or(DType::I64)
    }

    /// A mistake that needs no bound array.
    fn wrong_anywhere(&mut self) -> String {
        let statements = [
            "print(np.arange(3)[3])",
            "print(np.zeros((2, 3))[0, 0, 0])",
            "print(np.arange(6).reshape(4, -1))",
            "print(np.arange(6).reshape(-1, -1))",
            "print(np.ones(3).sum(axis=1))",
            "print(np.arange(3) + np.arange(4))",
            "x = np.zeros(3, dtype='int7')",
            "print(np.int8(300))",
            "print(np.array([300], dtype=np.uint8))",
            "print(np.arange(3, dtype=np.uint8) + 300)",
            "print(np.zeros(-1))",
            "print(bool(np.array([])))",
            "print(bool(np.array([1, 2])))",
            "print(len(np.array(5)))",
            "print(np.array(5)[0])",
            "print(np.zeros(0).min())",
            "print(np.linspace(0, 1, -1))",
            "print(np.arange(0, 10, 0))",
            "print(np.zeros(3)[1.5])",
            "print(np.zeros(3)['a'])",
            "x = np.diagonal(np.arange(3))",
            "x = np.arange(4)\nx.shape = (3,)",
            "x = np.full((2, 2), [1, 2, 3])",
            "np.arange(3).fill('s')",
            "print([1, 2][5])",
            "[1, 2].remove(7)",
            "print([].pop())",
            "t = (1, 2)\nt[0] = 5",
            "b = b'ab'\nb[0] = 1",
            "print(int('x'))",
            "print(1 // 0)",
            "print(1.0 % 0)",
            "print(range(5)[10])",
            "print([1, 2].index(3))",
            "ba = bytearray(4)\nv = np.frombuffer(ba, dtype=np.uint8)\nba.append(1)",
            "ba = bytearray(4)\nv = np.frombuffer(ba, dtype=np.int32)\nprint(v)\nba.extend(b'xy')",
            "v = np.frombuffer(b'abcd', dtype=np.uint8)\nv[0] = 1",
            "v = np.broadcast_to(np.arange(3), (2, 3))\nv.flags.writeable = True",
            "d = np.eye(3)\nprint(d)",
            "x = np.arange(5)\nprint(x[[0, 5]])",
            "x = np.arange(5)\nprint(x[[True, False]])",
            "x = np.arange(6).reshape(2, 3)\nprint(x[[0, 1], [0, 1, 2]])",
            "x = np.arange(3)\nx[[0, 1]] = [1, 2, 3]",
            "x = np.arange(3)\ny = x.T\ny[5] = 1",
            "print(prnt)",
            "arr = np.arange(3)\nprint(ar)",
            "print(np.arang(3))",
            "print(np.zeros(3).shap)",
            "print([1, 2].apend)",
            "print(np.array([1, 2]) @ np.array([3]))",
            "print(np.where(np.arange(3) > 1))",
            "print(np.arange(3).astype(np.float16))",
            "print(np.array([1, 2], dtype=object))",
            "print(np.array([[1, 2], [3]]))",
            "print(np.array([1.5]) << 1)",
            "print(True - np.array([True]))",
            "print(np.arange(3) ** -1)",
            "print(2 ** 64)",
            "print(np.uint64(2**64 - 1) + 1)",
            "print(np.arange(3).sum(axis=(0, 1)))",
            "print(np.arange(4).reshape(2, 2).diagonal(axis1=0, axis2=0))",
        ];
        self.rng.pick(&statements).to_string()
    }
}
