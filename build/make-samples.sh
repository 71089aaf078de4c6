#!/usr/bin/env bash
# Regenerates evidence-samples/ (the fictional Harrowden Borough Council's evidence) from build/SampleEvidence.
# Output is deterministic: fixed dates, fixed document ids, fixed zip entry times.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project build/SampleEvidence -- evidence-samples
