X = "leaf in namespace"
