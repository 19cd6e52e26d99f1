#!/usr/bin/env bash
# `npm test`: everything a fresh clone needs to prove itself, in one command.
# Installs npm packages and the Debian tools the tests drive (Chromium, nginx,
# HAProxy, etcd, Caddy), then typecheck -> unit -> build (+ size budget) -> e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -d node_modules/.bin ]] || npm ci --no-audit --no-fund
bash scripts/install-test-deps.sh
echo "== typecheck"; npm run --silent typecheck
echo "== unit"; npx vitest run
echo "== build"; npx vite build --logLevel warn
if [[ -f scripts/check-bundle-size.ts ]]; then echo "== bundle size"; npx tsx scripts/check-bundle-size.ts; fi
echo "== e2e"; npx playwright test
