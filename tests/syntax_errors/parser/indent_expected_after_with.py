with open('f') as f:
f.read()
