import circ_b
done = "circ ok " + circ_b.name
