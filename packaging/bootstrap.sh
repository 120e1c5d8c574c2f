#!/usr/bin/env bash
# Sets up everything SMMDesk needs on a fresh machine, then runs the app or the test suite.
#   bash packaging/bootstrap.sh run [app args...]   start the app (demo panel when none is configured)
#   bash packaging/bootstrap.sh test [pytest args]  run the whole test suite
# Idempotent: system libraries and the virtual environment are only installed when missing/outdated.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=${SMMDESK_VENV:-$ROOT/.venv}
mode=${1:-run}; shift || true

log() { printf '[bootstrap] %s\n' "$*" >&2; }

# Qt needs these even offscreen; a real window (xcb) needs the xcb ones; tests also use Xvfb
# (screenshots) and gnome-keyring under dbus (a real Secret Service backend).
QT_LIBS="libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
libxkbcommon0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 \
libxcb-xinerama0 libxcb-shm0 fonts-dejavu-core fonts-noto-core"
TEST_LIBS="xvfb xauth dbus-daemon dbus-bin gnome-keyring binutils fonts-noto-color-emoji"

apt_ensure() {
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian/Ubuntu: the user installs Qt's libs
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { log "please install: ${missing[*]}"; return 0; }
        sudo="sudo"
    fi
    log "installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
    for py in python3.13 python3.12 python3.11 python3; do
        if command -v "$py" >/dev/null 2>&1 &&
           "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$py"; return 0
        fi
    done
    log "Python 3.11 or newer is required"; exit 1
}

venv_ensure() {
    local extras=$1 stamp="$VENV/.smmdesk-stamp" want
    local have; have=$(cat "$stamp" 2>/dev/null || true)
    want="$(sha256sum pyproject.toml | cut -c1-16)-$extras"
    if [ -x "$VENV/bin/python" ]; then
        # "dev" includes "test": a dev environment serves both commands
        [ "$have" = "$want" ] && return 0
        [ "$extras" = test ] && [ "$have" = "${want%-test}-dev" ] && return 0
    fi
    local py; py=$(pick_python)
    if [ ! -x "$VENV/bin/python" ]; then
        "$py" -m venv "$VENV" 2>/dev/null || { apt_ensure python3-venv; "$py" -m venv "$VENV"; }
    fi
    log "installing SMMDesk and its dependencies into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[$extras]"
    echo "$want" > "$stamp"
}

export LANG=${LANG:-C.UTF-8}
case "$mode" in
    run)
        apt_ensure $QT_LIBS
        venv_ensure test
        exec "$VENV/bin/python" main.py --demo "$@"
        ;;
    test)
        apt_ensure $QT_LIBS $TEST_LIBS
        venv_ensure dev
        export QT_QPA_PLATFORM=offscreen
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "usage: bash packaging/bootstrap.sh run|test [args...]" >&2; exit 2 ;;
esac
