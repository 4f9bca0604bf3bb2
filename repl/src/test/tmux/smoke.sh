#!/usr/bin/env bash
# Smoke test of the REPL on a real terminal (tmux): a short session, Ctrl-C during an endless
# loop, the prompt back with x intact, /exit. Run by hand: repl/src/test/tmux/smoke.sh [LAUNCHER]
# Also prints the time from launch to the prompt and to the first result of 1 + 1.
set -euo pipefail
if ! command -v tmux >/dev/null; then
  echo "smoke: tmux not installed, skipped"
  exit 0
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
ddl="${1:-$root/ddl}"
s="ddl-smoke-$$"
state="$(mktemp -d)"
trap 'tmux kill-session -t "$s" 2>/dev/null || true; rm -rf "$state"' EXIT

screen() { tmux capture-pane -p -t "$s"; }
# waits up to $2 seconds (default 20) for a screen line matching $1
wait_for() {
  local deadline=$((SECONDS + ${2:-20}))
  until screen | grep -qE "$1"; do
    if ((SECONDS > deadline)); then
      echo "smoke: FAILED waiting for /$1/; screen:"; screen; exit 1
    fi
    sleep 0.05
  done
}

start=$(date +%s.%N)
tmux new-session -d -s "$s" -x 100 -y 40 "XDG_STATE_HOME=$state $ddl -q"
wait_for '^ddl>' 60
prompt=$(date +%s.%N)
tmux send-keys -t "$s" '1 + 1' Enter
wait_for '^2$' 60
first=$(date +%s.%N)
echo "smoke: prompt after $(echo "$prompt - $start" | bc) s, 1 + 1 after $(echo "$first - $start" | bc) s"

tmux send-keys -t "$s" 'x = [1, 2, 3]' Enter
tmux send-keys -t "$s" '2 * x' Enter
wait_for '^\[2 4 6\]$'
tmux send-keys -t "$s" 'sum(x)' Enter
wait_for '^6$'
# a figure returned by an expression is drawn inline: a braille scatter with its title and axes
tmux send-keys -t "$s" 'scatter(x, x ** 2).title("squares")' Enter
wait_for 'squares'
wait_for '┤'
wait_for '└'
tmux send-keys -t "$s" 'while true {}' Enter
sleep 1
t0=$SECONDS
tmux send-keys -t "$s" C-c
wait_for 'interrupted' 3
tmux send-keys -t "$s" 'x' Enter
wait_for '^\[1 2 3\]$' 5
tmux send-keys -t "$s" '/exit' Enter
for _ in $(seq 100); do tmux has-session -t "$s" 2>/dev/null || break; sleep 0.05; done
if tmux has-session -t "$s" 2>/dev/null; then
  echo "smoke: FAILED, /exit did not leave"; screen; exit 1
fi
echo "smoke: ok (plot drawn inline, Ctrl-C answered within $((SECONDS - t0)) s, x kept)"
