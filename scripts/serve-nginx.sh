#!/usr/bin/env bash
# Serves a built folder with Debian's nginx and exactly deploy/nginx.conf: only its `listen`
# and `root` lines are replaced (127.0.0.1:<port>, the folder). nginx runs in the foreground
# (`daemon off;`, so a test runner can start and stop it), with its pid, logs and temporary
# files in a folder of its own under /tmp, and never touches /etc/nginx or /var.
# Usage: scripts/serve-nginx.sh [dist folder, default dist] [port, default 4174]
set -euo pipefail
cd "$(dirname "$0")/.."

root=$(realpath "${1:-dist}")
port="${2:-4174}"
nginx="${NGINX:-/usr/sbin/nginx}"
if [ ! -x "$nginx" ]; then
  echo "serve-nginx: $nginx is missing (Debian: apt-get install -y nginx-light)" >&2
  exit 1
fi
if [ ! -f "$root/index.html" ]; then
  echo "serve-nginx: $root/index.html is missing: build first (npm run build)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/atlas-nginx.XXXXXX)
mkdir -p "$dir/logs" "$dir/temp"
trap 'rm -rf "$dir"' EXIT

# The site: deploy/nginx.conf with two lines changed, and a check that nothing else did.
sed -E \
  -e "s#^(\s*)listen\s+[^;]+;#\1listen 127.0.0.1:${port};#" \
  -e "s#^(\s*)root\s+[^;]+;#\1root ${root};#" \
  deploy/nginx.conf >"$dir/site.conf"
changed=$(diff deploy/nginx.conf "$dir/site.conf" | grep -c '^>' || true)
if [ "$changed" -ne 2 ]; then
  echo "serve-nginx: expected to replace one listen and one root line, replaced $changed" >&2
  exit 1
fi

# What Debian's /etc/nginx/nginx.conf puts around conf.d/*.conf, with private paths.
cat >"$dir/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $dir/nginx.pid;
error_log stderr warn;
$( [ "$(id -u)" -eq 0 ] && echo "user root root;" )
events { worker_connections 256; }
http {
    sendfile on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $dir/temp/client;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    include $dir/site.conf;
}
CONF

"$nginx" -t -q -p "$dir" -e stderr -c "$dir/nginx.conf"
echo "serve-nginx: $root on http://127.0.0.1:${port}/ (deploy/nginx.conf)"
"$nginx" -p "$dir" -e stderr -c "$dir/nginx.conf" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT INT TERM
wait "$pid"
