# A traceback passing through a decorator's wrapper function.
def retry(times):
    def deco(fn):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                print(f"attempt {attempt} of {fn.__name__}")
                if attempt == times:
                    return fn(*args)
                try:
                    return fn(*args)
                except ConnectionError as e:
                    print("  failed:", e)
        return wrapper
    return deco
@retry(3)
def fetch(url):
    raise ConnectionError(f"cannot reach {url}")
fetch("example.invalid")
