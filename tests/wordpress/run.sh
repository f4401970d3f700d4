#!/usr/bin/env bash
# The WordPress plugin in real WordPress: Debian's 6.1 (the wordpress package's files) and 6.5 (from the
# npm package @wp-playground/wordpress-builds), each on PHP's built-in server on 127.0.0.1 with the SQLite
# integration plugin instead of a database server. Checks the built plugin (dist/wordpress/clinic-widgets
# and its zip, uploaded through Plugins → Add New), then runs tests/wordpress/wordpress.test.mjs against
# each site. Installs what it needs on a fresh Debian 12 machine (as root, or with sudo). Downloads are kept
# in $CLINIC_WIDGETS_CACHE (default ~/.cache/clinic-widgets/wordpress). WP_VERSIONS="6.1" runs one.
# The last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
STARTED=$(date +%s)
VERSIONS=${WP_VERSIONS:-"6.1 6.5"}
BUILDS_VERSION=0.9.19
CACHE=${CLINIC_WIDGETS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/clinic-widgets/wordpress}
WORK=$(mktemp -d /tmp/clinic-widgets-wordpress.XXXXXX)
# The SQLite databases go in memory when /dev/shm is there: WordPress's install writes a few hundred rows.
DATA=$(mktemp -d /dev/shm/clinic-widgets-wordpress.XXXXXX 2>/dev/null || echo "$WORK")
passed=0
failed=0

cleanup() {
  # The Node runner stops its own PHP server; this catches one left by an interrupted run.
  for pid_file in "$WORK"/php-*.pid; do [ -f "$pid_file" ] && kill -- "$(cat "$pid_file")" 2>/dev/null; done
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK" "$DATA"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ok() { passed=$((passed + 1)); echo "ok - $1"; }
elapsed() { echo "# $1: $(($(date +%s) - STARTED)) s from the start"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; [ $# -gt 1 ] && echo "$2" | sed 's/^/    /'; }
finish() {
  echo "wordpress: $(($(date +%s) - STARTED)) s"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
  exit
}

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
apt_updated=""
apt_update() { [ -n "$apt_updated" ] || { $sudo_cmd apt-get update -qq && apt_updated=1; }; }

# --- packages: PHP with SQLite (no database server), gettext's msgfmt for the .pot, Chromium
need=()
modules=$(command -v php >/dev/null && php -m 2>/dev/null)
command -v php >/dev/null || need+=(php-cli)
grep -qix 'pdo_sqlite' <<<"$modules" || need+=(php-sqlite3)
grep -qix 'mbstring' <<<"$modules" || need+=(php-mbstring)
grep -qix 'dom' <<<"$modules" || need+=(php-xml)
command -v msgfmt >/dev/null || need+=(gettext)
[ -n "${CHROME_PATH:-}" ] || command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "--- apt-get install ${need[*]}"
  install() { DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >"$WORK/apt.log" 2>&1; }
  install || { apt_update && install; } || { not_ok "install ${need[*]}" "$(tail -5 "$WORK/apt.log")"; finish; }
fi

elapsed "packages"

# --- the built plugin
if [ ! -f dist/clinic-widgets.js ]; then
  echo "--- npm run build"
  npm run build >"$WORK/build.log" 2>&1 || { not_ok "npm run build" "$(tail -20 "$WORK/build.log")"; finish; }
elif [ ! -f dist/clinic-widgets-wordpress.zip ] || [ -n "$(find wordpress -newer dist/clinic-widgets-wordpress.zip -print -quit)" ]; then
  node scripts/wordpress-package.mjs || { not_ok "node scripts/wordpress-package.mjs"; finish; }
fi
[ -f custom-elements.json ] || npm run analyze >/dev/null 2>&1
if [ -f dist/wordpress/clinic-widgets/clinic-widgets.php ] && [ -f dist/wordpress/clinic-widgets/assets/clinic-widgets.js ] \
  && [ -f dist/clinic-widgets-wordpress.zip ]; then
  ok "npm run build leaves dist/wordpress/clinic-widgets/ (with assets/clinic-widgets.js) and dist/clinic-widgets-wordpress.zip"
else
  not_ok "npm run build leaves the plugin folder and zip"
  finish
fi
# A copy of what the build left, so that a build running meanwhile (vite empties dist/) cannot change it.
mkdir -p "$WORK/dist"
cp -r dist/wordpress/clinic-widgets dist/clinic-widgets-wordpress.zip dist/clinic-widgets.js "$WORK/dist/"
[ -f dist/clinic-widgets.css ] && cp dist/clinic-widgets.css "$WORK/dist/"
[ -d dist/locales ] && cp -r dist/locales "$WORK/dist/"
PLUGIN=$WORK/dist/clinic-widgets
ZIP=$WORK/dist/clinic-widgets-wordpress.zip
if cmp -s "$WORK/dist/clinic-widgets.js" "$PLUGIN/assets/clinic-widgets.js"; then
  ok "the plugin carries the built bundle (no CDN)"
else
  not_ok "the plugin's assets/clinic-widgets.js is not dist/clinic-widgets.js"
fi
# The language packs the bundle imports from beside itself (./locales/es-<hash>.js): in the folder and the zip.
packs=$(grep -oE 'import\(\s*["'"'"'`]\./locales/[A-Za-z0-9_-]+\.js' "$WORK/dist/clinic-widgets.js" | grep -oE 'locales/[^/]+\.js$' | sort -u)
pack_problems=""
zipped=$(unzip -Z1 "$ZIP" 2>&1)
for pack in $packs; do
  cmp -s "$WORK/dist/$pack" "$PLUGIN/assets/$pack" || pack_problems+="assets/$pack is not dist/$pack"$'\n'
  grep -qx "clinic-widgets/assets/$pack" <<<"$zipped" || pack_problems+="the zip has no clinic-widgets/assets/$pack"$'\n'
done
if [ -z "$packs" ]; then
  not_ok "the bundle imports no language pack (./locales/<language>.js)"
elif [ -z "$pack_problems" ]; then
  ok "the plugin folder and zip carry the language packs the bundle imports: $(echo $packs | sed 's#locales/##g')"
else
  not_ok "the plugin carries the language packs" "$pack_problems"
fi
if [ -f "$WORK/dist/clinic-widgets.css" ]; then
  cmp -s "$WORK/dist/clinic-widgets.css" "$PLUGIN/assets/clinic-widgets.css" && ok "the plugin carries dist/clinic-widgets.css" \
    || not_ok "the plugin's assets/clinic-widgets.css is not dist/clinic-widgets.css"
fi

lint_errors=""
count=0
while IFS= read -r file; do
  count=$((count + 1))
  out=$(php -l "$file" 2>&1) || lint_errors+="$out"$'\n'
done < <(find wordpress "$PLUGIN" -name '*.php' | sort)
[ -z "$lint_errors" ] && ok "php -l: $count PHP files (source and built plugin)" || not_ok "php -l" "$lint_errors"

out=$(node scripts/wordpress-pot.mjs --check 2>&1) && ok "$out" || not_ok "the .pot is up to date" "$out"
out=$(msgfmt --check-format -o /dev/null wordpress/languages/clinic-widgets.pot 2>&1) \
  && ok "msgfmt reads wordpress/languages/clinic-widgets.pot" || not_ok "msgfmt wordpress/languages/clinic-widgets.pot" "$out"

# --- downloads: Debian's WordPress 6.1 (its files, not the package's Apache and MySQL set-up) and the
# Playground builds (WordPress 6.5 and the SQLite integration plugin), kept in $CACHE
mkdir -p "$CACHE"
DEB_ROOT=$CACHE/debian-6.1
if [[ " $VERSIONS " == *" 6.1 "* ]] && [ ! -f "$DEB_ROOT/usr/share/wordpress/wp-settings.php" ]; then
  echo "--- apt-get download wordpress (6.1)"
  rm -rf "$CACHE/debs" "$DEB_ROOT" && mkdir -p "$CACHE/debs" "$DEB_ROOT"
  debs=(wordpress wordpress-theme-twentytwentythree libjs-underscore libjs-cropper php-getid3)
  fetch() { (cd "$CACHE/debs" && apt-get download "${debs[@]}" >"$WORK/download.log" 2>&1); }
  fetch || { apt_update && fetch; } || { not_ok "apt-get download ${debs[*]}" "$(tail -5 "$WORK/download.log")"; finish; }
  for deb in "$CACHE"/debs/*.deb; do dpkg-deb -x "$deb" "$DEB_ROOT"; done
fi
BUILDS=$CACHE/wordpress-builds-$BUILDS_VERSION
if [ ! -f "$BUILDS/sqlite-database-integration.zip" ] || [ ! -f "$BUILDS/wp-6.5.zip" ] || [ ! -d "$BUILDS/public/wp-6.5" ]; then
    echo "--- npm pack @wp-playground/wordpress-builds@$BUILDS_VERSION"
    rm -rf "$BUILDS" && mkdir -p "$BUILDS"
    tgz=$( (cd "$BUILDS" && npm pack --silent "@wp-playground/wordpress-builds@$BUILDS_VERSION") 2>"$WORK/pack.log" | tail -n 1)
    if [ -z "$tgz" ] || [ ! -f "$BUILDS/$tgz" ]; then not_ok "npm pack @wp-playground/wordpress-builds" "$(tail -5 "$WORK/pack.log")"; finish; fi
    tar -xzf "$BUILDS/$tgz" -C "$BUILDS" --strip-components=1 --wildcards \
      package/src/wordpress/wp-6.5.zip package/src/sqlite-database-integration/sqlite-database-integration.zip \
      'package/public/wp-6.5/*' || { not_ok "unpack @wp-playground/wordpress-builds"; finish; }
    mv "$BUILDS/src/wordpress/wp-6.5.zip" "$BUILDS/src/sqlite-database-integration/sqlite-database-integration.zip" "$BUILDS/"
    rm -rf "$BUILDS/src" "$BUILDS/$tgz"
fi

elapsed "downloads"

# A site folder: WordPress's files, the SQLite drop-in, and a wp-config.php with WP_DEBUG logging.
make_site() {
  local version=$1 site=$2
  mkdir -p "$site"
  case $version in
    6.1) cp -rL "$DEB_ROOT/usr/share/wordpress/." "$site/" ;;
    6.5) unzip -q "$BUILDS/wp-6.5.zip" -d "$site" && cp -r "$BUILDS/public/wp-6.5/." "$site/" ;;
  esac
  # The Playground build ships an installed database: start from none.
  rm -rf "$site/wp-config.php" "$site/wp-content/database"
  mkdir -p "$site/wp-content/plugins" "$DATA/db-$version"
  unzip -q "$BUILDS/sqlite-database-integration.zip" -d "$site/wp-content/plugins"
  mv "$site/wp-content/plugins/sqlite-database-integration-main" "$site/wp-content/plugins/sqlite-database-integration"
  sed -e "s#{SQLITE_IMPLEMENTATION_FOLDER_PATH}#$site/wp-content/plugins/sqlite-database-integration#" \
    -e "s#{SQLITE_PLUGIN}#sqlite-database-integration/load.php#" \
    "$site/wp-content/plugins/sqlite-database-integration/db.copy" >"$site/wp-content/db.php"
  local salt
  salt=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
  cat >"$site/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', '' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );
define( 'DB_DIR', '$DATA/db-$version/' );
define( 'DB_FILE', '.ht.sqlite' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$key ) {
	define( \$key, '$salt' . \$key );
}
\$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$site.debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
}

# One version after the other: side by side they take as long on two cores, and print nothing until the end.
for version in $VERSIONS; do
  site=$WORK/wp-$version
  echo "--- WordPress $version"
  if make_site "$version" "$site" >"$WORK/site-$version.log" 2>&1; then
    timeout 240 node tests/wordpress/wordpress.test.mjs --version "$version" --site "$site" --log "$site.debug.log" \
      --plugin "$PLUGIN" --zip "$ZIP" --pid-file "$WORK/php-$version.pid" 2>&1 | tee "$WORK/test-$version.log"
  else
    not_ok "WordPress $version: site files" "$(tail -5 "$WORK/site-$version.log")"
    continue
  fi
  elapsed "WordPress $version"
  counts=$(grep -aoE '^[0-9]+ passed, [0-9]+ failed' "$WORK/test-$version.log" | tail -n 1)
  if [ -n "$counts" ]; then
    passed=$((passed + $(echo "$counts" | awk '{print $1}')))
    failed=$((failed + $(echo "$counts" | awk '{print $3}')))
  else
    not_ok "WordPress $version: the test runner ended without a result"
  fi
done

finish
