# Markers under a failing call in the middle of a long line with nested calls and attribute chains.
class Box:
    def __init__(self, items):
        self.items = items
    def first(self):
        return self.items[0]
boxes = [Box([1, 2]), Box(["a"]), Box([])]
summary = [str(b.first()).upper() + "-" + str(len(b.items)) for b in boxes[:2]] + [str(boxes[2].first()).upper() + "-" + str(len(boxes[2].items))]
