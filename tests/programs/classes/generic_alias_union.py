# PEP 585/604/560: list[int] (types.GenericAlias), int | str (types.UnionType), __class_getitem__,
# and the getset/member descriptors Lib/types.py takes its types from.
import types
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type(list[int]), list[int].__origin__, list[int]().__class__)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]), list[int].__args__, list[int].__parameters__)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.GenericAlias, types.UnionType)
print(int | str, int | None, None | int, (int | str) | float, int | int, list[int] | None, type(int | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str).__args__)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None))
class C:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(C[1])
for bad in ['int[3]', 'isinstance(1, list[int])', 'int | 3']:
    try: eval(bad)
    except TypeError as e: print('TypeError', e)
print(list[int].__name__)
import types
print(types.FunctionType.__code__, types.FunctionType.__globals__)
def f(): pass
print(types.FunctionType.__code__.__get__(f) is f.__code__, types.FunctionType.__globals__.__get__(f) is globals())
