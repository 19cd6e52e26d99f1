#!/usr/bin/env bash
# `npm run bench`: every bench/*.bench.ts in turn; each prints a Markdown section.
# Not part of `npm test`: times vary, so they live here, not in assertions.
# A bench that fails still lets the others print their tables; the run then ends non-zero, naming it.
set -uo pipefail
cd "$(dirname "$0")/.."
echo "# Seams benchmarks — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, node $(node --version)"
failed=()
for f in bench/*.bench.ts; do
  [[ -e "$f" ]] || continue
  echo; npx tsx "$f" || failed+=("$f")
done
if (( ${#failed[@]} )); then
  echo "Failed: ${failed[*]}" >&2
  exit 1
fi
