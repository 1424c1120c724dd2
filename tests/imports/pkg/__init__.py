VALUE = "pkg-init"
__all__ = ["exported"]
exported = "star!"
from . import mod_a
