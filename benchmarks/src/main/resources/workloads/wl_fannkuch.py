"""Fannkuch: pancake flips over every permutation, list slicing and reversal (numeric kind)."""


def run(n=8):
    perm = list(range(n))
    count = [0] * n
    max_flips = checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm[0] != 0:
            p = perm[:]
            flips = 0
            first = p[0]
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            max_flips = max(max_flips, flips)
            checksum += flips * sign
        sign = -sign
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
