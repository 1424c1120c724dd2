x = u 'abc'
