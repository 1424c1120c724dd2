# A hand-written ExitStack: callbacks run in LIFO order, exceptions passed through each exit, suppression mid-stack.
class ExitStack:
    def __init__(self):
        self.exits = []
    def enter(self, cm):
        result = cm.__enter__()
        self.exits.append(cm.__exit__)
        return result
    def callback(self, fn, *args):
        def exit_(et, ev, tb):
            fn(*args)
            return False
        self.exits.append(exit_)
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        suppressed = False
        pending = (et, ev, tb)
        while self.exits:
            fn = self.exits.pop()
            try:
                if fn(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except BaseException as e:
                if pending[1] is not None and e is not pending[1]:
                    e.__context__ = pending[1]
                pending = (type(e), e, e.__traceback__)
                suppressed = False
        if pending[1] is not None and pending[1] is not ev:
            raise pending[1]
        return suppressed and ev is not None
class Res:
    def __init__(self, name, suppress=False, fail=False):
        self.name, self.suppress, self.fail = name, suppress, fail
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail:
            raise RuntimeError(f"{self.name} failed to close")
        return self.suppress
with ExitStack() as st:
    names = [st.enter(Res(n)) for n in "abc"]
    st.callback(print, "callback with", names)
    print("body", names)
print("--")
with ExitStack() as st:
    st.enter(Res("outer"))
    st.enter(Res("swallower", suppress=True))
    st.enter(Res("inner"))
    raise ValueError("body error")
print("continued after suppression")
print("--")
try:
    with ExitStack() as st:
        st.enter(Res("x"))
        st.enter(Res("y", fail=True))
        raise KeyError("original")
except RuntimeError as e:
    print("caught", repr(e), "context", repr(e.__context__))
