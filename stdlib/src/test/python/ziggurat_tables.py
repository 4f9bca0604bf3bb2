"""Writes the ziggurat widths numpy's Generator uses, read off numpy's own draws.

numpy's standard_normal and standard_exponential (Generator) take one 64-bit PCG64 output,
use its low byte (normal) or bits 3..10 (exponential) as the box index and return
rabs * w[index] when rabs lies inside the box. The widths w are therefore observable: for each
box, the double w with rabs * w == |draw| for every draw that took the fast path. The script
finds them from numpy 2.x on this machine and writes them as hex bits, one box a line;
ddl derives the other tables (k, f) from them as numpy's were (k[i+1] = floor(x_i / x_(i+1) *
2^52), f = exp(-x^2 / 2)).

Run: python3 stdlib/src/test/python/ziggurat_tables.py > stdlib/src/main/resources/ddl/stdlib/random/ziggurat.txt
"""
import collections
import math
import struct

import numpy as np


def samples(kind, n_seeds=400, per_seed=400):
    out = collections.defaultdict(list)
    for s in range(n_seeds):
        g = np.random.Generator(np.random.PCG64(s))
        peek = np.random.PCG64()
        for _ in range(per_seed):
            peek.state = g.bit_generator.state
            raw = int(peek.random_raw())
            if kind == "normal":
                idx = raw & 0xFF
                rabs = (raw >> 9) & 0x000FFFFFFFFFFFFF
                v = abs(float(g.standard_normal()))
            else:
                r = raw >> 3
                idx = r & 0xFF
                rabs = r >> 8
                v = float(g.standard_exponential())
            if rabs:
                out[idx].append((rabs, v))
    return out


def ulp_neighbours(w, k=4):
    bits = struct.unpack("<q", struct.pack("<d", w))[0]
    return [struct.unpack("<d", struct.pack("<q", bits + d))[0] for d in range(-k, k + 1)]


def widths(kind):
    got = samples(kind)
    ws = []
    for idx in range(256):
        pairs = got[idx]
        best, best_hits = None, -1
        guesses = collections.Counter(v / rabs for rabs, v in pairs).most_common(3)
        for guess, _ in guesses:
            for w in ulp_neighbours(guess):
                hits = sum(1 for rabs, v in pairs if rabs * w == v)
                if hits > best_hits:
                    best, best_hits = w, hits
        # the lowest boxes often take the slow path: only the draws it accepts are rabs * w
        if best_hits < 0.3 * len(pairs) or best_hits < 5:
            raise SystemExit(f"{kind} box {idx}: only {best_hits} of {len(pairs)} draws agree")
        ws.append(best)
    return ws


def main():
    print(f"# ziggurat widths of numpy {np.__version__}'s Generator: box, normal w, exponential w (hex bits)")
    for idx, (wn, we) in enumerate(zip(widths("normal"), widths("exponential"))):
        print(idx, struct.pack(">d", wn).hex(), struct.pack(">d", we).hex())


if __name__ == "__main__":
    main()
