print("grondvorm")
