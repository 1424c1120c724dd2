x = 1
del x
x = [1]
print(x)
if __name__ == "__main__":
    print("main")
