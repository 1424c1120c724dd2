# A tiny template engine: {{ expr }} with filters, {% for x in xs %}, {% if cond %}/{% else %}, nested blocks.
class TemplateError(Exception):
    pass
def tokenize(src):
    out, i = [], 0
    while i < len(src):
        j = min([k for k in (src.find("{{", i), src.find("{%", i)) if k != -1], default=-1)
        if j == -1:
            out.append(("text", src[i:]))
            break
        if j > i:
            out.append(("text", src[i:j]))
        close = "}}" if src.startswith("{{", j) else "%}"
        k = src.find(close, j)
        if k == -1:
            raise TemplateError(f"unclosed tag at {j}")
        out.append(("var" if close == "}}" else "tag", src[j + 2:k].strip()))
        i = k + 2
    return out
def parse(tokens, pos=0, until=()):
    nodes = []
    while pos < len(tokens):
        kind, val = tokens[pos]
        if kind == "tag" and val.split()[0] in until:
            return nodes, pos
        if kind == "tag":
            words = val.split()
            if words[0] == "for":
                body, pos = parse(tokens, pos + 1, ("endfor",))
                nodes.append(("for", words[1], " ".join(words[3:]), body))
            elif words[0] == "if":
                body, pos = parse(tokens, pos + 1, ("else", "endif"))
                other = []
                if tokens[pos][1] == "else":
                    other, pos = parse(tokens, pos + 1, ("endif",))
                nodes.append(("if", " ".join(words[1:]), body, other))
            else:
                raise TemplateError(f"unknown tag {words[0]!r}")
        else:
            nodes.append((kind, val))
        pos += 1
    if until:
        raise TemplateError(f"missing {until[-1]}")
    return nodes, pos
FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title, "len": len, "reverse": lambda v: v[::-1],
           "money": lambda v: f"${v:,.2f}", "join": lambda v: ", ".join(map(str, v))}
def value(expr, ctx):
    parts = [p.strip() for p in expr.split("|")]
    v = eval(parts[0], {"__builtins__": {}}, ctx)
    for f in parts[1:]:
        if f not in FILTERS:
            raise TemplateError(f"unknown filter {f!r}")
        v = FILTERS[f](v)
    return v
def render(nodes, ctx):
    out = []
    for n in nodes:
        if n[0] == "text":
            out.append(n[1])
        elif n[0] == "var":
            out.append(str(value(n[1], ctx)))
        elif n[0] == "for":
            items = value(n[2], ctx)
            for idx, item in enumerate(items):
                out.append(render(n[3], {**ctx, n[1]: item, "loop_index": idx + 1, "loop_last": idx == len(items) - 1}))
        elif n[0] == "if":
            out.append(render(n[2] if value(n[1], ctx) else n[3], ctx))
    return "".join(out)
TEMPLATE = """Invoice for {{ customer | title }}
{% for item in items %}{{ loop_index }}. {{ item[0] | upper }} x{{ item[1] }} = {{ item[1] * item[2] | money }}
{% endfor %}Total: {{ total | money }}
{% if total > 100 %}Free shipping!{% else %}Shipping: {{ 4.99 | money }}{% endif %}
Tags: {{ tags | join }}{% if not tags %}none{% endif %}
"""
items = [("widget", 3, 9.99), ("gadget", 1, 49.5), ("gizmo", 12, 2.25)]
ctx = {"customer": "ada lovelace", "items": items, "total": sum(q * p for _, q, p in items), "tags": ["new", "vip"]}
print(render(parse(tokenize(TEMPLATE))[0], ctx))
print(render(parse(tokenize(TEMPLATE))[0], {**ctx, "items": items[:1], "total": 29.97, "tags": []}))
for bad in ["{{ x", "{% for a in b %}no end", "{% frob %}", "{{ name | shout }}", "{{ missing }}"]:
    try:
        print(render(parse(tokenize(bad))[0], {"name": "n", "b": []}))
    except TemplateError as e:
        print("TemplateError:", e)
    except NameError as e:
        print("NameError:", e)
