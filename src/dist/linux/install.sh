#!/bin/sh
# Installs ReelRank for the current user: the launcher entry (applications menu, double-click),
# the icon, and the *.reelrank.json file type, so that opening a project file starts ReelRank
# with it. Nothing outside $XDG_DATA_HOME (~/.local/share) is touched. --uninstall removes it all.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
launcher=$(cd "$here/../.." && pwd)/bin/ReelRank
data=${XDG_DATA_HOME:-$HOME/.local/share}
id=dev.reelrank.ReelRank
type=application/vnd.reelrank.project+json
sizes="16 24 32 48 64 128 256 512"

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime"; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications"; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/$id.desktop" "$data/mime/packages/$id.xml" "$data/icons/hicolor/scalable/apps/$id.svg"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$id.png"; done
  refresh
  echo "ReelRank's launcher entry, icon and file type are removed."
  exit 0
fi

if [ ! -x "$launcher" ]; then
  echo "install.sh: $launcher is missing; run this script from the ReelRank app image" >&2
  exit 1
fi

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
# The launcher's path goes into Exec= in quotes, so a folder with spaces works. First the desktop
# entry's escapes for \ " ` $ inside quotes, then sed's for the replacement text.
quoted=$(printf '%s' "$launcher" | sed 's/[\\"`$]/\\\\&/g')
replacement=$(printf '%s' "$quoted" | sed 's/[\\|&]/\\&/g')
sed "s|@EXEC@|$replacement|" "$here/$id.desktop.in" > "$data/applications/$id.desktop"
cp "$here/$id.mime.xml" "$data/mime/packages/$id.xml"
for size in $sizes; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$here/icons/reelrank-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
cp "$here/icons/reelrank.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
refresh
if command -v xdg-mime >/dev/null 2>&1; then xdg-mime default "$id.desktop" "$type" || true; fi
echo "ReelRank is installed for $(id -un): $data/applications/$id.desktop opens $launcher."
