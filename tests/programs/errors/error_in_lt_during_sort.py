# An exception raised by __lt__ while list.sort() compares elements.
class Task:
    def __init__(self, priority):
        self.priority = priority
    def __lt__(self, other):
        if self.priority is None or other.priority is None:
            raise TypeError("task without priority cannot be ordered")
        return self.priority < other.priority
tasks = [Task(3), Task(1), Task(2)]
tasks.sort()
print([t.priority for t in tasks])
tasks.append(Task(None))
tasks.sort()
