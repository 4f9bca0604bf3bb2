#!/usr/bin/env python3
"""Builds the comparison table of one run directory: JMH's jmh.json against numpy.json.

Usage: report.py RESULTS_DIR  (reads jmh.json, numpy.json, and the optional loop-memory files
ddl_loop_add.json, ddl_loop_inplace.json, numpy_loop.json; prints a Markdown table)
"""
import json
import os
import statistics
import sys

UNIT = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6, "ns/op": 1e-9}

# the JMH benchmark (and its parameter) behind each key of numpy_bench.py
NAMES = {
    ("ElementwiseBench.add", "n"): "add/{}",
    ("ElementwiseBench.mul", "n"): "mul/{}",
    ("ElementwiseBench.axpb", "n"): "axpb/{}",
    ("ElementwiseBench.axpbDsl", "n"): "axpb_dsl/{}",
    ("ElementwiseBench.addAssign", "n"): "add_assign/{}",
    ("ElementwiseBench.mulAssign", "n"): "mul_assign/{}",
    ("ElementwiseBench.axpbAssign", "n"): "axpb_assign/{}",
    ("ElementwiseBench.addOut", "n"): "add_out/{}",
    ("ReduceBench.sumAxis0", None): "sum_axis0/1000x1000",
    ("ReduceBench.sumAxis1", None): "sum_axis1/1000x1000",
    ("MatmulBench.matmul", "n"): "matmul/{}",
    ("MatmulBench.matmulAssign", "n"): "matmul_assign/{}",
    ("LoopBench.loopAdd", None): "loop_add/1000x1e6",
    ("LoopBench.loopAddInPlace", None): "loop_add_inplace/1000x1e6",
    ("LoopBench.loopAddAssign", None): "loop_add_assign/1000x1e6",
}

# ddl rows timed against another numpy key: the dsl's form of 2*x + 1 against numpy's 2*x + 1
NUMPY_KEY = {"axpb_dsl/": "axpb/", "add_assign/": "add/", "mul_assign/": "mul/",
             "axpb_assign/": "axpb/", "matmul_assign/": "matmul/",
             "loop_add_assign/": "loop_add/"}


def numpy_key(k):
    for prefix, other in NUMPY_KEY.items():
        if k.startswith(prefix):
            return other + k[len(prefix):]
    return k


# the highest ratio ddl/numpy allowed (the project's targets); keys not here have none
TARGETS = {
    "add/10": 2.0,
    "mul/10": 2.0,
    "add/1000000": 1.0,
    "mul/1000000": 1.0,
    "axpb/1000000": 1.0,
    "axpb_dsl/1000000": 1.0,
    "add_assign/10": 2.0,
    "add_out/10": 2.0,
    "add_out/1000000": 1.0,
    "mul_assign/10": 2.0,
    "add_assign/1000000": 1.0,
    "mul_assign/1000000": 1.0,
    "axpb_assign/1000000": 1.0,
    "loop_add_assign/1000x1e6": 1.0,
    "sum_axis0/1000x1000": 1.0,
    "sum_axis1/1000x1000": 1.0,
    "matmul/2000": 1.1,
    "matmul_assign/2000": 1.1,
    "loop_add/1000x1e6": 1.0,
    "loop_add_inplace/1000x1e6": 1.0,
}


def key_of(entry):
    bench = entry["benchmark"].rsplit(".", 2)
    short = bench[-2] + "." + bench[-1]
    params = entry.get("params") or {}
    for (name, param), fmt in NAMES.items():
        if name == short:
            return fmt.format(params[param]) if param else fmt
    return None


def fmt_time(s):
    if s is None:
        return "-"
    for unit, f in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if s >= f:
            return f"{s / f:.3g} {unit}"
    return f"{s / 1e-9:.3g} ns"


def load(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def main():
    d = sys.argv[1]
    jmh = load(os.path.join(d, "jmh.json")) or []
    numpy = (load(os.path.join(d, "numpy.json")) or {}).get("results", {})
    ddl = {}
    for e in jmh:
        k = key_of(e)
        if not k:
            continue
        m = e["primaryMetric"]
        f = UNIT[m["scoreUnit"]]
        iters = [v for fork in m["rawData"] for v in fork]
        ddl[k] = (statistics.median(iters) * f, m["score"] * f, min(iters) * f, max(iters) * f)
    order = []
    for k in numpy:  # numpy's order, each ddl variant after its numpy key
        order += [d for d in ddl if numpy_key(d) == k and d == k]
        order += [d for d in ddl if numpy_key(d) == k and d != k]
    order += [k for k in ddl if k not in order]
    print("| operation | ddl median | ddl mean | ddl min–max | numpy median | ddl/numpy | target | |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for k in order:
        med, mean, lo, hi = ddl[k]
        np_t = numpy.get(numpy_key(k))
        ratio = med / np_t if np_t else None
        t = TARGETS.get(k)
        verdict = "" if t is None or ratio is None else ("PASS" if ratio <= t else "MISS")
        print(f"| {k} | {fmt_time(med)} | {fmt_time(mean)} | {fmt_time(lo)}–{fmt_time(hi)} | "
              f"{fmt_time(np_t)} | {'-' if ratio is None else f'{ratio:.2f}×'} | "
              f"{'-' if t is None else f'≤ {t}×'} | {verdict} |")
    mems = [("ddl `acc = acc.add(y)` (Java API)", "ddl_loop_add.json"),
            ("ddl `acc = acc + y` (as the dsl compiles it)", "ddl_loop_assign.json"),
            ("ddl `acc += y`", "ddl_loop_inplace.json"),
            ("numpy `acc = acc + y`", "numpy_loop.json")]
    rows = [(label, load(os.path.join(d, f))) for label, f in mems]
    rows = [(label, m) for label, m in rows if m]
    if rows:
        print()
        print("Memory of the loop of 1000 adds on 1e6 float64 (fresh process, rounds of the loop):")
        print()
        print("| loop | rounds | s per round (median) | RSS before | RSS after each round (MB) | peak RSS (VmHWM) | bounded |")
        print("|---|---:|---:|---:|---|---:|---|")
        for label, m in rows:
            r = m["rounds"]
            secs = statistics.median(x["seconds"] for x in r)
            hwm = [x["hwmMB"] for x in r]
            # bounded: the peak stops growing once the process has settled (the last quarter of
            # the rounds adds nothing; with 5 rounds, the last against the 2nd)
            settled = hwm[min(max(1, len(hwm) * 3 // 4), len(hwm) - 1)]
            bounded = hwm[-1] <= settled * 1.05 + 16
            extra = ""
            if "gcCount" in r[-1]:
                extra = f" ({m.get('gc', '')}, {r[-1]['gcCount']} GCs, heap committed {r[-1]['heapCommittedMB']:.0f} MB)"
            rss = [("%.0f" % x["rssMB"]) for x in r]
            rss = " / ".join(rss if len(rss) <= 6 else rss[:3] + ["…"] + rss[-2:])
            print(f"| {label}{extra} | {len(r)} | {secs:.3f} | {m['rssBeforeMB']:.0f} MB | "
                  f"{rss} | {hwm[-1]:.0f} MB | "
                  f"{'yes' if bounded else 'NO (still growing)'} |")


if __name__ == "__main__":
    main()
