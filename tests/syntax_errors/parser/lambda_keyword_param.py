f = lambda def: 1
