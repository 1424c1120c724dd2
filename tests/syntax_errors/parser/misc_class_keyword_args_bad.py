class C(metaclass=type, object):
    pass
