#!/bin/sh
# Per-user install of the frozen Madoguchi bundle on Linux (no root needed).
#   ./install.sh              copy this folder to ~/.local/lib/madoguchi, add the menu entry and icon,
#                             and a `madoguchi` command in ~/.local/bin
#   ./install.sh --uninstall  remove the program again; the office data stays in
#                             ${XDG_DATA_HOME:-~/.local/share}/Madoguchi
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/lib/madoguchi
bin=$HOME/.local/bin
apps=$data_home/applications
icons=$data_home/icons/hicolor/scalable/apps

uninstall() {
    rm -rf "$target"
    rm -f "$bin/madoguchi" "$apps/madoguchi.desktop" "$icons/madoguchi.svg"
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
    echo "Madoguchi was removed. The office data was NOT removed: $data_home/Madoguchi"
    echo "(settings and logs: ${XDG_CONFIG_HOME:-$HOME/.config}/Madoguchi). Delete them yourself if you no longer need them."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi

[ -x "$here/madoguchi" ] || { echo "run this script from the unpacked madoguchi folder" >&2; exit 1; }
if [ "$here" != "$target" ]; then
    rm -rf "$target.new"
    mkdir -p "$(dirname "$target")"
    cp -a "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
mkdir -p "$bin" "$apps" "$icons"
ln -sf "$target/madoguchi" "$bin/madoguchi"
sed "s|^Exec=madoguchi|Exec=$target/madoguchi|; s|^TryExec=madoguchi|TryExec=$target/madoguchi|" \
    "$target/madoguchi.desktop" > "$apps/madoguchi.desktop"
cp "$target/madoguchi.svg" "$icons/madoguchi.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Madoguchi installed in $target (menu entry: $apps/madoguchi.desktop; command: $bin/madoguchi)"
