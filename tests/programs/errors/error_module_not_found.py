# An uncaught ModuleNotFoundError from an import statement inside a function.
def load_plugin(name):
    print("loading", name)
    __import__(name)
load_plugin("sys")
load_plugin("krait_plugin_that_does_not_exist")
