#!/bin/sh
# Registers the services of a Seams design in etcd (v3 API), grpc-go naming:
#   key <service>/<host:port>, value {"Op":0,"Addr":"host:port","Metadata":{...}}
#
# Usage: ETCDCTL_ENDPOINTS=http://127.0.0.1:2379 [LEASE_TTL=60] sh etcd-register.sh
#   ETCDCTL_ENDPOINTS  and the other ETCDCTL_* variables are read by etcdctl itself.
#   LEASE_TTL          seconds: put every key under one new lease; keep it alive with
#                      `etcdctl lease keep-alive <id>` (the id is printed on stderr).
# Note: etcd runs no health checks: the design's health checks are not exported. Put the keys under a lease (LEASE_TTL) and keep it alive only while the service is healthy.
set -eu
ETCDCTL_API=3
export ETCDCTL_API
lease=
if [ -n "${LEASE_TTL:-}" ]; then
  case $LEASE_TTL in
    *[!0-9]*) echo "LEASE_TTL must be a whole number of seconds" >&2; exit 2 ;;
  esac
  granted=$(etcdctl lease grant "$LEASE_TTL")
  # etcdctl prints: lease 694d77aa9e38260f granted with TTL(60s); cut out the id without word splitting or globbing.
  lease=${granted#lease }
  lease=${lease%% *}
  case $lease in
    ""|*[!0-9a-f]*) echo "unexpected answer from etcdctl lease grant: $granted" >&2; exit 1 ;;
  esac
  echo "lease $lease granted; keep it alive with: etcdctl lease keep-alive $lease" >&2
fi

put() {
  if [ -n "$lease" ]; then
    etcdctl put --lease="$lease" -- "$1" "$2" >/dev/null
  else
    etcdctl put -- "$1" "$2" >/dev/null
  fi
  printf 'registered %s\n' "$1"
}

# user-service
put 'user-service/user-1.internal:8080' '{"Op":0,"Addr":"user-1.internal:8080","Metadata":{"version":"1.0.0","context":"identity","team":"identity"}}'
put 'user-service/user-2.internal:8080' '{"Op":0,"Addr":"user-2.internal:8080","Metadata":{"version":"1.0.0","context":"identity","team":"identity"}}'

# profile-service
put 'profile-service/profile-service:8080' '{"Op":0,"Addr":"profile-service:8080","Metadata":{"version":"1.0.0","context":"identity","team":"identity"}}'

# catalog-service
put 'catalog-service/catalog-1.internal:8080' '{"Op":0,"Addr":"catalog-1.internal:8080","Metadata":{"version":"1.0.0","context":"catalog","team":"catalog","weight":2}}'
put 'catalog-service/catalog-2.internal:8080' '{"Op":0,"Addr":"catalog-2.internal:8080","Metadata":{"version":"1.0.0","context":"catalog","team":"catalog","weight":1}}'

# search-service
put 'search-service/search-service:8080' '{"Op":0,"Addr":"search-service:8080","Metadata":{"version":"1.0.0","context":"catalog","team":"catalog"}}'

# order-service
put 'order-service/order-1.internal:8080' '{"Op":0,"Addr":"order-1.internal:8080","Metadata":{"version":"1.0.0","context":"ordering","team":"orders"}}'
put 'order-service/order-2.internal:8080' '{"Op":0,"Addr":"order-2.internal:8080","Metadata":{"version":"1.0.0","context":"ordering","team":"orders"}}'

# cart-service
put 'cart-service/cart-service:8080' '{"Op":0,"Addr":"cart-service:8080","Metadata":{"version":"1.0.0","context":"ordering","team":"orders"}}'

# payment-service
put 'payment-service/payment-service:8080' '{"Op":0,"Addr":"payment-service:8080","Metadata":{"version":"1.0.0","context":"payments","team":"payments"}}'

# inventory-service
put 'inventory-service/inventory-service:8080' '{"Op":0,"Addr":"inventory-service:8080","Metadata":{"version":"1.0.0","context":"stock","team":"fulfilment"}}'

# shipping-service
put 'shipping-service/shipping-service:8080' '{"Op":0,"Addr":"shipping-service:8080","Metadata":{"version":"1.0.0","context":"logistics","team":"fulfilment"}}'

# notification-service
put 'notification-service/notification-service:8080' '{"Op":0,"Addr":"notification-service:8080","Metadata":{"version":"1.0.0","context":"engagement","team":"engagement"}}'
