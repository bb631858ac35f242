#!/bin/sh
# Adds ModDesk to this user's application menu (no administrator rights needed).
# Run it from the unpacked bundle: ./moddesk/add-to-menu.sh
# Undo: delete ~/.local/share/applications/org.moddesk.ModDesk.desktop
set -eu
bundle=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=org.moddesk.ModDesk
mkdir -p "$data/applications" "$data/icons"
cp -R "$bundle/share/icons/." "$data/icons/"
# The menu entry names this bundle's executable by its full path.
escaped=$(printf '%s' "$bundle/moddesk" | sed 's/[\\&|]/\\&/g')
sed "s|^Exec=moddesk\$|Exec=\"$escaped\"|" "$bundle/share/applications/$app_id.desktop" \
  > "$data/applications/$app_id.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "ModDesk is now in your application menu ($data/applications/$app_id.desktop)."
