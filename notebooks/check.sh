#!/usr/bin/env bash
# Runs one notebook and compares its "check:" lines with notebooks/expected/<name>.txt (same lines, same order).
# Usage: bash notebooks/check.sh notebooks/01-quickstart.cs   (from any folder inside the repository)
# Exit 0 when the notebook ran and printed exactly the expected check lines; otherwise 1, with the notebook's output
# and the difference on stderr. NOTEBOOK_TIMEOUT (seconds, default 600) bounds one run, its first build included.
set -uo pipefail
notebook=$(realpath "$1")
root=$(cd "$(dirname "$notebook")/.." && pwd)
name=$(basename "$notebook" .cs)
expected="$root/notebooks/expected/$name.txt"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

start=$(date +%s)
timeout "${NOTEBOOK_TIMEOUT:-600}" dotnet run "$notebook" >"$out" 2>&1
status=$?
seconds=$(( $(date +%s) - start ))

if [ "$status" -ne 0 ]; then
  [ "$status" -eq 124 ] && echo "notebook $name: timed out after ${NOTEBOOK_TIMEOUT:-600} s" >&2
  echo "notebook $name: FAILED (exit $status, ${seconds} s); its output:" >&2
  sed 's/^/  | /' "$out" >&2
  exit 1
fi
if [ ! -f "$expected" ]; then
  echo "notebook $name: FAILED: no expected file $expected" >&2
  exit 1
fi
if ! diff <(grep '^check: ' "$out") "$expected" >"$out.diff"; then
  echo "notebook $name: FAILED: check lines differ from notebooks/expected/$name.txt (< notebook, > expected):" >&2
  sed 's/^/  /' "$out.diff" >&2
  rm -f "$out.diff"
  exit 1
fi
rm -f "$out.diff"
echo "notebook $name: passed ($(grep -c '^check: ' "$expected") checks, ${seconds} s)"
