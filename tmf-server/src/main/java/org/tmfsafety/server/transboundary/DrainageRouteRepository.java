package org.tmfsafety.server.transboundary;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tmfsafety.geo.transboundary.DrainageRoute;

/** The drainage route of each facility that has one (table facility_drainage_route). */
@Repository
class DrainageRouteRepository {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    DrainageRouteRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StoredDrainageRoute> find(long facilityId) {
        return jdbc.sql("""
                SELECT facility_id, kind, points::text AS points, source, comment, version, updated_by, updated_at
                  FROM facility_drainage_route WHERE facility_id = :id""")
            .param("id", facilityId)
            .query((rs, row) -> new StoredDrainageRoute(rs.getLong("facility_id"),
                    route(rs.getString("kind"), rs.getString("points")), rs.getString("source"), rs.getString("comment"),
                    rs.getInt("version"), rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class)))
            .optional();
    }

    /** The routes of the given facilities (all when null), by facility id. */
    Map<Long, DrainageRoute> routes(Collection<Long> facilityIds) {
        Map<Long, DrainageRoute> routes = new HashMap<>();
        String where = facilityIds == null ? "" : " WHERE facility_id = ANY (string_to_array(:ids, ',')::bigint[])";
        var statement = jdbc.sql("SELECT facility_id, kind, points::text AS points FROM facility_drainage_route" + where);
        if (facilityIds != null) {
            statement = statement.param("ids", String.join(",", facilityIds.stream().map(String::valueOf).toList()));
        }
        statement.query(rs -> {
            routes.put(rs.getLong("facility_id"), route(rs.getString("kind"), rs.getString("points")));
        });
        return routes;
    }

    /** Inserts the route; false when the facility has one already. */
    boolean insert(long facilityId, DrainageRoute route, String source, String comment, String actor) {
        return jdbc.sql("""
                INSERT INTO facility_drainage_route (facility_id, kind, points, source, comment, updated_by)
                VALUES (:id, :kind, CAST(:points AS jsonb), :source, :comment, :actor)
                ON CONFLICT (facility_id) DO NOTHING""")
            .param("id", facilityId)
            .param("kind", route.kind().name())
            .param("points", points(route))
            .param("source", source)
            .param("comment", comment)
            .param("actor", actor)
            .update() == 1;
    }

    /** Replaces the route if it still has the given version; false when it changed meanwhile or is gone. */
    boolean update(long facilityId, int version, DrainageRoute route, String source, String comment, String actor) {
        return jdbc.sql("""
                UPDATE facility_drainage_route SET kind = :kind, points = CAST(:points AS jsonb), source = :source,
                       comment = :comment, updated_by = :actor, updated_at = now(), version = version + 1
                 WHERE facility_id = :id AND version = :version""")
            .param("id", facilityId)
            .param("version", version)
            .param("kind", route.kind().name())
            .param("points", points(route))
            .param("source", source)
            .param("comment", comment)
            .param("actor", actor)
            .update() == 1;
    }

    /** Deletes the route if it still has the given version. */
    boolean delete(long facilityId, int version) {
        return jdbc.sql("DELETE FROM facility_drainage_route WHERE facility_id = :id AND version = :version")
            .param("id", facilityId)
            .param("version", version)
            .update() == 1;
    }

    private String points(DrainageRoute route) {
        List<double[]> positions = new ArrayList<>(route.points().size());
        for (DrainageRoute.Point point : route.points()) {
            positions.add(new double[] { point.longitude(), point.latitude() });
        }
        return json.writeValueAsString(positions);
    }

    private DrainageRoute route(String kind, String points) {
        List<DrainageRoute.Point> route = new ArrayList<>();
        for (JsonNode position : json.readTree(points)) {
            route.add(new DrainageRoute.Point(position.get(1).asDouble(), position.get(0).asDouble()));
        }
        return new DrainageRoute(route, DrainageRoute.Kind.valueOf(kind));
    }
}
