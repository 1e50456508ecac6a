//! Calling a native function: one table row per callable, and one binder from call arguments
//! to its parameters.
//!
//! Every NumPy function, `ndarray` method, builtin and Python-type method viewfinder models is
//! a [`Native`] row: its name, its real signature (the text `inspect.signature` prints, checked
//! against python3 by a test), how its argument errors read ([`CallStyle`]: a Python `def`,
//! NumPy's C parser, CPython's, …), which parameters viewfinder honours, and the function
//! that implements it. [`bind`] matches a call's arguments to the parameters with the real
//! callable's exact `TypeError`s, and refuses, honestly, a parameter viewfinder does not model
//! when it is given anything but its default (`np.zeros(3, order='F')`).

mod messages;
pub(crate) use messages::bind_python_def;
pub mod signature;

use std::rc::Rc;

pub use signature::{DefaultValue, Param, ParamKind};

use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::syntax::Span;
use crate::value::Value;

/// The implementation of a row: runs with the bound arguments.
pub type NativeFn = fn(&mut Interpreter, &Args) -> EvalResult<Value>;

/// How a callable checks its arguments, which decides the wording of its `TypeError`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallStyle {
    /// A function written in Python (NumPy's `np.linspace`, `np.reshape`): CPython's
    /// `f() missing 1 required positional argument: 'a'`.
    PythonDef,
    /// NumPy's C argument parser (`np.zeros`, `a.copy`): `zeros() missing required argument
    /// 'shape' (pos 0)`.
    NumPyArgs,
    /// CPython's keyword parser (`int`, `round`, `np.frombuffer`): `'foo' is an invalid
    /// keyword argument for int()`.
    CPythonArgs,
    /// Positional arguments only, counted (`list.pop`, `range`): `pop expected at most 1
    /// argument, got 2`.
    Positional,
    /// Exactly one positional argument (`len`, `list.append`): `len() takes exactly one
    /// argument (0 given)`.
    OneArgument,
    /// No arguments at all (`list.copy`).
    NoArguments,
    /// CPython's `PyArg_ParseTuple`: positional arguments only, counted (`a.fill`,
    /// `a.swapaxes`): `fill() takes exactly 1 argument (0 given)`.
    ParseTuple,
    /// A NumPy ufunc (`np.absolute`): the operands, then keywords.
    Ufunc,
    /// The implementation checks its own arguments; everything arrives in `varargs`/`varkw`.
    Custom,
}

/// One callable viewfinder models.
#[derive(Debug)]
pub struct Native {
    /// Its name as an attribute (`zeros`, `append`).
    pub name: &'static str,
    /// Its signature as `inspect.signature` prints it.
    pub signature: &'static str,
    /// How it words argument errors.
    pub style: CallStyle,
    /// The parameters viewfinder models; any other must be left at its default.
    pub honours: &'static [&'static str],
    /// The name its errors use, when not `name()` (`list.append`, `_sum`).
    pub message_name: Option<&'static str>,
    /// The parameters its C parser really binds, when they differ from what `inspect` shows
    /// (`np.arange` binds `start=` although `inspect` calls it `start_or_stop`).
    pub parser: Option<&'static str>,
    /// True when the object a method is called on is the parser's first parameter (NumPy's
    /// `a.sum` is the Python function `_sum(a, axis=None, ...)`, which counts `a`).
    pub receiver_first: bool,
    /// The implementation.
    pub run: NativeFn,
}

impl Native {
    /// A row: `name`, its signature text, its error style, what it honours, its implementation.
    pub const fn new(
        name: &'static str,
        signature: &'static str,
        style: CallStyle,
        honours: &'static [&'static str],
        run: NativeFn,
    ) -> Native {
        Native {
            name,
            signature,
            style,
            honours,
            message_name: None,
            parser: None,
            receiver_first: false,
            run,
        }
    }

    /// The same row, whose parser takes the method's object as its first argument.
    pub const fn binds_receiver(self) -> Native {
        Native {
            receiver_first: true,
            ..self
        }
    }

    /// The same row, binding arguments to `parser` instead of `signature`.
    pub const fn parsed_as(self, parser: &'static str) -> Native {
        Native {
            parser: Some(parser),
            ..self
        }
    }

    /// The same row, naming itself `message_name` in its errors.
    pub const fn named(self, message_name: &'static str) -> Native {
        Native {
            message_name: Some(message_name),
            ..self
        }
    }

    /// The name argument errors use.
    pub fn error_name(&self) -> &'static str {
        self.message_name.unwrap_or(self.name)
    }

    /// The parameters of its signature.
    pub fn params(&self) -> Rc<[Param]> {
        signature::params_of(self.parser.unwrap_or(self.signature))
    }
}

/// A call's arguments as evaluated, before they meet a signature.
#[derive(Clone, Debug, Default)]
pub struct CallArgs {
    /// Positional arguments with their spans.
    pub positional: Vec<(Value, Span)>,
    /// Keyword arguments with their spans (the whole `name=value`).
    pub keywords: Vec<(String, Value, Span)>,
    /// The whole call.
    pub span: Span,
}

/// Arguments bound to a row's parameters.
#[derive(Debug)]
pub struct Args {
    /// The object a method was called on.
    pub receiver: Option<Value>,
    /// What the user called it (`np.zeros`, `ndarray.reshape`), for refusals.
    pub qualified_name: String,
    /// The parameters.
    params: Rc<[Param]>,
    /// What each parameter received, by position in `params`.
    bound: Vec<Option<(Value, Span)>>,
    /// Extra positional arguments (`*args`, and everything for a `Custom` row).
    pub varargs: Vec<(Value, Span)>,
    /// How many arguments were given by position.
    pub positional_count: usize,
    /// Extra keyword arguments (`**kwargs`, and every keyword for a `Custom` row).
    pub varkw: Vec<(String, Value, Span)>,
    /// The whole call.
    pub span: Span,
}

impl Args {
    /// Arguments with nothing bound, for a `Custom` row or a call made by viewfinder itself.
    pub fn unbound(receiver: Option<Value>, qualified_name: String, call: CallArgs) -> Args {
        Args {
            receiver,
            qualified_name,
            params: Rc::from([]),
            bound: Vec::new(),
            positional_count: call.positional.len(),
            varargs: call.positional,
            varkw: call.keywords,
            span: call.span,
        }
    }

    fn slot(&self, name: &str) -> Option<&(Value, Span)> {
        let at = self.params.iter().position(|p| p.name == name)?;
        self.bound.get(at)?.as_ref()
    }

    /// The value given for parameter `name`, if any (defaults are not filled in).
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.slot(name).map(|(value, _)| value)
    }

    /// The value of a required parameter (the binder has checked it is there).
    pub fn value(&self, name: &str) -> EvalResult<&Value> {
        self.get(name).ok_or_else(|| {
            let message = format!("viewfinder's table row has no parameter '{name}'");
            EvalError::new(ExceptionKind::SystemError, message, self.span)
        })
    }

    /// Where the argument for `name` was written (the call's span when absent).
    pub fn span_of(&self, name: &str) -> Span {
        self.slot(name).map_or(self.span, |(_, span)| *span)
    }

    /// The receiver of a method call.
    pub fn receiver(&self) -> EvalResult<&Value> {
        self.receiver.as_ref().ok_or_else(|| {
            let message = format!("{} was called without its object", self.qualified_name);
            EvalError::new(ExceptionKind::SystemError, message, self.span)
        })
    }

    /// A keyword given to a `Custom` row, by name.
    pub fn keyword(&self, name: &str) -> Option<&Value> {
        self.varkw
            .iter()
            .find(|(k, _, _)| k == name)
            .map(|(_, v, _)| v)
    }
}

/// The names a call goes by: Python's own (`list.append`, `len`, `zeros`), which its argument
/// errors use, and viewfinder's (`np.zeros`, `ndarray.copy`), which its refusals use.
#[derive(Clone, Debug)]
pub struct CallNames {
    /// `__qualname__`, as CPython's messages print it.
    pub python: String,
    /// The name as users write it, for `NotImplementedError`s.
    pub shown: String,
}

/// Binds `call` to `row`'s parameters, with the real callable's `TypeError` when they do not
/// fit, then refuses any parameter viewfinder does not honour that was given a value other
/// than its default.
pub fn bind(
    row: &'static Native,
    receiver: Option<Value>,
    names: CallNames,
    mut call: CallArgs,
) -> EvalResult<Args> {
    let qualified_name = names.shown;
    if row.style == CallStyle::Custom {
        return Ok(Args::unbound(receiver, qualified_name, call));
    }
    if row.receiver_first {
        // A class's constructor row (`np.ndenumerate(arr)`, NumPy's `__init__(self, arr)`)
        // has no object yet: its `self` is the instance being made.
        let object = receiver.clone().unwrap_or(Value::None);
        call.positional.insert(0, (object, call.span));
    }
    let params = row.params();
    let span = call.span;
    let positional_count = call.positional.len();
    let (bound, varargs, varkw) = messages::bind_by_style(row, &names.python, &params, call)?;
    let args = Args {
        receiver,
        qualified_name,
        params,
        bound,
        varargs,
        positional_count,
        varkw,
        span,
    };
    refuse_unhonoured(row, &args)?;
    Ok(args)
}

/// `NotImplementedError` for the first parameter outside `row.honours` given a non-default
/// value: viewfinder never silently ignores an argument.
fn refuse_unhonoured(row: &Native, args: &Args) -> EvalResult<()> {
    let honours = |name: &str| row.honours.contains(&name);
    for (param, slot) in args.params.iter().zip(&args.bound) {
        if let Some((value, span)) = slot
            && !honours(param.name)
            && !is_default(value, param.default.as_ref())
        {
            return Err(unhonoured(&args.qualified_name, param.name, *span));
        }
    }
    let varargs_name = args
        .params
        .iter()
        .find(|p| p.kind == ParamKind::VarPositional);
    if let (Some(param), Some((_, span))) = (varargs_name, args.varargs.first())
        && !honours(param.name)
    {
        return Err(unhonoured(&args.qualified_name, param.name, *span));
    }
    let kwargs_name = args.params.iter().find(|p| p.kind == ParamKind::VarKeyword);
    match (kwargs_name, args.varkw.first()) {
        (Some(param), Some((name, _, span))) if !honours(param.name) && !honours(name) => {
            Err(unhonoured(&args.qualified_name, name, *span))
        }
        _ => Ok(()),
    }
}

fn unhonoured(qualified_name: &str, param: &str, span: Span) -> EvalError {
    EvalError::unsupported(format!("the '{param}' argument of {qualified_name}"), span)
}

/// True when `value` is exactly the parameter's default (so giving it changes nothing).
fn is_default(value: &Value, default: Option<&DefaultValue>) -> bool {
    match (default, value) {
        (Some(DefaultValue::None), Value::None) => true,
        (Some(DefaultValue::Bool(d)), Value::Bool(b)) => d == b,
        (Some(DefaultValue::Int(d)), Value::Int(i)) => d == i,
        (Some(DefaultValue::Float(d)), Value::Float(x)) => d.to_bits() == x.to_bits(),
        (Some(DefaultValue::Str(d)), Value::Str(s)) => **d == **s,
        (Some(DefaultValue::EmptyTuple), Value::Tuple(items)) => items.is_empty(),
        _ => false,
    }
}
