#!/bin/sh
# Add 协商议事台账 to this user's application menu: the desktop entry (pointing at this folder) and the
# icon, under ~/.local/share. Run it again after moving the folder; `--remove` takes both away again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/consultation-ledger.desktop"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    find "$data/icons/hicolor" -name consultation-ledger.png -path '*/apps/*' -delete 2>/dev/null || true
    rm -f "$data/icons/hicolor/scalable/apps/consultation-ledger.svg"
    echo "已移除菜单项 / removed $entry"
    exit 0
fi
mkdir -p "$data/applications"
cp -R "$here/share/icons" "$data/"
sed "s|^Exec=consultation-ledger\$|Exec=\"$here/consultation-ledger\"|" \
    "$here/share/applications/consultation-ledger.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "已添加菜单项 / added $entry"
