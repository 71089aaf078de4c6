#!/usr/bin/env bash
# Benchmarks of Inspection: bash build/bench/run.sh [--size smoke|full]
# smoke (CI, under 3 minutes): 30 bench PDFs, 300 generated pages, 10k passages.
# full: 300 bench PDFs, 3,000 generated pages, 10k/100k/1M passages (15-25 minutes).
# Results: build/bench/results/latest.md and latest.json (the table is also printed).
set -euo pipefail

size=smoke
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="${2:?--size needs smoke or full}"; shift 2 ;;
    --size=*) size="${1#--size=}"; shift ;;
    *) echo "usage: $0 [--size smoke|full]" >&2; exit 2 ;;
  esac
done
case "$size" in smoke|full) ;; *) echo "--size is smoke or full" >&2; exit 2 ;; esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="$root/build/bench"

if ! command -v pdftotext >/dev/null 2>&1; then
  echo "installing poppler-utils for pdftotext" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils >&2
fi

dotnet build "$bench/Inspection.Bench/Inspection.Bench.csproj" -c Release --nologo -v quiet >&2

# Our own throwaway PostgreSQL server, stopped on every exit path.
eval "$(bash "$root/build/test-postgres.sh" start)"
trap 'bash "$root/build/test-postgres.sh" stop' EXIT

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$root" status --porcelain 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes)"
fi

"$bench/Inspection.Bench/bin/Release/net10.0/Inspection.Bench" run --size "$size" --out "$bench/results" --commit "$commit"
