#!/usr/bin/env bash
# The Debian tools some tests run besides Node.js, PostgreSQL and Kafka: Prometheus (promtool
# checks the scrape configs and alert rules; a real Prometheus scrapes the mart) and PgBouncer
# (the connection pooler between the functions and PostgreSQL). .ci/run and the dev container
# both install them with this script; it does nothing when they are there.
set -euo pipefail

missing=()
command -v promtool >/dev/null || missing+=(prometheus)
command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
