#!/usr/bin/env bash
# Rewrites the ingestion snapshots (what extraction, enrichment and segmentation make of the corpus and the layout zoo)
# from the current code, then shows what changed. Review the diff and commit it with the change that caused it.
# Needs ../shared/corpus beside the repository, as the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
INSPECTION_UPDATE_SNAPSHOTS=1 dotnet test tests/Inspection.Ingestion.Tests --filter "FullyQualifiedName~Snapshot" "$@"
git status --short -- tests/Inspection.Ingestion.Tests/Snapshots build/zoo
git diff --stat -- tests/Inspection.Ingestion.Tests/Snapshots build/zoo | tail -1
