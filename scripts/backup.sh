#!/usr/bin/env bash
# Backs up the whole TMF Safety database (registry, assessments with their attachments, accidents, working group,
# audit trail, sessions: everything lives in PostgreSQL) with pg_dump's custom format, then checks that the file
# reads back and writes its SHA-256 beside it. docs/deployment.md has the schedule and the restore procedure.
#
# Connection: the standard libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass), PGDATABASE.
# pg_dump must not be older than the server (PG_DUMP and PG_RESTORE may name other binaries).
#
#   PGHOST=db.example PGUSER=tmf PGDATABASE=tmf scripts/backup.sh /var/backups/tmf/tmf-$(date +%F).dump
set -euo pipefail
file="${1:?usage: scripts/backup.sh FILE.dump}"
pg_dump="${PG_DUMP:-pg_dump}"
pg_restore="${PG_RESTORE:-pg_restore}"

"$pg_dump" --format=custom --compress=6 --file="$file.partial"
"$pg_restore" --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
(cd "$(dirname "$file")" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
echo "backup written: $file ($(stat -c %s "$file") bytes)"
