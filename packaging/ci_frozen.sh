#!/usr/bin/env bash
# CI step for the frozen app (Linux): build the one-dir bundle from this checkout, check every
# bundled library resolves, then run the FROZEN app's --smoke-test three ways:
#   1. offscreen;
#   2. under Xvfb in a real xcb window, saving artifacts/screenshots/frozen-xcb.png;
#   3. against a real Secret Service keyring (gnome-keyring under dbus-run-session), storing,
#      reading back and deleting a key.
# Then times launch-to-window, frozen vs from source (median of 5). Exits non-zero on any failure.
# Needs the dev environment in .venv (bash packaging/bootstrap.sh test creates it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${SMMDESK_PYTHON:-$ROOT/.venv/bin/python}
ART=$ROOT/artifacts
BUNDLE=$ROOT/dist/SMMDesk
APP=$BUNDLE/SMMDesk
RUNS=${SMMDESK_LAUNCH_RUNS:-5}
export LANG=C.UTF-8
SECONDS=0

log() { printf '[ci_frozen %3ss] %s\n' "$SECONDS" "$*"; }
fail() { printf '[ci_frozen] FAILED: %s\n' "$*" >&2; exit 1; }

# Qt's libraries (a bundle only carries the xcb libraries present at build time), the virtual
# screen, the keyring daemon and its bus, and binutils for PyInstaller.
APT_NEEDS="binutils xvfb xauth gnome-keyring dbus-daemon dbus-bin libegl1 libgl1 libx11-6 \
libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libxcb-cursor0 \
libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 \
libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 fonts-dejavu-core"

apt_ensure() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=() sudo=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    log "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# report_value FILE KEY -> the value of "KEY: value" in a smoke report
report_value() { sed -n "s/^$2: //p" "$1" | head -n1; }

expect() {  # expect FILE KEY PATTERN
    local value; value=$(report_value "$1" "$2")
    [[ "$value" =~ $3 ]] || fail "$(basename "$1"): $2 is '$value', expected /$3/"
}

smoke() {  # smoke NAME [env assignments...] -- runs the frozen smoke test, keeps its report
    local name=$1; shift
    local out="$ART/frozen-smoke-$name.txt" data; data=$(mktemp -d)
    log "frozen smoke test: $name"
    if ! env "$@" "$APP" --smoke-test --data-dir "$data" >"$out" 2>"$ART/frozen-smoke-$name.log"; then
        cat "$out" "$ART/frozen-smoke-$name.log"
        rm -rf "$data"; fail "frozen smoke test '$name' exited non-zero"
    fi
    rm -rf "$data"
    sed 's/^/    /' "$out"
    expect "$out" result '^ok$'
    expect "$out" frozen '^yes$'
    expect "$out" version "^$("$PY" packaging/build.py --print-version)$"
    expect "$out" order_state '^ACCEPTED$'
    ! grep -q "QThread: Destroyed" "$ART/frozen-smoke-$name.log" || fail "$name: threads left running"
}

[ -x "$PY" ] || fail "no $PY: run 'bash packaging/bootstrap.sh test' first (it creates .venv)"
apt_ensure $APT_NEEDS
mkdir -p "$ART/screenshots"

# -- build ------------------------------------------------------------------------------------
"$PY" packaging/build.py | tee "$ART/frozen-build.txt"
[ -x "$APP" ] || fail "no executable at $APP"

# every ELF file in the bundle must find its libraries in the bundle or the base system
log "checking the bundle's libraries resolve"
unresolved=$(find "$BUNDLE" -type f \( -name '*.so*' -o -path "$APP" \) -print0 |
    xargs -0 -n 50 env LD_LIBRARY_PATH="$BUNDLE/_internal" ldd 2>/dev/null | grep 'not found' | sort -u || true)
[ -z "$unresolved" ] || fail "unresolved libraries in the bundle: $unresolved"
dangling=$(find "$BUNDLE" -xtype l)
[ -z "$dangling" ] || fail "dangling symlinks in the bundle: $dangling"

# -- 1. offscreen ----------------------------------------------------------------------------
smoke offscreen QT_QPA_PLATFORM=offscreen
expect "$ART/frozen-smoke-offscreen.txt" qt_platform '^offscreen$'
expect "$ART/frozen-smoke-offscreen.txt" tls_ca_bundle '_internal/certifi/cacert.pem$'

# -- 2. a real xcb window under Xvfb, plus launch times ---------------------------------------
XVFB=(xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24 -nolisten tcp")
SHOT="$ART/screenshots/frozen-xcb.png"
rm -f "$SHOT"
smoke xcb "${XVFB[@]}" env QT_QPA_PLATFORM=xcb SMMDESK_SMOKE_SCREENSHOT="$SHOT"
expect "$ART/frozen-smoke-xcb.txt" qt_platform '^xcb$'
expect "$ART/frozen-smoke-xcb.txt" screenshot 'screen,'
[ -s "$SHOT" ] || fail "no screenshot at $SHOT"

log "launch to window under Xvfb (xcb), median of $RUNS"
"${XVFB[@]}" env QT_QPA_PLATFORM=xcb "$PY" packaging/build.py --skip-build --no-archive \
    --launch-times "$RUNS" | tee "$ART/frozen-launch-times.txt"

# -- 3. the real Secret Service keyring --------------------------------------------------------
# a throwaway HOME holds the login keyring, so nothing touches the runner's own keyring
KHOME=$(mktemp -d); mkdir -m 700 "$KHOME/run"
smoke keyring HOME="$KHOME" XDG_DATA_HOME="$KHOME/.local/share" XDG_RUNTIME_DIR="$KHOME/run" \
    QT_QPA_PLATFORM=offscreen SMMDESK_SMOKE_KEYRING_ROUNDTRIP=1 \
    dbus-run-session -- sh -c \
    'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh
rm -rf "$KHOME"
expect "$ART/frozen-smoke-keyring.txt" keyring_backend 'SecretService'
expect "$ART/frozen-smoke-keyring.txt" keyring_secure '^yes$'
expect "$ART/frozen-smoke-keyring.txt" keyring_roundtrip '^ok$'

log "frozen app: all green (bundle $(du -sh "$BUNDLE" | cut -f1), total ${SECONDS}s)"
