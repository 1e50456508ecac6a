//! The builtin `id()`: an address-like number per object, equal for two values exactly when
//! `is` says they are one object.
//!
//! Shared objects (lists, dicts, sets, arrays, instances, functions, …) are numbered by the
//! address of their allocation, 16-aligned as CPython's are; objects CPython keeps once
//! (`None`, the bools, the small ints, modules, dtypes) by the address of a place reserved for
//! each in viewfinder's own memory, which no allocation can share. Where `is` itself cannot
//! be answered (a float, a str, a tuple or a big int, which CPython may or may not have
//! merged with an equal one) `id` is refused honestly. The numbers never match CPython's
//! (no program can rely on that), only their equalities do.

use std::rc::Rc;

use crate::eval::args::Args;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::syntax::Span;
use crate::value::{Function, Module, Value};

/// Room for the objects CPython keeps one of: None, the bools, the small ints (-5 to 256),
/// the dtypes and scalar types, the modules and the table functions, 16 bytes each.
static SINGLETONS: Reserved = Reserved([0; 16 * SINGLETON_COUNT]);
const SINGLETON_COUNT: usize = 3 + 262 + 2 * 11 + 2 + 32 + 32 * 128;

/// The reserved places, 16-aligned.
#[repr(C, align(16))]
struct Reserved([u8; 16 * SINGLETON_COUNT]);

/// `id(obj)`.
pub(crate) fn id(_: &mut Interpreter, args: &Args) -> EvalResult<Value> {
    let address = address_of(args.value("obj")?, args.span)?;
    Ok(Value::Int(address as i64))
}

/// The address of singleton number `k`.
fn singleton(k: usize) -> usize {
    SINGLETONS.0.as_ptr() as usize + 16 * k.min(SINGLETON_COUNT - 1)
}

/// The address `id` gives `value`.
fn address_of(value: &Value, span: Span) -> EvalResult<usize> {
    if let Some(k) = singleton_number(value) {
        return Ok(singleton(k));
    }
    let pointer = match value {
        Value::List(items) => Rc::as_ptr(items) as *const u8,
        Value::Dict(dict) => Rc::as_ptr(dict) as *const u8,
        Value::Set(set) | Value::FrozenSet(set) => Rc::as_ptr(set) as *const u8,
        Value::Array(array) => Rc::as_ptr(array) as *const u8,
        Value::ObjectArray(array) => Rc::as_ptr(array) as *const u8,
        Value::Instance(instance) => Rc::as_ptr(instance) as *const u8,
        Value::UserClass(class) => Rc::as_ptr(class) as *const u8,
        Value::Buffer(object) => Rc::as_ptr(object) as *const u8,
        Value::MemoryView(view) => Rc::as_ptr(view) as *const u8,
        Value::Iterator(iterator) => Rc::as_ptr(iterator) as *const u8,
        Value::Exception(exception) => Rc::as_ptr(exception) as *const u8,
        Value::DictView(view) => Rc::as_ptr(view) as *const u8,
        Value::Flags(array) => Rc::as_ptr(array) as *const u8,
        Value::Function(function) if !matches!(function.as_ref(), Function::Native(_)) => {
            Rc::as_ptr(function) as *const u8
        }
        other => return Err(unknown_identity(other, span)),
    };
    // An allocation's value is at least 16 bytes past the previous one's, so rounding down
    // to 16 keeps distinct objects distinct (and looks like CPython's aligned addresses).
    Ok(pointer as usize & !0xf)
}

/// The number of a singleton's reserved place, for the values CPython keeps once.
fn singleton_number(value: &Value) -> Option<usize> {
    let module_number = |module: &Module| match module {
        Module::NumPy => 0,
        Module::Array => 1,
        Module::Copy => 2,
        Module::Math => 3,
        Module::Operator => 4,
        Module::Sys => 5,
        Module::NumPySub(path) => {
            6 + crate::eval::numpy::SUBMODULES
                .iter()
                .position(|known| known == path)
                .unwrap_or(0)
        }
    };
    let dtypes = 3 + 262;
    Some(match value {
        Value::None => 0,
        Value::Bool(b) => 1 + usize::from(*b),
        Value::Scalar(crate::memory::DType::Bool, scalar) => {
            dtypes + 22 + usize::from(scalar.as_f64() != 0.0)
        }
        Value::Int(i) if (-5..=256).contains(i) => (3 + i + 5) as usize,
        Value::DType(dtype) => dtypes + dtype_number(*dtype),
        Value::ScalarType(dtype) => dtypes + 11 + dtype_number(*dtype),
        Value::Module(module) => dtypes + 24 + module_number(module),
        Value::Function(function) => match function.as_ref() {
            Function::Native(id) => dtypes + 24 + 32 + native_number(id),
            _ => return None,
        },
        _ => return None,
    })
}

/// A dtype's place among the eleven.
fn dtype_number(dtype: crate::memory::DType) -> usize {
    use crate::memory::DType::*;
    [
        Bool, Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, Float32, Float64,
    ]
    .iter()
    .position(|d| *d == dtype)
    .unwrap_or(0)
}

/// A table function's place: its table's and its row's.
fn native_number(id: &crate::value::NativeId) -> usize {
    id.table as usize * 128 + id.index.min(127)
}

/// The refusal for a value whose identity viewfinder does not keep.
fn unknown_identity(value: &Value, span: Span) -> EvalError {
    EvalError::unsupported(
        format!(
            "id() of a {} (whether CPython made it one object with an equal one depends on how each was made)",
            value.type_name()
        ),
        span,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_list_has_one_id_and_two_lists_two() {
        let a = Value::List(Default::default());
        let b = Value::List(Default::default());
        let span = Span::default();
        let id_a = address_of(&a, span).ok();
        assert_eq!(id_a, address_of(&a.clone(), span).ok());
        assert_ne!(id_a, address_of(&b, span).ok());
        assert_eq!(id_a.map(|x| x % 16), Some(0));
    }

    #[test]
    fn small_ints_are_singletons_and_floats_are_refused() {
        let span = Span::default();
        assert_eq!(
            address_of(&Value::Int(7), span).ok(),
            address_of(&Value::Int(7), span).ok()
        );
        assert!(address_of(&Value::Int(1000), span).is_err());
        assert!(address_of(&Value::Float(1.0), span).is_err());
    }
}
