//! What a program prints about its arrays: `print`/`repr`/`str` in their forms, element reads,
//! conversions, the introspection of the subset (`np.shares_memory`, `.base is`, `.flags`,
//! `.strides`, ...), printing edges, and the statements that change a name's standing
//! (`del`, `flags.writeable`).

use super::Generator;
use crate::differential::model::ArrayModel;

impl Generator {
    /// A print of facts about a bound array's memory.
    pub(super) fn introspection(&mut self) -> Option<String> {
        let (name, model) = self.some_array()?;
        let other = self.some_array().map_or(name.clone(), |(other, _)| other);
        let line = match self.rng.below(12) {
            0 => format!("print({name}.shape, {name}.strides, {name}.ndim, {name}.size)"),
            1 => format!("print({name}.dtype, {name}.itemsize, {name}.nbytes, repr({name}.dtype))"),
            2 => format!("print({name}.flags)"),
            3 => {
                let flags = [
                    "c_contiguous",
                    "f_contiguous",
                    "owndata",
                    "writeable",
                    "aligned",
                ];
                let a = self.rng.pick(&flags).to_string();
                let b = self.rng.pick(&flags).to_string();
                format!("print({name}.flags.{a}, {name}.flags.{b})")
            }
            4 => {
                let keys = [
                    "'OWNDATA'",
                    "'C_CONTIGUOUS'",
                    "'F_CONTIGUOUS'",
                    "'WRITEABLE'",
                ];
                let key = self.rng.pick(&keys).to_string();
                format!("print({name}.flags[{key}])")
            }
            5 => format!("print({name}.base is None, {name}.base is {other})"),
            6 => format!(
                "print(np.shares_memory({name}, {other}), np.may_share_memory({name}, {other}))"
            ),
            7 => format!("print({name} is {other}, {name} is not {other}, type({name}))"),
            8 if !model.shape.is_empty() => format!("print(len({name}), {name}.T.strides)"),
            9 => format!(
                "print({name}.dtype == np.{}, {name}.dtype == {other}.dtype)",
                model.dtype.name()
            ),
            10 if !model.shape.is_empty() => {
                format!("print({name}[::-1].strides, {name}[::2].flags.c_contiguous)")
            }
            _ => format!(
                "print({name}.base is not None, {name}.flags.owndata == ({name}.base is None))"
            ),
        };
        Some(line)
    }

    /// A print of a bound array's values, in one of the ways Python shows them.
    pub(super) fn show_array(&mut self) -> Option<String> {
        let (name, model) = self.some_array()?;
        let other = self.some_array().map_or(name.clone(), |(other, _)| other);
        let one_d = model.known && model.shape.len() == 1;
        let nonempty = model.known && model.size() > 0;
        let single = model.known && model.size() == 1;
        Some(match self.rng.below(19) {
            0 | 1 => format!("print({name})"),
            2 => format!("print(repr({name}))"),
            3 => format!("print(str({name}), {other})"),
            4 => format!("print({name}, {other}, sep='\\n', end='|\\n')"),
            5 => format!("print({name}.tolist())"),
            6 if one_d => format!("print(list({name}))"),
            7 if one_d && nonempty => {
                format!("print(sum({name}), min({name}), max({name}), sorted({name}))")
            }
            8 if single => {
                format!("print({name}.item(), int({name}), float({name}), bool({name}))")
            }
            9 if model.known && model.shape.is_empty() => {
                format!("print({name}[()], {name}[...], {name}.item())")
            }
            10 if nonempty && !model.shape.is_empty() => {
                let index = self.basic_index(&model.shape);
                format!("print(repr({name}[{}]))", index.text)
            }
            11 if model.writeable && model.known => {
                let (value, _) = self.scalar_for(model.dtype);
                format!("{name}.fill({value})")
            }
            12 if model.writeable && !model.shape.is_empty() => {
                let axis = self.axis_text(model.shape.len(), true);
                format!("{name}.sort({})", axis.trim_start_matches(", "))
            }
            13 if one_d && nonempty => {
                format!("print({name}[0] in {name}, 3 in {name}, abs({name}[-1]))")
            }
            14 if nonempty => format!(
                "print(round({name}.{}(), 2), {name}.mean())",
                self.rng.pick(&["sum", "max", "min"])
            ),
            15 => format!(
                "print(f'{{{name}}} has {{{name}.nbytes}} bytes, strides {{{name}.strides}}, {{{other}!r:>5}}')"
            ),
            16 if nonempty => {
                let spec = self
                    .rng
                    .pick(&[">12", ".3e", "+.2f", "_", ",", "<9.4g", "08.2%"]);
                format!("print(f'{{{name}.sum():{spec}}} {{{name}.mean():.3f}} {{{name}.max()=}}')")
            }
            17 => format!("print('%s | %r | %d' % ({name}, {name}.dtype, {name}.ndim))"),
            18 => format!(
                "print('{{}} {{!r}} {{:>6}}'.format({name}.shape, {name}.dtype, {name}.size))"
            ),
            _ => format!("print(repr({name}))"),
        })
    }

    /// A print of an array whose formatting is hard, or of scalars at the edges.
    pub(super) fn edge_print(&mut self) -> Option<String> {
        let (expr, _) = match self.rng.chance(75) {
            true => self.printing_edge_array(),
            false => {
                let dtype = self.dtype();
                let (low, high) = dtype.limits();
                let value = match dtype.is_integer() {
                    true => self.rng.pick(&[low, high]).to_string(),
                    false => self.element_for(dtype),
                };
                let scalar = format!("np.{}({value})", dtype.name());
                (scalar, ArrayModel::new(dtype, Vec::new()))
            }
        };
        let form = self.rng.pick(&[
            "print({})",
            "print(repr({}))",
            "print(str({}))",
            "print([{}])",
        ]);
        Some(form.replace("{}", &expr))
    }

    /// `del name` or `del L[i]`.
    pub(super) fn delete(&mut self) -> Option<String> {
        let (name, _) = self.any_name()?;
        self.unbind(&name);
        Some(format!("del {name}"))
    }

    /// `x.flags.writeable = False` (and back to True only where that is allowed).
    pub(super) fn writeable_flag(&mut self) -> Option<String> {
        let (name, model) = self.array_where(|model| model.writeable)?;
        model.borrow_mut().writeable = false;
        Some(format!("{name}.flags.writeable = False"))
    }
}
