from .. import mod_a
from ..mod_a import f
def where(): return __name__ + "/" + f()
