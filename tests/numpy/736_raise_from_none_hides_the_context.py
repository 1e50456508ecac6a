# raise ... from None hides the exception being handled.
try:
    raise ValueError
except ValueError:
    raise TypeError("t") from None
