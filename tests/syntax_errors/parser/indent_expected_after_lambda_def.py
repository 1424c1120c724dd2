def g(x):

# comment
return x
