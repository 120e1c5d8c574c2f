#!/bin/sh
# Installs this SMMDesk folder for the current user (no root): the app in ~/.local/opt/SMMDesk,
# a launcher in ~/.local/bin/smmdesk, the menu entry and its icons.
#   sh install.sh              install (or update) from the folder this script is in
#   sh install.sh --uninstall  remove all of it (your data and settings stay)
set -eu
APP_ID=io.smmdesk.SMMDesk
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
DEST=$HOME/.local/opt/SMMDesk
BIN=$HOME/.local/bin
DESKTOP=$DATA/applications/$APP_ID.desktop
ICONS=$DATA/icons/hicolor
SIZES="16 24 32 48 64 128 256 512"

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$DEST"
    rm -f "$BIN/smmdesk" "$DESKTOP"
    for size in $SIZES; do rm -f "$ICONS/${size}x$size/apps/$APP_ID.png"; done
    refresh_menus
    echo "SMMDesk removed. Your orders and settings are kept in ~/.local/share/SMMDesk and ~/.config/SMMDesk."
    exit 0
fi

[ -x "$HERE/SMMDesk" ] || { echo "run this script from the extracted SMMDesk folder" >&2; exit 1; }
if [ "$HERE" != "$DEST" ]; then
    rm -rf "$DEST.new"
    mkdir -p "$(dirname "$DEST")"
    cp -a "$HERE" "$DEST.new"
    rm -rf "$DEST"
    mv "$DEST.new" "$DEST"
fi
mkdir -p "$BIN" "$(dirname "$DESKTOP")"
ln -sf "$DEST/SMMDesk" "$BIN/smmdesk"
# every size the one-folder bundle carries; the one-file build brings only the 256 px icon
for size in $SIZES; do
    src="$DEST/_internal/resources/icons/smmdesk-$size.png"
    [ "$size" = 256 ] && [ ! -f "$src" ] && src="$DEST/$APP_ID.png"
    if [ -f "$src" ]; then
        mkdir -p "$ICONS/${size}x$size/apps"
        cp "$src" "$ICONS/${size}x$size/apps/$APP_ID.png"
    fi
done
sed "s|^Exec=.*|Exec=\"$DEST/SMMDesk\"|" "$DEST/$APP_ID.desktop" > "$DESKTOP"
refresh_menus
echo "SMMDesk installed in $DEST: find it in your applications menu, or run 'smmdesk'."
