[x for x in lambda: True, lambda: False if x()]
