# Explicit chaining: "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass
def read_port(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"bad port in {cfg!r}") from e
print(read_port({"port": "8080"}))
print(read_port({"port": "eighty"}))
