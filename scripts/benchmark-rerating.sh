#!/usr/bin/env bash
# Re-rating 30,000 generated facilities (issue 17 target: < 3 s), as on a methodology profile upgrade: every rating
# missing or of another profile version is recomputed at start-up (FacilityRatings.rateOutdated), which logs how many
# facilities it rated and how long it took. The facilities have realistic gaps: a stored volume for about a third,
# otherwise a design capacity, a tonnage, an area with a dam height, an ore throughput or nothing at all, and each
# index input unknown in about 40 % of the rows. Needs a built jar (./mvnw -DskipTests package) and psql; uses a
# throw-away embedded database; prints the numbers recorded in docs/performance.md. Usage: scripts/benchmark-rerating.sh [runs]
# (TMF_JAR: another jar to measure, e.g. a copy of the previous build; TMF_JAVA_OPTS: JVM options such as a JFR recording)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=${TMF_JAR:-tmf-server/target/tmf-server.jar}
data=$(mktemp -d)
port=18085
log="$data/server.log"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

start() {
  java -Xmx1g ${TMF_JAVA_OPTS:-} -jar "$jar" --server.port=$port --tmf.database.data-directory="$data/pg" --tmf.database.port=18086 \
    --tmf.jobs.enabled=false > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.5; done
}
stop() {
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

start
psql -q -h localhost -p 18086 -U postgres -d tmf <<'SQL'
CREATE FUNCTION pick(p double precision, v anyelement) RETURNS anyelement LANGUAGE sql AS
  'SELECT CASE WHEN random() < p THEN v END';
INSERT INTO facility (code, name, country, latitude, longitude, status, stored_volume_m3, design_capacity_m3,
                      stored_tonnage_t, impoundment_area_ha, dam_height_m, annual_ore_throughput_t, throughput_years,
                      water_hazard_class, management_status, flood_hazard, seismic_hazard, dam_condition,
                      population_at_risk, drinking_water_abstraction, protected_area_downstream, published)
SELECT 'BR-' || lpad(n::text, 6, '0'), 'Re-rating benchmark facility ' || n, 'KAZ',
       40.6 + random() * 14.5, 46.5 + random() * 40.5,
       (ARRAY['ACTIVE','INACTIVE','TEMPORARILY_CLOSED','CLOSED','ABANDONED'])[1 + floor(random() * 5)::int],
       CASE WHEN s < 0.35 THEN power(10, 4 + random() * 4) END,
       CASE WHEN s >= 0.35 AND s < 0.5 THEN power(10, 4.5 + random() * 4) END,
       CASE WHEN s >= 0.5 AND s < 0.65 THEN power(10, 4.5 + random() * 4) END,
       CASE WHEN s >= 0.65 AND s < 0.8 THEN 1 + random() * 300 END,
       CASE WHEN s >= 0.65 AND s < 0.8 THEN 5 + random() * 60 END,
       CASE WHEN s >= 0.8 AND s < 0.9 THEN power(10, 5 + random() * 2) END,
       CASE WHEN s >= 0.8 AND s < 0.9 THEN 1 + floor(random() * 60)::int END,
       (ARRAY['NWG','WGK1','WGK2','WGK3','UNKNOWN'])[1 + floor(random() * 5)::int],
       pick(0.6, (ARRAY['OPERATED_SUPERVISED','CLOSED_MAINTAINED','NO_RESPONSIBLE_OPERATOR'])[1 + floor(random() * 3)::int]),
       pick(0.6, (ARRAY['OUTSIDE_FLOOD_AREA','FLOOD_PRONE'])[1 + floor(random() * 2)::int]),
       pick(0.6, (ARRAY['LOW','MODERATE','HIGH'])[1 + floor(random() * 3)::int]),
       pick(0.6, (ARRAY['NO_DEFICIENCIES','DEFICIENCIES','CRITICAL'])[1 + floor(random() * 3)::int]),
       pick(0.6, floor(random() * 20000)::int), pick(0.6, random() < 0.5), pick(0.6, random() < 0.5), true
  FROM (SELECT n, random() AS s FROM generate_series(1, 30000) AS n) AS generated;
DROP FUNCTION pick;
SQL
for run in $(seq 1 "$runs"); do
  stop
  # every stored rating becomes outdated, as when a new profile version is the default
  start
  line=$(grep -o 'Rated [0-9]* facilities with methodology profile .* in [0-9]* ms' "$log" | tail -1 || true)
  echo "run $run: ${line:-no re-rating logged}"
  # the UPDATE rewrites every row; VACUUM clears the dead rows it leaves, as autovacuum does long before a real upgrade
  psql -q -h localhost -p 18086 -U postgres -d tmf -c "UPDATE facility_rating SET profile_version = 0" \
    -c "VACUUM ANALYZE facility_rating"
done
psql -h localhost -p 18086 -U postgres -d tmf -c "SELECT index_code, count(*), round(avg(completeness)::numeric, 2) AS completeness,
       count(*) FILTER (WHERE class_low <> index_class) AS class_ranges FROM facility_rating GROUP BY index_code" \
  -c "SELECT index_class, count(*) FROM facility_rating WHERE index_code = 'THI' GROUP BY index_class ORDER BY 2 DESC" \
  -c "SELECT count(*) AS not_rateable FROM facility f WHERE NOT EXISTS (SELECT 1 FROM facility_rating r WHERE r.facility_id = f.id)" \
  -c "SELECT r.index_code, r.class_low, r.index_class, count(*) AS demo_facilities FROM facility f
        JOIN facility_rating r ON r.facility_id = f.id WHERE f.code NOT LIKE 'BR-%' GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC"
