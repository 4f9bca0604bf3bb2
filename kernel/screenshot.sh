#!/usr/bin/env bash
# Redraws docs/images/lecture1-notebook.png: examples/lecture1.ipynb (with its saved outputs) as
# nbconvert's HTML, photographed by headless Chromium. Needs chromium (Debian: apt-get install
# chromium); nbconvert goes into a throwaway venv from the machine's pip index.
#   kernel/screenshot.sh [VENV_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
venv="${1:-$tmp/venv}"
[[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --retries 0 nbconvert 2>&1 | grep -v -e 'WARNING: Location' -e 'Retrying' || true
"$venv/bin/jupyter" nbconvert --to html "$here/examples/lecture1.ipynb" --output-dir "$tmp"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=5000 \
  --window-size=1000,1800 --screenshot="$here/docs/images/lecture1-notebook.png" \
  "file://$tmp/lecture1.html" 2>/dev/null
echo "wrote docs/images/lecture1-notebook.png"
