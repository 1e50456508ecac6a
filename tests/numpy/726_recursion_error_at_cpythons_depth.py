# Python stops a recursion at 1000 frames (the module's included) with RecursionError.
reached = 0
def down(n):
    global reached
    reached = n
    return down(n + 1)
down(1)
