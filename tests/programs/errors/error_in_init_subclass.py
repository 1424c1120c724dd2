# An exception raised by __init_subclass__ while defining a subclass.
class Plugin:
    names = set()
    def __init_subclass__(cls, name, **kw):
        super().__init_subclass__(**kw)
        if name in Plugin.names:
            raise ValueError(f"duplicate plugin name {name!r}")
        Plugin.names.add(name)
class A(Plugin, name="alpha"):
    pass
print("registered", sorted(Plugin.names))
class B(Plugin, name="alpha"):
    pass
