name, value = "pi", 3.14159
print(f"{name}={value:.2f}", f"{name!r}", f"{name!s:>5}", f"{name!a}")
print(f"{value:{10}.{3}}", f"{{literal}}", f"{name=}", f"{value + 1:8.3f}|")
print(f"nested {f'{name}'} done")
