# Search loops with while/else and for/else; binary search variants (leftmost, rightmost, insertion point).
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
data = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 4, 8, 13, 20]:
    print(x, bisect_left(data, x), bisect_right(data, x), data.count(x) == bisect_right(data, x) - bisect_left(data, x))
def find_first(pred, items):
    i = 0
    while i < len(items):
        if pred(items[i]):
            break
        i += 1
    else:
        return None
    return i, items[i]
print(find_first(lambda v: v > 4, data), find_first(lambda v: v > 100, data), find_first(lambda v: True, []))
def rotated_search(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= target < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < target <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
rot = [15, 18, 22, 3, 4, 7, 9, 11]
print([rotated_search(rot, t) for t in (15, 22, 3, 11, 5, 16)])
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(n) for n in (0, 1, 3, 4, 15, 16, 17, 10**20, 10**20 - 1)])
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
