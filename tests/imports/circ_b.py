import circ_a
name = "b"
