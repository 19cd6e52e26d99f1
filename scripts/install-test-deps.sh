#!/usr/bin/env bash
# Installs what the test suite needs beyond npm packages: Debian's Chromium for
# Playwright (Playwright must not download its own browser here) and the real
# tools the exporters are checked against. Idempotent; skips what is present.
set -euo pipefail
need=()
[[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH:-}" ]] || command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
command -v haproxy >/dev/null 2>&1 || [[ -x /usr/sbin/haproxy ]] || need+=(haproxy)
command -v etcd >/dev/null 2>&1 || [[ -x /usr/bin/etcd ]] || need+=(etcd-server)
command -v etcdctl >/dev/null 2>&1 || need+=(etcd-client)
command -v caddy >/dev/null 2>&1 || need+=(caddy)
# The PlantUML C4 export is checked with plantuml -syntax (its C4 library is inside the jar; no Graphviz needed).
command -v plantuml >/dev/null 2>&1 || need+=(plantuml)
# The seed's Go structs load the gateway-json export in a test: the real consumer of that format.
command -v go >/dev/null 2>&1 || [[ -x /usr/lib/go/bin/go ]] || need+=(golang-go)
if ((${#need[@]})); then
  if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; else SUDO=; fi
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # --no-install-recommends keeps the install small; the services must not start on install
  # (policy-rc.d is absent in containers, so stop anything that did start).
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  for s in nginx haproxy etcd caddy; do
    $SUDO service "$s" stop >/dev/null 2>&1 || true
    pkill -x "$s" >/dev/null 2>&1 || true
  done
fi
