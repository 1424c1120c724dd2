# The importer objects: sys.meta_path's finders, module specs and loaders, and finders a
# program adds to sys.meta_path (PEP 451).
import sys
print([f.__name__ for f in sys.meta_path if isinstance(f, type)][-1])
import helper
import pkg
spec = helper.__spec__
print(spec.name, spec.parent == '', spec.origin == helper.__file__, spec.has_location)
print(spec.submodule_search_locations, spec.cached == helper.__cached__)
loader = helper.__loader__
print(type(loader).__name__, loader is spec.loader, loader.name, loader.is_package('helper'))
print(loader.get_filename('helper') == helper.__file__)
print(loader.get_source('helper').splitlines()[0])
print(type(loader.get_code('helper')).__name__)
print(pkg.__spec__.submodule_search_locations == pkg.__path__, pkg.__loader__.is_package('pkg'))
print(pkg.__spec__.parent, pkg.__package__)
print(len(loader.get_data(helper.__file__)) > 0)
try:
    loader.get_data('no/such/file.txt')
except OSError as e:
    print(isinstance(e, OSError))

# A finder that sees every import that sys.modules cannot answer.
class Watcher:
    def find_spec(self, name, path, target=None):
        if name.startswith('watched'):
            print('find_spec', name, path)
        return None

sys.meta_path.insert(0, Watcher())
try:
    import watched_nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.meta_path.pop(0)

# A finder and loader that make a module out of nothing.
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.answer = 42
        print('exec_module', module.__name__, module.__spec__.name, module.__loader__ is self)

class Spec:
    def __init__(self, name, loader):
        self.name = name
        self.loader = loader
        self.parent = name.rpartition('.')[0]
        self.submodule_search_locations = None
        self.has_location = False
        self.origin = None
        self.cached = None

class Maker:
    def find_spec(self, name, path, target=None):
        if name == 'virtual':
            return Spec(name, Loader())
        return None

sys.meta_path.append(Maker())
import virtual
print(virtual.answer, 'virtual' in sys.modules, virtual.__package__ == '')
from virtual import answer
print(answer)

# A loader that fails leaves nothing in sys.modules.
class BadLoader(Loader):
    def exec_module(self, module):
        raise RuntimeError('boom')

class BadMaker:
    def find_spec(self, name, path, target=None):
        return Spec(name, BadLoader()) if name == 'broken_virtual' else None

sys.meta_path.append(BadMaker())
try:
    import broken_virtual
except RuntimeError as e:
    print('RuntimeError', e, 'broken_virtual' in sys.modules)
