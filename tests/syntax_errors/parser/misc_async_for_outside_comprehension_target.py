[x async for 1 in y]
