x = [a in b for]
