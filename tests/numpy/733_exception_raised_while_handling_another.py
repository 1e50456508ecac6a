# An exception raised while handling another prints both tracebacks, the first from the
# frame that caught it.
def f():
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("x")
f()
