# input() with stdin at EOF raises EOFError (stdin is /dev/null in the corpus runner).
print("asking")
try:
    line = input()
    print("got", repr(line))
except EOFError as e:
    print("EOFError:", repr(e))
try:
    input("prompt> ")
except EOFError:
    print()
    print("EOF after prompt")
import sys
print(repr(sys.stdin.read()), sys.stdin.readline() == "")
