#!/usr/bin/env bash
# `npm run bench`: every bench/*.bench.ts in turn; each prints a Markdown section.
# Not part of `npm test`: times vary, so they live here, not in assertions.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "# Seams benchmarks — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, node $(node --version)"
for f in bench/*.bench.ts; do
  [[ -e "$f" ]] || continue
  echo; npx tsx "$f"
done
