//! Reductions: `sum`, `min`, `max`, `mean`, `prod`, `any`, `all`, as array methods and as
//! `np.` functions, with `axis=`.
//!
//! The result is a new array, or a NumPy scalar when every axis is reduced, as NumPy returns.

use std::rc::Rc;

use crate::eval::args::Args;
use crate::eval::python::as_index_int;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::memory::compute::{self, Reduction};
use crate::value::{ArrayObject, Rule, Value};

macro_rules! reductions {
    ($($method:ident, $function:ident => $kind:expr;)*) => {$(
        #[doc = concat!("`a.", stringify!($method), "(axis=None)`.")]
        pub(crate) fn $method(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
            let array = vf.receiver_array(args)?;
            vf.reduce(&array, $kind, args)
        }

        #[doc = concat!("`np.", stringify!($method), "(a, axis=None)`.")]
        pub(crate) fn $function(vf: &mut Interpreter, args: &Args) -> EvalResult<Value> {
            let array = vf.array_param(args, "a")?;
            vf.reduce(&array, $kind, args)
        }
    )*};
}

reductions! {
    sum, np_sum => Reduction::Sum;
    min, np_min => Reduction::Min;
    max, np_max => Reduction::Max;
    mean, np_mean => Reduction::Mean;
    prod, np_prod => Reduction::Prod;
    any, np_any => Reduction::Any;
    all, np_all => Reduction::All;
}

impl Interpreter {
    /// Reduces `array` over `axis=` (all axes when absent or `None`).
    fn reduce(
        &mut self,
        array: &Rc<ArrayObject>,
        kind: Reduction,
        args: &Args,
    ) -> EvalResult<Value> {
        let span = args.span;
        let axis = match args.get("axis") {
            None | Some(Value::None) => None,
            Some(Value::Tuple(_) | Value::List(_)) => {
                let at = args.span_of("axis");
                return Err(EvalError::unsupported("a tuple of axes in a reduction", at));
            }
            Some(v) => Some(as_index_int(v, args.span_of("axis"))? as isize),
        };
        // A ufunc's reduce lets a 0-d array take axis 0 or -1 (NumPy keeps this for old
        // code); `mean` counts the items along the axis first, and that check raises.
        let legacy_axis = |a: &isize| kind != Reduction::Mean && matches!(a, 0 | -1);
        let axis = axis.filter(|a| array.data.layout.ndim() > 0 || !legacy_axis(a));
        crate::eval::limits::check_materialize(&array.data, span)?;
        // Results are at most 8 bytes an element, whatever the reduction.
        let shape = reduced_shape(array.data.shape(), axis);
        let id = self.allocate(&shape, crate::memory::DType::Float64, span)?;
        let data = compute::reduce(kind, &array.data, axis, id)
            .map_err(|e| EvalError::from_compute(e, span))?;
        Ok(self.ufunc_result(data, Rule::Reduction))
    }
}

/// The shape of a reduction over `axis` (all axes when `None`); an axis out of range is left
/// for the reduction to report.
fn reduced_shape(shape: &[usize], axis: Option<isize>) -> Vec<usize> {
    let Some(axis) = axis else {
        return Vec::new();
    };
    let resolved = crate::memory::layout::resolve_axis(axis as i64, shape.len());
    let mut reduced = shape.to_vec();
    if let Ok(axis) = resolved {
        reduced.remove(axis);
    }
    reduced
}
