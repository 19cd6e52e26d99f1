#!/usr/bin/env bash
# `npm test`: everything a fresh clone needs to prove itself, in one command.
# Installs npm packages and the Debian tools the tests drive (Chromium, nginx,
# HAProxy, etcd, Caddy, Go; see scripts/install-test-deps.sh), then
# typecheck -> lint -> unit -> build (+ size budget) -> e2e.
# SEAMS_SKIP_SYSTEM_DEPS=1 installs no system packages; tests that need a
# missing tool then say they were skipped (never set it in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -d node_modules/.bin ]] || npm ci --no-audit --no-fund
bash scripts/install-test-deps.sh
echo "== typecheck"; npm run --silent typecheck
echo "== lint"; npx eslint .
echo "== unit"; npx vitest run
echo "== build"; npx vite build --logLevel warn
if [[ -f scripts/check-bundle-size.ts ]]; then echo "== bundle size"; npx tsx scripts/check-bundle-size.ts; fi
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x $chromium && "${SEAMS_SKIP_SYSTEM_DEPS:-}" == 1 && -z "${CI:-}" ]]; then
  echo "== e2e: [skipped] no Chromium at $chromium and SEAMS_SKIP_SYSTEM_DEPS=1: the browser tests did not run"
else
  echo "== e2e"; npx playwright test
fi
