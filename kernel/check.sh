#!/usr/bin/env bash
# Runs the kernel the way JupyterLab, Notebook and VS Code do, through jupyter_client and
# nbclient (not part of CI: it needs Python packages). Creates a throwaway venv, installs those
# two from the machine's pip index, installs the kernel spec into a temporary prefix, runs
# examples/lecture1.ipynb top to bottom comparing it with its saved outputs, and tries the
# protocol's features one by one. Prints one line per check and "N passed, N failed".
#   kernel/check.sh [VENV_DIR]     (default: a new temporary folder, removed afterwards)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
venv="${1:-$tmp/venv}"

if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
fi
# --retries 0: an index that cannot be reached is skipped at once rather than retried
"$venv/bin/pip" install -q --retries 0 jupyter_client nbclient nbformat 2>&1 \
  | grep -v -e 'WARNING: Location' -e 'Retrying' -e 'NewConnectionError' || true
"$venv/bin/python" -c 'import jupyter_client, nbclient; print("jupyter_client", jupyter_client.__version__, "nbclient", nbclient.__version__)'

"$here/ddl" kernel install --prefix "$tmp/prefix"
export JUPYTER_PATH="$tmp/prefix/share/jupyter"
"$venv/bin/python" - "$here/examples/lecture1.ipynb" <<'PY'
import base64, copy, queue, signal, sys, threading, time
import nbformat
from nbclient import NotebookClient
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import start_new_kernel

results = []
def check(name, ok, detail=""):
    results.append(ok)
    print(("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else ": " + str(detail)))

spec = KernelSpecManager().get_kernel_spec("ddl")
check("kernel spec ddl found", spec.display_name == "ddl" and spec.language == "ddl", spec.to_dict())

# --- the notebook, as JupyterLab's "Run All" and VS Code run it ---------------------------
def reduce(outputs):
    out = []
    for o in outputs:
        t = o["output_type"]
        if t == "stream":
            if out and out[-1][0] == "stream" and out[-1][1] == o["name"]:
                out[-1] = ("stream", o["name"], out[-1][2] + o["text"])
            else:
                out.append(("stream", o["name"], o["text"]))
        elif t == "execute_result":
            out.append(("result", o["data"]["text/plain"]))
        elif t == "display_data":
            d = o["data"]
            if "image/png" in d:
                png = base64.b64decode(d["image/png"])
                out.append(("figure", png[1:4] == b"PNG" and bool(d.get("text/plain", "").strip())))
            elif d.get("text/plain", ""):
                out.append(("display", d["text/plain"]))
        elif t == "error":
            out.append(("error", o["ename"], o["evalue"]))
    return out

saved = nbformat.read(sys.argv[1], as_version=4)
nb = copy.deepcopy(saved)
for c in nb.cells:
    if c.cell_type == "code":
        c.outputs = []
t0 = time.time()
NotebookClient(nb, timeout=300, kernel_name="ddl").execute()
check("lecture1.ipynb runs top to bottom (%.1f s)" % (time.time() - t0), True)
diffs = [i for i, (a, b) in enumerate(zip(saved.cells, nb.cells))
         if a.cell_type == "code" and reduce(a.outputs) != reduce(b.outputs)]
check("lecture1.ipynb outputs equal the saved ones (text exactly, figures as PNG)", not diffs,
      [(nb.cells[i].source[:40], reduce(nb.cells[i].outputs)) for i in diffs[:2]])
figs = sum(1 for c in nb.cells if c.cell_type == "code" for o in reduce(c.outputs) if o == ("figure", True))
check("lecture1.ipynb shows its 4 figures as images", figs == 4, figs)

# --- the protocol through jupyter_client -------------------------------------------------
t0 = time.time()
km, kc = start_new_kernel(kernel_name="ddl", startup_timeout=60)
check("kernel start to kernel_info reply (%.2f s)" % (time.time() - t0), True)

def run(code, timeout=30):
    outs = []
    reply = kc.execute_interactive(code, output_hook=lambda m: outs.append(m), timeout=timeout)
    return reply["content"], outs

r, outs = run("x = [1, 2, 3]\nprint(x * 2)\n2 * x + 1")
streams = "".join(m["content"]["text"] for m in outs if m["msg_type"] == "stream")
result = [m["content"]["data"]["text/plain"] for m in outs if m["msg_type"] == "execute_result"]
check("execute: stream and execute_result", r["status"] == "ok" and streams == "[2 4 6]\n" and result == ["[3 5 7]"], (r, outs))

r, outs = run("x = x + [1, 2]")
errs = [m["content"] for m in outs if m["msg_type"] == "error"]
check("execute: an error with its caret, in colour", r["status"] == "error" and errs
      and "^" in "\n".join(errs[0]["traceback"]) and "\x1b[" in errs[0]["traceback"][0], errs)
r, outs = run("x")
check("an error leaves every variable", [m["content"]["data"]["text/plain"] for m in outs if m["msg_type"] == "execute_result"] == ["[1 2 3]"], outs)

r, outs = run("show(scatter(x, x))")
d = [m["content"]["data"] for m in outs if m["msg_type"] == "display_data"]
check("show(fig): display_data with image/png and text/plain", d and "image/png" in d[0] and d[0]["text/plain"].strip(), outs)

c = kc.complete("y = lin", 7, reply=True)["content"]
check("complete", c["status"] == "ok" and "linspace" in c["matches"] and c["cursor_start"] == 4, c)
c = kc.inspect("sum", 3, reply=True)["content"]
check("inspect: the help text", c["found"] and c["data"]["text/plain"].startswith("sum("), c)
c = kc._recv_reply(kc.is_complete("def f(x) {"))["content"]
c2 = kc._recv_reply(kc.is_complete("x = 1"))["content"]
check("is_complete", c["status"] == "incomplete" and c2["status"] == "complete", (c, c2))
c = kc.history(hist_access_type="tail", n=2, reply=True)["content"]
check("history", c["status"] == "ok" and len(c["history"]) == 2, c)
c = kc.comm_info(reply=True)["content"]
check("comm_info answered empty", c["status"] == "ok" and c["comms"] == {}, c)

for how in ("message", "signal"):
    run("n = 0")
    def stop():
        time.sleep(1.0)
        stop.at = time.time()
        if how == "message":
            km.interrupt_kernel()  # the spec's interrupt_mode: interrupt_request on control
        else:
            km.signal_kernel(signal.SIGINT)
    threading.Thread(target=stop).start()
    r, outs = run("while true { n = n + 1 }", timeout=30)
    took = time.time() - stop.at
    r2, outs2 = run("n > 0")
    kept = [m["content"]["data"]["text/plain"] for m in outs2 if m["msg_type"] == "execute_result"]
    check("interrupt (%s) stops a runaway cell in %.2f s, variables kept" % (how, took),
          r["status"] == "error" and took < 1.5 and kept == ["true"], (r, kept))

ts = []
for i in range(60):
    t = time.time(); kc.execute_interactive("1 + 1", output_hook=lambda m: None, timeout=10); ts.append(time.time() - t)
ts = sorted(ts[20:])
check("execute 1 + 1 on a warm kernel: median %.1f ms (through jupyter_client)" % (1000 * ts[len(ts) // 2]), True)

km.restart_kernel(now=False)
kc.wait_for_ready(timeout=60)
r, outs = run("x")
check("restart: a fresh session", r["status"] == "error" and r["ename"] == "NameError", r)
km.shutdown_kernel(now=False)
check("shutdown: the kernel process exits", not km.is_alive())
print("%d passed, %d failed" % (results.count(True), results.count(False)))
sys.exit(0 if all(results) else 1)
PY
