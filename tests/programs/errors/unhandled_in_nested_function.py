# A traceback through a closure, a method, and a comprehension.
class Processor:
    def __init__(self, factor):
        self.factor = factor
    def run(self, data):
        scale = lambda v: self.factor / v
        return [scale(v) for v in data]
p = Processor(10)
print(p.run([1, 2, 5]))
print(p.run([4, 0, 2]))
