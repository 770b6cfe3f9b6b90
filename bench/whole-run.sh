#!/usr/bin/env bash
# The whole `impact run` at Belgian scale, timed stage by stage (README "Performance", docs/performance.md).
#
#   bench/whole-run.sh [folder]        (default folder: out/wholerun; FIRMS=500000 YEARS=2009-2023 REPEAT=2)
#
# Builds the CLI (Release), writes the synthetic sample once
# (<folder>/sample: 500,000 firms x 15 years, about 330 MB gzip; generating it takes a few minutes), a study over it
# (the embedded sample study's settings), and then runs REPEAT times each: a first run that parses and writes the
# panel cache, a run from the cache, and a first run without the cache (--no-cache). Prints one markdown row per
# run: stage start times as `impact run` prints them, wall and CPU seconds and peak resident memory (GNU time).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-out/wholerun}
firms=${FIRMS:-500000}
years=${YEARS:-2009-2023}
repeat=${REPEAT:-2}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

if [ ! -x /usr/bin/time ]; then
  echo "needs GNU time (/usr/bin/time; Debian: apt-get install time)" >&2
  exit 2
fi

dotnet build "$root/src/ImpactAnalytics.Cli" -c Release -v quiet -nologo > /dev/null
impact="$root/src/ImpactAnalytics.Cli/bin/Release/net10.0/impact"

if [ ! -f "$dir/sample/accounts.csv.gz" ]; then
  "$impact" sample --firms "$firms" --years "$years" --out "$dir/sample" -q
fi

sed -e "s/^name: sample/name: belgium$((firms / 1000))k/" -e "s/^years: .*/years: $years/" \
  -e "s#^inputs:#inputs:\n  nace_folder: $root/data/nace#" "$root/data/sample/study.yaml" > "$dir/sample/study.yaml"

echo "| run | ingest | measures | evaluate ∥ counterfactual | report, data quality, manifest | whole run | CPU s | peak GiB | load |"
echo "|---|---|---|---|---|---|---|---|---|"
run() {
  local label=$1
  shift
  local load log
  load=$(cut -d' ' -f1 /proc/loadavg)
  log=$(mktemp)
  /usr/bin/time -f "TIME %e %U %S %M" "$impact" run "$dir/sample/study.yaml" --out "$dir/out" "$@" > "$log" 2>&1
  awk -v label="$label" -v load="$load" '
    /^\[ *[0-9.]+ s\]/ { match($0, /[0-9.]+/); t[++n] = substr($0, RSTART, RLENGTH) }
    /^TIME/ { wall = $2; cpu = $3 + $4; peak = $5 / 1048576 }
    END {
      # stages: NACE, ingest, measures, evaluate and counterfactual, write report, write data quality
      printf "| %s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f | %.2f | %s |\n",
        label, t[3] - t[2], t[4] - t[3], t[5] - t[4], wall - t[5], wall, cpu, peak, load
    }' "$log"
  rm -f "$log"
}

for _ in $(seq "$repeat"); do
  rm -rf "$dir/.cache"
  run "first run (parses, writes the panel cache)"
  run "second run (panel from the cache)"
  run "first run, --no-cache" --no-cache
done
