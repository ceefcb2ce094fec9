#!/usr/bin/env bash
# Boots a real WordPress for the plugin's browser tests: Debian's own WordPress 6.1, PHP 8.2 and
# MariaDB, served by PHP's built-in server on 127.0.0.1. As root, with no stdin, idempotent: it
# installs the Debian packages that are missing, starts MariaDB unless it runs already, and every
# boot starts from an empty database and an empty content folder, so no run depends on the last.
#
#   scripts/wordpress/boot.sh              a single site
#   scripts/wordpress/boot.sh --multisite  a subdirectory network with a sub-site at /school/
#   scripts/wordpress/teardown.sh          stops what this started
#
# It writes $GSW_WP_RUN_DIR/site.json (url, admin, where the debug log is) for the tests.
# Another WordPress on this machine is left alone: this one owns only the host 127.0.0.1, the
# database `wp` (user `gsw_ci`), the port 8099 and the run folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

host=127.0.0.1
port=${GSW_WP_PORT:-8099}
url="http://$host:$port"
run_dir=${GSW_WP_RUN_DIR:-${TMPDIR:-/tmp}/gov-service-widgets-wordpress}
content_dir="$run_dir/wp-content"
wordpress=/usr/share/wordpress
config=/etc/wordpress/config-$host.php
db_name=wp db_user=gsw_ci db_password=gsw_ci
admin_user=admin admin_password=gsw-ci-admin-password admin_email=admin@example.org
multisite=false
[[ "${1:-}" == --multisite ]] && multisite=true

say() { printf 'wordpress: %s\n' "$*"; }
fail() {
  printf 'wordpress: %s\n' "$*" >&2
  exit 1
}

# --- Debian packages ------------------------------------------------------------------------
# Each package is wanted when what it provides is missing. php-* are the distribution's default PHP
# (8.2 on Debian 12). `wordpress` pulls in Apache by its dependencies; we never start it: PHP's
# built-in server is enough for the tests.
missing=()
[[ -f $wordpress/wp-settings.php ]] || missing+=(wordpress)
[[ -f $wordpress/wp-content/themes/twentytwentythree/style.css ]] || missing+=(wordpress-theme-twentytwentythree)
modules="$(php -m 2>/dev/null || true)"
[[ -n $modules ]] || missing+=(php-cli)
grep -qx mysqli <<<"$modules" || missing+=(php-mysql)
grep -qx mbstring <<<"$modules" || missing+=(php-mbstring)
grep -qx xml <<<"$modules" || missing+=(php-xml)
command -v mysqld_safe >/dev/null || missing+=(mariadb-server)
if ((${#missing[@]})); then
  [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null ||
    fail "missing ${missing[*]}: install them as root (apt-get install --no-install-recommends ${missing[*]})"
  say "installing Debian packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
fi
[[ "$(id -u)" -eq 0 ]] || fail "run as root: it starts MariaDB and writes $config"

# --- The previous run's server --------------------------------------------------------------
mkdir -p "$run_dir"
if [[ -s $run_dir/php-server.pid ]]; then
  kill -- -"$(cat "$run_dir/php-server.pid")" 2>/dev/null || true
  rm -f "$run_dir/php-server.pid"
fi
port_busy() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }
for _ in $(seq 50); do port_busy || break; sleep 0.1; done
port_busy && fail "$host:$port is taken by another program"

# --- MariaDB --------------------------------------------------------------------------------
# A MariaDB that already runs (another site's, or the system's) is used as it is, and left running.
if ! mysqladmin ping --silent >/dev/null 2>&1; then
  rm -f "$run_dir/mariadb-started"
  install -d -o mysql -g mysql /run/mysqld
  [[ -d /var/lib/mysql/mysql ]] || mariadb-install-db --user=mysql >"$run_dir/mariadb-install.log" 2>&1
  say "starting MariaDB"
  setsid mysqld_safe --user=mysql >"$run_dir/mariadb.log" 2>&1 </dev/null &
  for _ in $(seq 120); do mysqladmin ping --silent >/dev/null 2>&1 && break; sleep 0.5; done
  mysqladmin ping --silent >/dev/null 2>&1 || fail "MariaDB did not start: $(tail -5 "$run_dir/mariadb.log")"
  touch "$run_dir/mariadb-started"
fi
mysql -u root </dev/null <<SQL
DROP DATABASE IF EXISTS \`$db_name\`;
CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL ON \`$db_name\`.* TO '$db_user'@'localhost';
SQL

# --- A fresh content folder: our plugin from the last run must not be there -----------------
rm -rf "$content_dir" "$run_dir/debug.log" "$run_dir/upgrade"
mkdir -p "$content_dir"/{plugins,mu-plugins,themes,uploads,languages,upgrade}
ln -s $wordpress/wp-content/themes/twentytwentythree "$content_dir/themes/twentytwentythree"
# Names the plugin behind a PHP notice that WordPress's own files report.
cp "$here/trace-plugin-notices.php" "$content_dir/mu-plugins/"

# --- wp-config: Debian's wp-config.php reads /etc/wordpress/config-<Host>.php -----------------
write_config() { # $1: single or multisite
  mkdir -p /etc/wordpress
  cat >"$config" <<PHP
<?php
// Written by gov-service-widgets' scripts/wordpress/boot.sh for its CI tests; rewritten on every boot.
define('DB_NAME', '$db_name');
define('DB_USER', '$db_user');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '$content_dir');
// No requests leave the machine, and nothing updates itself during a test.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// The upload installer writes the plugin itself instead of asking for FTP credentials.
define('FS_METHOD', 'direct');
define('DISALLOW_FILE_EDIT', true);
// Every PHP warning and notice goes to a file the tests read at the end.
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '$run_dir/debug.log');
define('WP_DEBUG_DISPLAY', false);
PHP
  [[ $1 == multisite ]] && cat >>"$config" <<PHP
// A subdirectory network (what the Network Setup screen asks to add).
define('WP_ALLOW_MULTISITE', true);
define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', '$host:$port');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);
PHP
  return 0
}

# --- The site -------------------------------------------------------------------------------
say "installing WordPress at $url"
write_config single
php "$here/install-site.php" site "$url" "$admin_user" "$admin_password" "$admin_email" </dev/null
if $multisite; then
  # The network is made on the single site, as the Network Setup screen does, then switched on.
  php "$here/install-site.php" network "$url" "$admin_user" "$admin_password" "$admin_email" </dev/null
  write_config multisite
  php "$here/install-site.php" sub-site "$url" "$admin_user" "$admin_password" "$admin_email" </dev/null
fi

# --- Serve ----------------------------------------------------------------------------------
say "serving $url"
# Its own process group, so that teardown stops the server and its workers together. Several
# workers, because a wp-admin page loads many files at once.
cd $wordpress
PHP_CLI_SERVER_WORKERS=4 GSW_WP_CONTENT_DIR="$content_dir" GSW_WP_MULTISITE=$multisite \
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' - "$run_dir/php-server.pid" \
  php -d upload_max_filesize=32M -d post_max_size=32M -S "$host:$port" "$here/router.php" \
  >"$run_dir/php-server.log" 2>&1 </dev/null &
cd - >/dev/null
for _ in $(seq 100); do port_busy && break; sleep 0.1; done
port_busy || fail "PHP's server did not start: $(tail -5 "$run_dir/php-server.log")"

cat >"$run_dir/site.json" <<JSON
{
  "url": "$url",
  "admin": { "user": "$admin_user", "password": "$admin_password" },
  "multisite": $multisite,
  "subSitePath": $($multisite && echo '"/school/"' || echo null),
  "wordpress": "$wordpress",
  "contentDir": "$content_dir",
  "debugLog": "$run_dir/debug.log",
  "serverLog": "$run_dir/php-server.log"
}
JSON
say "ready: $url ($(php -r 'require "/usr/share/wordpress/wp-includes/version.php"; echo "WordPress $wp_version";'), PHP $(php -r 'echo PHP_VERSION;'))"
