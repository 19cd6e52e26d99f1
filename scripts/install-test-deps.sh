#!/usr/bin/env bash
# Installs what the test suite needs beyond npm packages: Debian's Chromium for
# Playwright (Playwright must not download its own browser here) and the real
# tools the exporters are checked against: nginx, HAProxy, etcd, Caddy, Go
# (the mall-go guide's gateway structs load the gateway-json export).
# Idempotent: installs only what is missing.
#
# It never starts, stops or kills a service: packages are installed under a
# policy-rc.d that forbids starting services (exit 101), so a fresh nginx does
# not start on port 80, and a service the user already runs is left alone. The
# tests start their own servers on free ports in temp folders.
#
# SEAMS_SKIP_SYSTEM_DEPS=1 skips this script; tests that need a missing tool
# then say they were skipped (CI never sets it: there a missing tool fails).
set -euo pipefail
if [[ "${SEAMS_SKIP_SYSTEM_DEPS:-}" == 1 ]]; then
  echo "SEAMS_SKIP_SYSTEM_DEPS=1: not installing system packages; tests that need a missing one will say they were skipped"
  exit 0
fi
need=()
[[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH:-}" ]] || command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
command -v haproxy >/dev/null 2>&1 || [[ -x /usr/sbin/haproxy ]] || need+=(haproxy)
command -v etcd >/dev/null 2>&1 || [[ -x /usr/bin/etcd ]] || need+=(etcd-server)
command -v etcdctl >/dev/null 2>&1 || need+=(etcd-client)
command -v caddy >/dev/null 2>&1 || need+=(caddy)
# The PlantUML C4 export is checked with plantuml -syntax (its C4 library is inside the jar; no Graphviz needed).
command -v plantuml >/dev/null 2>&1 || need+=(plantuml)
command -v go >/dev/null 2>&1 || [[ -x /usr/lib/go/bin/go ]] || need+=(golang-go)
# Chinese glyphs for the zh-CN e2e test and pictures of designs with Chinese names.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
((${#need[@]})) || exit 0

if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; else SUDO=; fi
echo "installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
policy=/usr/sbin/policy-rc.d
# Only our own policy file is removed afterwards; one the machine already has stays.
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\n# written by seams scripts/install-test-deps.sh for the duration of an install\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod 755 "$policy"
  trap '$SUDO rm -f "$policy"' EXIT
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
