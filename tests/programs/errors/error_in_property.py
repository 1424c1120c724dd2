# An exception raised from a property getter, shown with the attribute-access markers.
class Config:
    def __init__(self, data):
        self.data = data
    @property
    def port(self):
        return int(self.data["port"])
cfg = Config({"port": "80"})
print(cfg.port)
cfg = Config({"host": "example"})
print(cfg.port + 1)
