x = ²a
