# IndexError on a negative index, with a caret under the subscript.
stack = [1, 2]
while True:
    top = stack[-1]
    print("popping", top)
    stack.pop()
