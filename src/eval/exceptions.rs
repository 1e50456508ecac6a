//! `try`/`except`/`else`/`finally` and `raise`: exceptions caught and thrown as Python does.
//!
//! A `try` runs its body; an exception leaving it is matched against each `except` clause
//! in turn (a class, a tuple of classes, or none for a bare `except:`), and the first that
//! matches runs with the exception bound to its name, which is deleted when the clause ends.
//! `else` runs when the body raised nothing, `finally` in every case. An exception raised
//! while another is handled remembers it (`__context__`), so an uncaught one prints CPython's
//! whole chain. viewfinder's refusals (`NotImplementedError` for what it does not model) are
//! never caught: a program must stop there rather than take a path Python would not take.

use std::rc::Rc;

use crate::eval::control::Flow;
use crate::eval::{EvalError, EvalResult, Interpreter};
use crate::exception::ExceptionKind;
use crate::syntax::{ExceptHandler, Expr, Span, Target, Try};
use crate::value::{ExceptionObject, TraceFrame, Value};

impl Interpreter {
    /// `try: body except ...: ... else: ... finally: ...`.
    pub(super) fn exec_try(&mut self, node: &Try) -> EvalResult<Flow> {
        let outcome = match self.exec_block(&node.body) {
            Ok(Flow::Normal) => self.exec_block(&node.orelse),
            Ok(left) => Ok(left),
            Err(error) if node.handlers.is_empty() => Err(error),
            Err(error) => self.handle(&node.handlers, error),
        };
        if node.finalbody.is_empty() {
            return outcome;
        }
        match outcome {
            Err(error) if !error.is_catchable() => Err(error),
            pending => self.exec_finally(&node.finalbody, pending),
        }
    }

    /// Runs the first handler in `handlers` that matches `error`, or gives `error` back.
    fn handle(&mut self, handlers: &[ExceptHandler], mut error: EvalError) -> EvalResult<Flow> {
        if !error.is_catchable() {
            return Err(error);
        }
        let caught = self.in_flight(&mut error);
        for handler in handlers {
            let matches = match &handler.exception {
                None => true,
                Some(classes) => self
                    .atomically(classes.span, |me| {
                        me.catches(classes, error.kind, me.header_line(handler.span))
                    })
                    .map_err(|raised| while_handling(raised, &caught))?,
            };
            if matches {
                self.check_catchable(&error)?;
                return self.run_handler(handler, caught);
            }
        }
        Err(error)
    }

    /// True when the `except` clause's `classes` (a class or a tuple of them) catch an
    /// exception of `kind`.
    fn catches(&mut self, classes: &Expr, kind: ExceptionKind, header: Span) -> EvalResult<bool> {
        let value = self.eval(classes)?;
        let class_matches = |class: &Value| match class {
            Value::ExceptionType(class) => Ok(kind.is_subclass_of(*class)),
            _ => Err(EvalError::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
                header,
            )),
        };
        match &value {
            Value::Tuple(items) => {
                let mut any = false;
                for item in items.iter() {
                    any |= class_matches(item)?;
                }
                Ok(any)
            }
            single => class_matches(single),
        }
    }

    /// The exception object of `error`, in flight in the running frame: it now knows its
    /// traceback from this frame down.
    fn in_flight(&mut self, error: &mut EvalError) -> Rc<ExceptionObject> {
        let object = error.exception_object();
        let here = TraceFrame {
            function: self
                .running_function()
                .unwrap_or_else(|| "<module>".to_string()),
            source: Rc::clone(&self.source),
            span: error.span,
        };
        let frames = std::iter::once(here).chain(error.traceback.iter().cloned());
        *object.traceback.borrow_mut() = frames.collect();
        object
    }

    /// An honest refusal when a handler would catch `error` but could not go on as Python
    /// does: the failing statement had changed something that was undone, which Python keeps.
    fn check_catchable(&self, error: &EvalError) -> EvalResult<()> {
        if error.undid_effects {
            let what = format!(
                "catching this {} (the statement that raised it had changed something first, \
                 which Python keeps)",
                error.kind.class_name()
            );
            return Err(EvalError::unsupported(what, error.span));
        }
        Ok(())
    }

    /// Runs `handler` on `caught`: its name bound to it while the block runs, deleted after
    /// (Python's `e = None; del e`).
    fn run_handler(
        &mut self,
        handler: &ExceptHandler,
        caught: Rc<ExceptionObject>,
    ) -> EvalResult<Flow> {
        let span = handler.span;
        if let Some(name) = &handler.name {
            let value = Value::Exception(Rc::clone(&caught));
            self.atomically(span, |me| {
                me.bind_as_last_action(name, value);
                Ok(())
            })?;
        }
        self.handling.push((Rc::clone(&caught), self.frames.len()));
        let result = self.exec_block(&handler.body);
        self.handling.pop();
        let result = result.map_err(|mut raised| {
            if raised.is_catchable() {
                raised.exception_object().chain_context(&caught);
            }
            raised
        });
        if let Some(name) = &handler.name {
            self.forget_caught(name, span)?;
        }
        result
    }

    /// Unbinds the name an `except ... as name` clause bound, if it still is.
    fn forget_caught(&mut self, name: &str, span: Span) -> EvalResult<()> {
        self.atomically(span, |me| {
            me.bind(name, Value::None);
            let target = Target::Name {
                name: name.to_string(),
                span,
            };
            me.exec_del(&target)
        })
    }

    /// Runs a `finally` block after what came before it ended with `pending`: the block's
    /// own `return`, `break`, `continue` or exception replaces `pending`, else `pending`
    /// goes on (a `return`'s value kept aside while the block runs).
    fn exec_finally(
        &mut self,
        finalbody: &[crate::syntax::Stmt],
        pending: EvalResult<Flow>,
    ) -> EvalResult<Flow> {
        let returned = self.returned.take();
        let (pending, handled) = match pending {
            Err(mut error) if error.is_catchable() => {
                let object = self.in_flight(&mut error);
                (Err(error), Some(object))
            }
            other => (other, None),
        };
        match self.exec_block(finalbody) {
            Ok(Flow::Normal) => {
                self.returned = returned;
                pending
            }
            Ok(left) => Ok(left),
            Err(mut raised) => {
                if let (true, Some(object)) = (raised.is_catchable(), &handled) {
                    raised.exception_object().chain_context(object);
                }
                Err(raised)
            }
        }
    }

    /// `raise`, `raise exc` or `raise exc from cause`, at `span`.
    pub(super) fn exec_raise(
        &mut self,
        exc: Option<&Expr>,
        cause: Option<&Expr>,
        span: Span,
    ) -> EvalResult<()> {
        let Some(exc) = exc else {
            return Err(self.reraise(span));
        };
        let value = self.eval(exc)?;
        let not_an_exception = "exceptions must derive from BaseException";
        let exception = self.as_exception(value, exc.span, not_an_exception)?;
        if let Some(cause) = cause {
            let value = self.eval(cause)?;
            let cause_object = match value {
                Value::None => None,
                other => Some(self.as_exception(
                    other,
                    cause.span,
                    "exception causes must derive from BaseException",
                )?),
            };
            *exception.cause.borrow_mut() = cause_object;
            exception.suppress_context.set(true);
        }
        let earlier = exception.traceback.borrow().clone();
        let mut error = EvalError::raising(Rc::clone(&exception), span);
        if !earlier.is_empty() {
            error.traceback = earlier;
        }
        Err(error)
    }

    /// `value` as an exception object: an instance as it is, a class called with no
    /// arguments, anything else a `TypeError` worded `not_an_exception`.
    fn as_exception(
        &mut self,
        value: Value,
        span: Span,
        not_an_exception: &str,
    ) -> EvalResult<Rc<ExceptionObject>> {
        match value {
            Value::Exception(object) => Ok(object),
            Value::ExceptionType(kind) => Ok(Rc::new(ExceptionObject::new(
                kind,
                Vec::new(),
                String::new(),
            ))),
            _ => Err(EvalError::type_error(not_an_exception, span)),
        }
    }

    /// The error a bare `raise` makes: the exception being handled, raised again with its
    /// traceback as it was.
    fn reraise(&self, span: Span) -> EvalError {
        let Some((object, depth)) = self.handling.last() else {
            let message = "No active exception to reraise";
            return EvalError::new(ExceptionKind::RuntimeError, message, span);
        };
        if *depth != self.frames.len() {
            let what = "a bare 'raise' in a function called from an 'except' block";
            return EvalError::unsupported(what, span);
        }
        let frames = object.traceback.borrow();
        let mut error = EvalError::raising(Rc::clone(object), span);
        if let Some((here, deeper)) = frames.split_first() {
            error.span = here.span;
            error.traceback = deeper.to_vec();
        }
        error
    }

    /// The rest of the line `span` starts on: where CPython places an error of an `except`
    /// clause's header.
    fn header_line(&self, span: Span) -> Span {
        let rest = self.source.get(span.start..).unwrap_or("");
        let end = rest
            .find('\n')
            .map_or(self.source.len(), |at| span.start + at);
        Span::new(span.start, end)
    }
}

/// `raised`, an error raised while an `except` clause was being matched against `handled`:
/// it remembers `handled` as its context.
fn while_handling(mut raised: EvalError, handled: &Rc<ExceptionObject>) -> EvalError {
    if raised.is_catchable() {
        raised.exception_object().chain_context(handled);
    }
    raised
}
