//! Python's exception types, as one enum every stage shares.
//!
//! The parser, the kernels and the evaluator all raise Python exceptions, and the reports print
//! them. Naming each type once here, with the name Python prints and the class it derives from,
//! means an error cannot be misspelt (`"IndexErorr"` would not compile) and `except ValueError`
//! can later match NumPy's `AxisError`, which derives from both `ValueError` and `IndexError`.

use std::fmt;

/// One Python exception type viewfinder can raise.
///
/// Each variant's doc gives an input that raises it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExceptionKind {
    /// `1 + 'a'`.
    TypeError,
    /// `np.arange(6).reshape(4)`.
    ValueError,
    /// `np.arange(3)[5]`.
    IndexError,
    /// `{}['x']`.
    KeyError,
    /// `undefined_name`.
    NameError,
    /// Reading a function's local variable before it is assigned.
    UnboundLocalError,
    /// `np.arange(3).nosuch`.
    AttributeError,
    /// `1 // 0`.
    ZeroDivisionError,
    /// `np.int8(300)`.
    OverflowError,
    /// `[0] * 10**12`.
    MemoryError,
    /// `np.zeros(10**12)`: NumPy's `_ArrayMemoryError`.
    ArrayMemoryError,
    /// `np.arange(3).sum(axis=1)`: NumPy's `AxisError`.
    AxisError,
    /// `np.add(np.arange(3), 1.5, out=np.arange(3))`: NumPy's `_UFuncOutputCastingError`.
    UFuncOutputCastingError,
    /// `np.arange(3) + 'a'`: NumPy's `_UFuncNoLoopError`.
    UFuncNoLoopError,
    /// A NumPy name viewfinder does not model yet (`np.fft.fft`).
    NotImplementedError,
    /// Printing a list nested 1,000 deep.
    RecursionError,
    /// Ctrl-C while a statement runs.
    KeyboardInterrupt,
    /// A bug in viewfinder that panicked; the step is undone.
    SystemError,
    /// `from numpy import nosuch`.
    ImportError,
    /// `import nosuch`.
    ModuleNotFoundError,
    /// Resizing a `bytearray` that an array looks into.
    BufferError,
    /// `int('x')` on bytes that are not UTF-8.
    UnicodeDecodeError,
    /// A statement the parser cannot read (raised at run time by `compile`-like calls).
    SyntaxError,
    /// A block indented wrongly.
    IndentationError,
    /// `assert False`.
    AssertionError,
    /// `next(iter([]))`.
    StopIteration,
    /// `raise RuntimeError`.
    RuntimeError,
    /// The common base of `IndexError` and `KeyError`.
    LookupError,
    /// The common base of the arithmetic errors.
    ArithmeticError,
    /// The base of every ordinary exception.
    Exception,
    /// The root of the hierarchy: what a bare `except:` catches.
    BaseException,
    /// `raise SystemExit(1)`.
    SystemExit,
    /// The exception a generator's `close()` raises inside it.
    GeneratorExit,
    /// `raise FloatingPointError` (NumPy's `np.seterr(all='raise')` raises it).
    FloatingPointError,
    /// The base of `UnicodeDecodeError`.
    UnicodeError,
    /// `raise OSError('disk full')`.
    OSError,
    /// `open('missing.txt')`.
    FileNotFoundError,
    /// `input()` at the end of its input.
    EOFError,
}

impl ExceptionKind {
    /// The name Python prints before the `:` of an uncaught exception
    /// (`numpy.exceptions.AxisError`).
    pub fn python_name(self) -> &'static str {
        match self {
            ExceptionKind::ArrayMemoryError => "numpy._core._exceptions._ArrayMemoryError",
            ExceptionKind::AxisError => "numpy.exceptions.AxisError",
            ExceptionKind::UFuncOutputCastingError => {
                "numpy._core._exceptions._UFuncOutputCastingError"
            }
            ExceptionKind::UFuncNoLoopError => "numpy._core._exceptions._UFuncNoLoopError",
            other => other.class_name(),
        }
    }

    /// The class's own name, as its `__qualname__` (`AxisError`, `_UFuncNoLoopError`).
    pub fn class_name(self) -> &'static str {
        match self {
            ExceptionKind::TypeError => "TypeError",
            ExceptionKind::ValueError => "ValueError",
            ExceptionKind::IndexError => "IndexError",
            ExceptionKind::KeyError => "KeyError",
            ExceptionKind::NameError => "NameError",
            ExceptionKind::UnboundLocalError => "UnboundLocalError",
            ExceptionKind::AttributeError => "AttributeError",
            ExceptionKind::ZeroDivisionError => "ZeroDivisionError",
            ExceptionKind::OverflowError => "OverflowError",
            ExceptionKind::MemoryError => "MemoryError",
            ExceptionKind::ArrayMemoryError => "_ArrayMemoryError",
            ExceptionKind::AxisError => "AxisError",
            ExceptionKind::UFuncOutputCastingError => "_UFuncOutputCastingError",
            ExceptionKind::UFuncNoLoopError => "_UFuncNoLoopError",
            ExceptionKind::NotImplementedError => "NotImplementedError",
            ExceptionKind::RecursionError => "RecursionError",
            ExceptionKind::KeyboardInterrupt => "KeyboardInterrupt",
            ExceptionKind::SystemError => "SystemError",
            ExceptionKind::ImportError => "ImportError",
            ExceptionKind::ModuleNotFoundError => "ModuleNotFoundError",
            ExceptionKind::BufferError => "BufferError",
            ExceptionKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExceptionKind::SyntaxError => "SyntaxError",
            ExceptionKind::IndentationError => "IndentationError",
            ExceptionKind::AssertionError => "AssertionError",
            ExceptionKind::StopIteration => "StopIteration",
            ExceptionKind::RuntimeError => "RuntimeError",
            ExceptionKind::LookupError => "LookupError",
            ExceptionKind::ArithmeticError => "ArithmeticError",
            ExceptionKind::Exception => "Exception",
            ExceptionKind::BaseException => "BaseException",
            ExceptionKind::SystemExit => "SystemExit",
            ExceptionKind::GeneratorExit => "GeneratorExit",
            ExceptionKind::FloatingPointError => "FloatingPointError",
            ExceptionKind::UnicodeError => "UnicodeError",
            ExceptionKind::OSError => "OSError",
            ExceptionKind::FileNotFoundError => "FileNotFoundError",
            ExceptionKind::EOFError => "EOFError",
        }
    }

    /// The class's `__name__`, as `type(e).__name__` and error messages give it: NumPy shows
    /// its private error classes as their public base (`_UFuncNoLoopError` is
    /// `UFuncTypeError`).
    pub fn dunder_name(self) -> &'static str {
        match self {
            ExceptionKind::UFuncOutputCastingError | ExceptionKind::UFuncNoLoopError => {
                "UFuncTypeError"
            }
            ExceptionKind::ArrayMemoryError => "MemoryError",
            other => other.class_name(),
        }
    }

    /// The classes this one derives from directly, as Python's exception hierarchy has them
    /// (`AxisError` is both a `ValueError` and an `IndexError`).
    pub fn bases(self) -> &'static [ExceptionKind] {
        use ExceptionKind::*;
        match self {
            BaseException => &[],
            Exception | KeyboardInterrupt | SystemExit | GeneratorExit => &[BaseException],
            IndexError | KeyError => &[LookupError],
            ZeroDivisionError | OverflowError | FloatingPointError => &[ArithmeticError],
            ArrayMemoryError => &[MemoryError],
            AxisError => &[ValueError, IndexError],
            UFuncOutputCastingError | UFuncNoLoopError => &[TypeError],
            NotImplementedError | RecursionError => &[RuntimeError],
            ModuleNotFoundError => &[ImportError],
            UnboundLocalError => &[NameError],
            UnicodeDecodeError => &[UnicodeError],
            UnicodeError => &[ValueError],
            FileNotFoundError => &[OSError],
            IndentationError => &[SyntaxError],
            _ => &[Exception],
        }
    }

    /// True when an exception of this type is an instance of `class` (`except class:` catches it).
    pub fn is_subclass_of(self, class: ExceptionKind) -> bool {
        self == class || self.bases().iter().any(|base| base.is_subclass_of(class))
    }

    /// The builtin exception class Python calls `name` (`ValueError`, not NumPy's).
    pub fn builtin_named(name: &str) -> Option<ExceptionKind> {
        ALL.into_iter()
            .find(|kind| kind.class_name() == name && kind.python_name() == name)
    }

    /// The names of the builtin exception classes viewfinder models.
    pub fn builtin_names() -> impl Iterator<Item = &'static str> {
        ALL.into_iter()
            .filter(|kind| kind.class_name() == kind.python_name())
            .map(ExceptionKind::class_name)
    }

    /// The kind Python prints as `name` (either its full or its class name), if viewfinder
    /// knows it.
    pub fn from_python_name(name: &str) -> Option<ExceptionKind> {
        ALL.into_iter()
            .find(|kind| kind.python_name() == name || kind.class_name() == name)
    }
}

/// Every kind, for lookups by name.
const ALL: [ExceptionKind; 38] = {
    use ExceptionKind::*;
    [
        TypeError,
        ValueError,
        IndexError,
        KeyError,
        NameError,
        UnboundLocalError,
        AttributeError,
        ZeroDivisionError,
        OverflowError,
        MemoryError,
        ArrayMemoryError,
        AxisError,
        UFuncOutputCastingError,
        UFuncNoLoopError,
        NotImplementedError,
        RecursionError,
        KeyboardInterrupt,
        SystemError,
        ImportError,
        ModuleNotFoundError,
        BufferError,
        UnicodeDecodeError,
        SyntaxError,
        IndentationError,
        AssertionError,
        StopIteration,
        RuntimeError,
        LookupError,
        ArithmeticError,
        Exception,
        BaseException,
        SystemExit,
        GeneratorExit,
        FloatingPointError,
        UnicodeError,
        OSError,
        FileNotFoundError,
        EOFError,
    ]
};

impl fmt::Display for ExceptionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.python_name())
    }
}

#[cfg(test)]
mod tests {
    use super::ExceptionKind::*;
    use super::*;

    #[test]
    fn numpy_errors_print_their_module_path() {
        assert_eq!(AxisError.to_string(), "numpy.exceptions.AxisError");
        assert_eq!(AxisError.class_name(), "AxisError");
        assert_eq!(IndexError.to_string(), "IndexError");
    }

    #[test]
    fn the_hierarchy_is_pythons() {
        assert!(AxisError.is_subclass_of(ValueError));
        assert!(AxisError.is_subclass_of(IndexError));
        assert!(AxisError.is_subclass_of(LookupError));
        assert!(KeyError.is_subclass_of(Exception));
        assert!(!KeyError.is_subclass_of(IndexError));
        assert!(!KeyboardInterrupt.is_subclass_of(Exception));
        assert!(KeyboardInterrupt.is_subclass_of(BaseException));
        assert!(UnicodeDecodeError.is_subclass_of(ValueError));
        assert!(FileNotFoundError.is_subclass_of(OSError));
    }

    #[test]
    fn every_kind_is_found_by_its_names() {
        for kind in ALL {
            assert_eq!(
                ExceptionKind::from_python_name(kind.python_name()),
                Some(kind)
            );
            assert_eq!(
                ExceptionKind::from_python_name(kind.class_name()),
                Some(kind)
            );
        }
    }
}
