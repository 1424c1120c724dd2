match x:
    case (a, b) | (a, 1):
        pass
