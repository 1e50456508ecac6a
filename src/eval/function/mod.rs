//! The program's own functions: `def`, `lambda`, `return`, and calling them.
//!
//! A call binds its arguments as CPython binds them (the same `TypeError`s, worded with the
//! function's qualified name), runs the body in a new [`Scope`] whose parent is the scope
//! the function was defined in, and gives back what `return` returned (`None` when the body
//! ends). Each simple statement in the body is a step of its own (see
//! `Interpreter::atomically`). An error leaving the call carries a traceback frame for it,
//! so an uncaught one prints CPython's `File ..., line N, in f` lines, one per call.

mod locals;
mod scope;

use std::rc::Rc;

use crate::eval::args::{CallArgs, DefaultValue, Param, ParamKind, bind_python_def};
use crate::eval::control::Flow;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::syntax::{Expr, ExprKind, FunctionDef, Parameters, Span, Stmt, StmtKind};
use crate::value::TraceFrame;
use crate::value::{Body, Code, Function, Scope, UserFunction, Value};

/// CPython's default recursion limit: the frames of one thread, the module's included.
const RECURSION_LIMIT: usize = 1000;

impl Interpreter {
    /// `def name(params): body`: makes the function (its defaults evaluated now) and binds
    /// its name.
    pub(in crate::eval) fn exec_def(&mut self, def: &FunctionDef) -> EvalResult<()> {
        let body = Body::Block(def.body.clone());
        let function = self.make_function(&def.name, &def.params, body)?;
        self.bind(&def.name, function);
        Ok(())
    }

    /// `lambda params: body`: a function value.
    pub(in crate::eval) fn eval_lambda(
        &mut self,
        params: &Parameters,
        body: &Expr,
    ) -> EvalResult<Value> {
        self.make_function("<lambda>", params, Body::Lambda(body.clone()))
    }

    /// `return value`: ends the running call's body with `value` (`None` when absent).
    pub(in crate::eval) fn exec_return(&mut self, value: Option<&Expr>) -> EvalResult<Flow> {
        let value = match value {
            Some(expr) => self.eval(expr)?,
            None => Value::None,
        };
        self.returned = Some(value);
        Ok(Flow::Return)
    }

    /// The function `name` with `params` and `body` (its code compiled, its defaults evaluated
    /// in the running scope).
    fn make_function(&mut self, name: &str, params: &Parameters, body: Body) -> EvalResult<Value> {
        let (names, doc) = match &body {
            Body::Block(block) => (locals::function_names(params, block), docstring(block)),
            Body::Lambda(_) => (locals::function_names(params, &[]), None),
        };
        let code = Code {
            name: name.to_string(),
            qualname: self.qualname_for(name),
            params: params.clone(),
            body,
            locals: names.locals,
            globals: names.globals,
            nonlocals: names.nonlocals,
            doc,
            source: Rc::clone(&self.source),
        };
        let mut defaults = Vec::new();
        for param in code.params.posonly.iter().chain(&code.params.args) {
            if let Some(default) = &param.default {
                defaults.push(self.eval(default)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for param in &code.params.kwonly {
            if let Some(default) = &param.default {
                kwdefaults.push((param.name.clone(), self.eval(default)?));
            }
        }
        let function = UserFunction {
            code: Rc::new(code),
            defaults,
            kwdefaults,
            closure: self.defining_scope(),
        };
        Ok(Value::Function(Rc::new(Function::User(function))))
    }

    /// The name of the function whose call is running, if any.
    pub(in crate::eval) fn running_function(&self) -> Option<String> {
        self.frames.last().map(|code| code.name.clone())
    }

    /// The scope a function defined now reads its free names from: the running one, past
    /// a class body (whose names its methods do not see, as in Python).
    fn defining_scope(&self) -> Option<Rc<Scope>> {
        let mut scope = self.scope.clone();
        while let Some(class_body) = scope.as_ref().filter(|s| s.class_body.is_some()) {
            scope = class_body.parent.clone();
        }
        scope
    }

    /// `name`, `C.name` in the body of class `C`, or `outer.<locals>.name` inside a call of
    /// `outer`.
    pub(in crate::eval) fn qualname_for(&self, name: &str) -> String {
        if let Some(class) = self.scope.as_ref().and_then(|s| s.class_body.as_ref()) {
            return format!("{class}.{name}");
        }
        match self.frames.last() {
            Some(code) => format!("{}.<locals>.{name}", code.qualname),
            None => name.to_string(),
        }
    }

    /// Calls `function` with `call`: binds the arguments, runs the body in a new scope.
    pub(in crate::eval) fn call_user_function(
        &mut self,
        function: &UserFunction,
        call: CallArgs,
    ) -> EvalResult<Value> {
        let call_span = call.span;
        if self.frames.len() + 1 >= RECURSION_LIMIT {
            return Err(EvalError::new(
                ExceptionKind::RecursionError,
                "maximum recursion depth exceeded",
                call_span,
            ));
        }
        let code = Rc::clone(&function.code);
        let scope = Rc::new(Scope::of_call(Rc::clone(&code), function.closure.clone()));
        bind_arguments(function, call, &scope)?;
        let caller_scope = self.scope.replace(scope);
        let caller_source = std::mem::replace(&mut self.source, Rc::clone(&code.source));
        self.frames.push(Rc::clone(&code));
        let result = self.run_body(&code);
        self.frames.pop();
        self.source = caller_source;
        self.scope = caller_scope;
        result.map_err(|error| error.through_call(&code, call_span))
    }

    /// Runs a call's body: what it returned.
    fn run_body(&mut self, code: &Code) -> EvalResult<Value> {
        match &code.body {
            Body::Lambda(expr) => self.eval(expr),
            Body::Block(body) => match self.exec_block(body)? {
                Flow::Return => Ok(self.returned.take().unwrap_or(Value::None)),
                _ => Ok(Value::None),
            },
        }
    }
}

impl EvalError {
    /// The error as it leaves a call of `code` made at `call_span`: the place it was raised
    /// becomes the call's traceback frame, and the call is where it now is.
    fn through_call(self, code: &Code, call_span: Span) -> EvalError {
        self.through_frame(&code.name, Rc::clone(&code.source), call_span)
    }

    /// The error as it leaves the frame `function` (a call, or a comprehension's own) whose
    /// text is `source`: where it was raised becomes that frame's line of the traceback, and
    /// `outer_span` (what the enclosing frame was running) is where it now is.
    pub(crate) fn through_frame(
        mut self,
        function: &str,
        source: Rc<str>,
        outer_span: Span,
    ) -> EvalError {
        let frame = TraceFrame {
            function: function.to_string(),
            source,
            span: self.span,
        };
        self.traceback.insert(0, frame);
        self.span = outer_span;
        self
    }
}

/// Binds `call` to the parameters of `function` in `scope`, with CPython's errors.
fn bind_arguments(function: &UserFunction, call: CallArgs, scope: &Scope) -> EvalResult<()> {
    let code = &function.code;
    if one_argument_a_parameter(code, &call) {
        let mut vars = scope.vars.borrow_mut();
        let names = code.params.posonly.iter().chain(&code.params.args);
        for (param, (value, _)) in names.zip(call.positional) {
            vars.insert(param.name.clone(), value);
        }
        return Ok(());
    }
    let params = signature(&code.params);
    let (bound, extra, varkw) = bind_python_def(&code.qualname, &params, call)?;
    let mut vars = scope.vars.borrow_mut();
    let positional = code.params.posonly.iter().chain(&code.params.args);
    let first_default = positional.clone().count() - function.defaults.len();
    for (index, param) in positional.enumerate() {
        let value = match &bound[index] {
            Some((value, _)) => value.clone(),
            None => function.defaults[index - first_default].clone(),
        };
        vars.insert(param.name.clone(), value);
    }
    let mut slot = code.params.posonly.len() + code.params.args.len();
    if let Some(vararg) = &code.params.vararg {
        let items: Vec<Value> = extra.into_iter().map(|(value, _)| value).collect();
        vars.insert(vararg.name.clone(), Value::Tuple(items.into()));
        slot += 1;
    }
    for (offset, param) in code.params.kwonly.iter().enumerate() {
        let value = match &bound[slot + offset] {
            Some((value, _)) => value.clone(),
            None => keyword_default(function, &param.name),
        };
        vars.insert(param.name.clone(), value);
    }
    if let Some(kwarg) = &code.params.kwarg {
        vars.insert(kwarg.name.clone(), keywords_dict(varkw));
    }
    Ok(())
}

/// The dict a `**kwargs` parameter holds: the keywords no other parameter took, in order.
fn keywords_dict(varkw: Vec<(String, Value, Span)>) -> Value {
    let entries = varkw.into_iter().map(|(name, value, _)| {
        let key = Value::Str(Rc::from(name.as_str()));
        let hash = crate::value::HashKey::Str(Rc::from(name.as_str()));
        crate::value::Entry { hash, key, value }
    });
    crate::eval::python::dict::new_dict(crate::value::DictObject::from_entries(entries))
}

/// True when `call` gives each positional parameter of `code` one positional argument and
/// there is nothing else to bind: the common call, bound without the full binder.
fn one_argument_a_parameter(code: &Code, call: &CallArgs) -> bool {
    let params = &code.params;
    call.keywords.is_empty()
        && params.vararg.is_none()
        && params.kwarg.is_none()
        && params.kwonly.is_empty()
        && call.positional.len() == params.posonly.len() + params.args.len()
}

/// The default of keyword-only parameter `name` (the binder checked that it has one).
fn keyword_default(function: &UserFunction, name: &str) -> Value {
    let found = function.kwdefaults.iter().find(|(n, _)| n == name);
    found.map_or(Value::None, |(_, value)| value.clone())
}

/// The parameters as the argument binder reads them, in source order.
fn signature(params: &Parameters) -> Vec<Param> {
    let kinds = [
        (&params.posonly, ParamKind::PositionalOnly),
        (&params.args, ParamKind::PositionalOrKeyword),
    ];
    let mut out: Vec<Param> = kinds
        .into_iter()
        .flat_map(|(group, kind)| {
            group
                .iter()
                .map(move |p| param(&p.name, kind, p.default.is_some()))
        })
        .collect();
    if let Some(vararg) = &params.vararg {
        out.push(param(&vararg.name, ParamKind::VarPositional, false));
    }
    let kwonly = params.kwonly.iter();
    out.extend(kwonly.map(|p| param(&p.name, ParamKind::KeywordOnly, p.default.is_some())));
    if let Some(kwarg) = &params.kwarg {
        out.push(param(&kwarg.name, ParamKind::VarKeyword, false));
    }
    out
}

/// One parameter for the binder; a default is only marked (the values are the function's).
fn param(name: &str, kind: ParamKind, has_default: bool) -> Param {
    Param {
        name: intern(name),
        kind,
        default: has_default.then_some(DefaultValue::NoValue),
    }
}

/// `name` as a `&'static str`, kept once per distinct name for the session (the binder's
/// parameters are the tables' static names; a program's parameter names are few).
fn intern(name: &str) -> &'static str {
    thread_local! {
        static NAMES: std::cell::RefCell<std::collections::HashSet<&'static str>> =
            std::cell::RefCell::default();
    }
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        match names.get(name) {
            Some(&known) => known,
            None => {
                let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
                names.insert(leaked);
                leaked
            }
        }
    })
}

/// The docstring: the body's first statement when it is a string literal.
pub(in crate::eval) fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first().map(|stmt| &stmt.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Str(text),
            ..
        })) => Some(text.clone()),
        _ => None,
    }
}
