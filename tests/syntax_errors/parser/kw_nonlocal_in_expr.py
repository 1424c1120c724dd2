x = nonlocal
