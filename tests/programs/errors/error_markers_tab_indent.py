# Traceback source lines from code indented with tabs are shown dedented, with markers aligned.
def compute(values):
	total = 0
	for v in values:
		total += 100 // v
	return total
print(compute([1, 2, 4]))
print(compute([5, 0]))
