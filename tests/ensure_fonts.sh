#!/usr/bin/env bash
# Makes sure a Japanese (CJK) font is installed for the tests that render Japanese: the certificate PDF must
# embed one (tests/ui/test_certificate.py) and `make screenshots` draws with it. Present: exits 0. Missing:
# installs Debian's `fonts-noto-cjk` (apt-get, with sudo when not root), as ensure_postgres.sh does.
set -euo pipefail

has_cjk() {
    command -v fc-list >/dev/null 2>&1 && fc-list :lang=ja family 2>/dev/null | grep -q .
}

if has_cjk; then
    echo "ensure_fonts: a Japanese font is installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_fonts: no Japanese font and no apt-get here; install Noto Sans CJK JP yourself" >&2
    exit 1
fi
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "ensure_fonts: no Japanese font, and installing one needs root (no sudo here)" >&2
        exit 1
    fi
fi
install() {
    ${SUDO[@]+"${SUDO[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        fonts-noto-cjk fontconfig
}
echo "ensure_fonts: installing Debian's fonts-noto-cjk"
if ! install; then
    echo "ensure_fonts: install failed; running apt-get update and trying again"
    ${SUDO[@]+"${SUDO[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update
    install
fi
if has_cjk; then
    echo "ensure_fonts: installed"
    exit 0
fi
echo "ensure_fonts: fonts-noto-cjk installed but fontconfig finds no Japanese font" >&2
exit 1
