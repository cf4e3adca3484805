#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database (create it first, e.g. createdb tmf_restored),
# in one transaction: either everything is restored or nothing. Refuses a database that already has tables, and a
# file whose SHA-256 does not match the one written by the backup. Then point spring.datasource.url at it.
#
#   PGHOST=db.example PGUSER=tmf PGDATABASE=tmf_restored scripts/restore.sh /var/backups/tmf/tmf-2026-11-24.dump
set -euo pipefail
file="${1:?usage: scripts/restore.sh FILE.dump}"
pg_restore="${PG_RESTORE:-pg_restore}"
psql="${PSQL:-psql}"

if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256")
fi
tables=$("$psql" --no-psqlrc --tuples-only --no-align \
  --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
  echo "refused: database ${PGDATABASE:-?} already has $tables tables; restore into a new, empty database" >&2
  exit 1
fi
"$pg_restore" --exit-on-error --single-transaction --no-owner --dbname="${PGDATABASE:?set PGDATABASE}" "$file"
echo "restored $file into ${PGDATABASE}"
