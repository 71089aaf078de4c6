#!/usr/bin/env bash
# Benchmarks of Inspection: bash build/bench/run.sh [--size smoke|full] [--only ingestion,search,web]
# smoke (CI, about 4 minutes; 5 at load average 10): 30 bench PDFs, 100 generated PDFs, 10k passages, the web app at 10k.
# full: 300 bench PDFs, 3,000 generated pages, 10k/100k/1M passages, the web app at 100k and 1M (about 45 minutes).
# --only runs some phases (an index is still built for the web phase) and keeps the other phases' figures
# from the last report of the same size.
# Results: build/bench/results/latest.md and latest.json (the table is also printed).
set -euo pipefail

size=smoke
only=ingestion,search,web
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="${2:?--size needs smoke or full}"; shift 2 ;;
    --size=*) size="${1#--size=}"; shift ;;
    --only) only="${2:?--only needs a list of ingestion,search,web}"; shift 2 ;;
    --only=*) only="${1#--only=}"; shift ;;
    *) echo "usage: $0 [--size smoke|full] [--only ingestion,search,web]" >&2; exit 2 ;;
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

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk for the web phase" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >&2
fi

dotnet build "$bench/Inspection.Bench/Inspection.Bench.csproj" -c Release --nologo -v quiet >&2
# The web phase runs the app as its own process from its Release build.
case ",$only," in
  *,web,*) dotnet build "$root/src/Inspection.Web/Inspection.Web.csproj" -c Release --nologo -v quiet >&2 ;;
esac

# Our own throwaway PostgreSQL server, stopped on every exit path.
eval "$(bash "$root/build/test-postgres.sh" start)"
trap 'bash "$root/build/test-postgres.sh" stop' EXIT

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$root" status --porcelain 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes)"
fi

"$bench/Inspection.Bench/bin/Release/net10.0/Inspection.Bench" run --size "$size" --only "$only" --out "$bench/results" --commit "$commit"
