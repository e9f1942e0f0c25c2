#!/usr/bin/env bash
# Makes sure a PostgreSQL server of version 15 or newer is installed for the test suite (issue 18).
# Present: says where and exits 0. Missing: installs Debian's `postgresql` package (apt-get, with sudo
# when not root). The suite starts its own throw-away cluster (tests/pg/cluster.py); nothing is started here.
set -euo pipefail

MIN_VERSION=15

found_initdb() {
    local dirs=() dir version
    if command -v pg_config >/dev/null 2>&1; then
        dirs+=("$(pg_config --bindir 2>/dev/null || true)")
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -rn); do
        dirs+=("$dir")
    done
    for dir in "${dirs[@]}"; do
        [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ] || continue
        version=$("$dir/initdb" --version 2>/dev/null | sed -n 's/.*) \([0-9][0-9]*\).*/\1/p')
        if [ -n "$version" ] && [ "$version" -ge "$MIN_VERSION" ]; then
            echo "$dir (PostgreSQL $version)"
            return 0
        fi
    done
    return 1
}

if where=$(found_initdb); then
    echo "ensure_postgres: PostgreSQL server found: $where"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_postgres: no PostgreSQL $MIN_VERSION+ and no apt-get here; install the PostgreSQL server yourself" >&2
    exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "ensure_postgres: PostgreSQL $MIN_VERSION+ is missing and installing it needs root (no sudo here)" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
install() {
    ${SUDO[@]+"${SUDO[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
}
echo "ensure_postgres: installing Debian's postgresql package"
if ! install; then
    echo "ensure_postgres: install failed; running apt-get update and trying again"
    ${SUDO[@]+"${SUDO[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update
    install
fi

if where=$(found_initdb); then
    echo "ensure_postgres: installed: $where"
    exit 0
fi
echo "ensure_postgres: the postgresql package is installed but no initdb of version $MIN_VERSION+ was found" >&2
exit 1
