# finally runs as an error leaves a call; an error inside it chains to the first.
def inner():
    return undefined_name
def outer():
    try:
        inner()
    finally:
        print("done")
        1 + 'a'
outer()
