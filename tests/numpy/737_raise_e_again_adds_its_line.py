# raise e adds the raising line in front of e's own traceback.
try:
    pass
    1/0
except ZeroDivisionError as e:
    raise e
