g = 0
def setg(v):
    global g
    g = v
    del_it = g
    return del_it
def readg():
    return g
setg(3)
print(readg())
