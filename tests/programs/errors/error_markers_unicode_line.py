# Traceback markers on a source line containing non-ASCII characters before the failing expression.
données = {"clé": 1}
print("prêt")
résultat = "naïve café ☕ " + données["clé"]
