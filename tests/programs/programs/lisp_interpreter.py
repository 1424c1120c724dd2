# A tiny Lisp interpreter: tokenizer, reader, environments, lambdas, recursion, errors.
class LispError(Exception):
    pass
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    t = tokens.pop(0)
    if t == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return out
    if t == ")":
        raise LispError("unexpected )")
    if t == "'":
        return ["quote", read(tokens)]
    try:
        return int(t)
    except ValueError:
        try:
            return float(t)
        except ValueError:
            return t
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        e = self
        while e is not None:
            if name in e:
                return e
            e = e.outer
        raise LispError(f"unbound symbol {name}")
def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b, "*": lambda a, b: a * b,
                "/": lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
                "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b,
                "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l, "list": lambda *a: list(a),
                "null?": lambda l: l == [], "length": len, "mod": lambda a, b: a % b})
    return env
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        op = x[0]
        if op == "quote":
            return x[1]
        if op == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) else alt
            continue
        if op == "define":
            env[x[1]] = evaluate(x[2], env)
            return None
        if op == "lambda":
            return Lambda(x[1], x[2], env)
        if op == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        f = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(f, Lambda):
            if len(args) != len(f.params):
                raise LispError(f"expected {len(f.params)} args, got {len(args)}")
            x, env = f.body, Env(f.params, args, f.env)
            continue
        if not callable(f):
            raise LispError(f"not a procedure: {f!r}")
        return f(*args)
def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)
env = standard_env()
program = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(fact 30)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(map fact '(1 2 3 4 5 6))
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 5000 0)
(define compose (lambda (f g) (lambda (x) (f (g x)))))
((compose (lambda (x) (* x 2)) (lambda (x) (+ x 1))) 10)
(begin (define x 5) (define y 7) (* x y))
(list 1 2.5 (quote sym) '(a b))
(/ 7 2)
(/ 7.0 2)
(length (map (lambda (x) x) '(1 2 3)))
(undefined-thing 1)
(1 2 3)
(fact 1 2)
)
(car
"""
buf = tokenize(program)
while buf:
    try:
        expr = read(buf)
        result = evaluate(expr, env)
        if result is not None:
            print(to_str(result))
    except LispError as e:
        print("error:", e)
