#!/usr/bin/env bash
# Stops what scripts/wordpress/boot.sh started: PHP's server, and MariaDB when boot.sh started it and
# no other site's database is on it (another WordPress on this machine may be using it). The run
# folder stays, with its logs, for a look after a failure; the next boot empties it.
set -uo pipefail
run_dir=${GSW_WP_RUN_DIR:-${TMPDIR:-/tmp}/gov-service-widgets-wordpress}
db_name=wp

if [[ -s $run_dir/php-server.pid ]]; then
  kill -- -"$(cat "$run_dir/php-server.pid")" 2>/dev/null && echo "wordpress: PHP's server stopped"
  rm -f "$run_dir/php-server.pid"
fi

if [[ -f $run_dir/mariadb-started ]]; then
  others="$(mysql -u root -N -e 'SHOW DATABASES' </dev/null 2>/dev/null |
    grep -vxE "$db_name|information_schema|performance_schema|mysql|sys" || true)"
  if [[ -n $others ]]; then
    echo "wordpress: MariaDB left running: it also holds $(echo "$others" | paste -sd, -)"
  else
    mysqladmin shutdown </dev/null && echo "wordpress: MariaDB stopped"
  fi
  rm -f "$run_dir/mariadb-started"
fi
exit 0
