package org.tmfsafety.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.server.methodology.Checklists;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Every endpoint of the application against every kind of caller. The endpoints are read from Spring
 * MVC's handler mappings, so a new endpoint without a row here fails {@link #everyEndpointHasARow()}.
 * Outcomes are classified so that allowed writes can be exercised without changing data (they are
 * sent invalid or stale and fail validation after the authorisation check).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    /** The callers: the public, the demo operator (Kazzinc), an inspector, an authority, an administrator. */
    enum Caller {
        PUBLIC(null, null), OPERATOR("operator", "operator-demo"), INSPECTOR("inspector", "inspector-demo"),
        AUTHORITY("authority", "authority-demo"), ADMIN("admin", "admin-demo");

        final String username;

        final String password;

        Caller(String username, String password) {
            this.username = username;
            this.password = password;
        }
    }

    /** How a request ended, from the caller's point of view. */
    enum Outcome {
        /** Authorised: any answer but the ones below (200, 201, 204, 302 elsewhere, 400 or 409 for invalid input). */
        OK,
        /** The server failed: 5xx. Never expected; an authorised caller must get an answer, not an error page. */
        FAILED,
        /** Asked to sign in: 401, or a redirect to the login page. */
        LOGIN,
        /** Refused: 403. */
        DENIED,
        /** Not revealed: 404. */
        HIDDEN
    }

    private static final Outcome O = Outcome.OK;

    private static final Outcome L = Outcome.LOGIN;

    private static final Outcome D = Outcome.DENIED;

    private static final Outcome H = Outcome.HIDDEN;

    /** Mappings that are infrastructure, not features: Spring Boot's error page. */
    private static final Set<String> INFRASTRUCTURE = Set.of("ANY /error");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Checklists checklists;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Caller, Session> sessions = new EnumMap<>(Caller.class);

    private final List<Row> rows = new ArrayList<>();

    private record Row(String endpoint, String method, String path, String body, Outcome[] expected) {
    }

    private void row(String endpoint, String path, String body, Outcome... expected) {
        rows.add(new Row(endpoint, endpoint.split(" ")[0], path, body, expected));
    }

    @BeforeAll
    void prepare() throws Exception {
        long kazzinc = jdbc.sql("SELECT id FROM organisation WHERE name ILIKE 'Kazzinc%'").query(Long.class).single();
        long other = jdbc.sql("SELECT id FROM organisation WHERE kind = 'OPERATOR' AND id <> :k ORDER BY id LIMIT 1")
            .param("k", kazzinc).query(Long.class).single();
        long own = insertFacility("MATRIX-OWN", kazzinc, false);
        long foreign = insertFacility("MATRIX-FOREIGN", other, false);
        long published = insertFacility("MATRIX-PUBLISHED", other, true);
        long archived = insertFacility("MATRIX-ARCHIVED", kazzinc, true);
        jdbc.sql("UPDATE facility SET archived_at = now(), archived_by = 'admin' WHERE id = :id").param("id", archived)
            .update();
        for (long routed : List.of(own, foreign, published)) {
            jdbc.sql("INSERT INTO facility_drainage_route (facility_id, kind, points, source, updated_by)"
                    + " VALUES (:id, 'RECEIVING_WATER', '[[82.7, 49.95]]', 'matrix', 'admin')")
                .param("id", routed)
                .update();
        }
        long adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        for (Caller caller : Caller.values()) {
            sessions.put(caller, new Session(caller));
        }
        String api = "/api/v1/facilities";
        row("GET /api/v1/facilities", api, null, O, O, O, O, O);
        row("GET /api/v1/facilities/{id}", api + "/" + published, null, O, O, O, O, O);
        row("GET /api/v1/facilities/{id}", api + "/" + foreign, null, H, H, O, O, O);
        row("GET /api/v1/facilities/{id}", api + "/" + own, null, H, O, O, O, O);
        row("GET /api/v1/facilities/{id}", api + "/" + archived, null, H, H, H, O, O);
        row("GET /api/v1/facilities/archived", api + "/archived", null, L, D, D, O, O);
        row("POST /api/v1/facilities/{id}/restore", api + "/" + own + "/restore", "", L, D, D, D, O);
        row("POST /api/v1/facilities/{id}/restore", api + "/" + archived + "/restore?version=-1", "", L, D, D, D, O);
        row("GET /api/v1/facilities/{id}/ratings", api + "/" + published + "/ratings", null, O, O, O, O, O);
        row("GET /api/v1/facilities/{id}/ratings", api + "/" + foreign + "/ratings", null, H, H, O, O, O);
        row("GET /api/v1/facilities/{id}/transboundary", api + "/" + published + "/transboundary", null, O, O, O, O, O);
        row("GET /api/v1/facilities/{id}/transboundary", api + "/" + foreign + "/transboundary", null, H, H, O, O, O);
        row("GET /api/v1/facilities/downstream-paths.geojson", api + "/downstream-paths.geojson", null, O, O, O, O, O);
        row("POST /api/v1/geo/transboundary", "/api/v1/geo/transboundary", "{}", O, O, O, O, O);
        row("GET /api/v1/facilities/{id}/history", api + "/" + own + "/history", null, L, O, O, O, O);
        row("GET /api/v1/facilities/{id}/history", api + "/" + foreign + "/history", null, L, H, O, O, O);
        row("GET /api/v1/facilities/{id}/history", api + "/" + published + "/history", null, L, H, O, O, O);
        row("POST /api/v1/facilities", api, "{}", L, O, D, O, O);
        row("POST /api/v1/imports/facilities", "/api/v1/imports/facilities", null, L, O, D, O, O);
        long accident = jdbc.sql("SELECT min(id) FROM accident").query(Long.class).single();
        row("GET /api/v1/accidents", "/api/v1/accidents", null, O, O, O, O, O);
        row("GET /api/v1/accidents/{id}", "/api/v1/accidents/" + accident, null, O, O, O, O, O);
        row("GET /api/v1/accidents.geojson", "/api/v1/accidents.geojson", null, O, O, O, O, O);
        row("POST /api/v1/imports/accidents", "/api/v1/imports/accidents", null, L, D, D, O, O);
        long action = jdbc.sql("""
                INSERT INTO wg_action (title, assignee_organisation_id, created_by) VALUES ('Matrix action', :org, 'admin')
                RETURNING id""").param("org", other).query(Long.class).single();
        long meeting = jdbc.sql("""
                INSERT INTO wg_meeting (title, starts_at, created_by) VALUES ('Matrix meeting', now(), 'admin')
                RETURNING id""").query(Long.class).single();
        row("GET /api/v1/ratings/profiles/compare", "/api/v1/ratings/profiles/compare", null, L, O, O, O, O);
        row("GET /ratings/profiles/compare", "/ratings/profiles/compare", null, L, O, O, O, O);
        long ownRequest = dataRequest(own, kazzinc);
        long foreignRequest = dataRequest(foreign, other);
        long ownItem = jdbc.sql("SELECT id FROM data_request_item WHERE request_id = :r").param("r", ownRequest)
            .query(Long.class).single();
        String dr = "/api/v1/data-requests";
        String mine = dr + "/" + ownRequest;
        row("POST /api/v1/data-requests", dr, "{}", L, D, D, O, O);
        row("GET /api/v1/data-requests", dr, null, L, O, O, O, O);
        row("GET /api/v1/data-requests/{id}", mine, null, L, O, O, O, O);
        row("GET /api/v1/data-requests/{id}", dr + "/" + foreignRequest, null, L, H, O, O, O);
        row("PUT /api/v1/data-requests/{id}/answers", mine + "/answers", "{}", L, O, D, D, D);
        row("PUT /api/v1/data-requests/{id}/answers", dr + "/" + foreignRequest + "/answers", "{}", L, H, D, D, D);
        row("GET /api/v1/data-requests/{id}/workbook", mine + "/workbook", null, L, O, O, O, O);
        row("GET /api/v1/data-requests/{id}/workbook", dr + "/" + foreignRequest + "/workbook", null, L, H, O, O, O);
        row("POST /api/v1/data-requests/{id}/workbook", mine + "/workbook", null, L, O, D, D, D);
        row("POST /api/v1/data-requests/{id}/items/{itemId}/accept", mine + "/items/" + ownItem + "/accept", "{}", L, D,
                D, O, O);
        row("POST /api/v1/data-requests/{id}/items/{itemId}/return", mine + "/items/" + ownItem + "/return", "{}", L, D,
                D, O, O);
        row("POST /api/v1/data-requests/{id}/facilities/{facilityId}/accept", mine + "/facilities/" + own + "/accept",
                "{}", L, D, D, O, O);
        row("POST /api/v1/data-requests/{id}/close", mine + "/close", "{}", L, D, D, O, O);
        String drPage = "/data-requests/" + ownRequest;
        row("GET /data-requests", "/data-requests", null, L, O, O, O, O);
        row("GET /data-requests/new", "/data-requests/new", null, L, D, D, O, O);
        row("POST /data-requests", "/data-requests", "", L, D, D, O, O);
        row("GET /data-requests/{id}", drPage, null, L, O, O, O, O);
        row("GET /data-requests/{id}", "/data-requests/" + foreignRequest, null, L, H, O, O, O);
        row("POST /data-requests/{id}/answers", drPage + "/answers", "", L, O, D, D, D);
        row("GET /data-requests/{id}/workbook.xlsx", drPage + "/workbook.xlsx", null, L, O, O, O, O);
        row("POST /data-requests/{id}/workbook", drPage + "/workbook", "", L, O, D, D, D);
        row("POST /data-requests/{id}/items/{itemId}/accept", drPage + "/items/" + ownItem + "/accept", "", L, D, D, O,
                O);
        row("POST /data-requests/{id}/items/{itemId}/return", drPage + "/items/" + ownItem + "/return", "", L, D, D, O,
                O);
        row("POST /data-requests/{id}/facilities/{facilityId}/accept", drPage + "/facilities/" + own + "/accept", "", L,
                D, D, O, O);
        row("POST /data-requests/{id}/close", drPage + "/close", "", L, D, D, O, O);
        long ownIncident = incident(own);
        long foreignIncident = incident(foreign);
        long contact = jdbc.sql("SELECT min(id) FROM point_of_contact").query(Long.class).single();
        long report = new Api(port).asAuthority().post("/api/v1/incidents/" + ownIncident + "/reports",
                java.util.Map.of("type", "EARLY_WARNING", "incidentVersion", 0, "pointOfContactIds", List.of(contact)))
            .body().get("id").asLong();
        long recipient = jdbc.sql("SELECT id FROM incident_report_recipient WHERE report_id = :r").param("r", report)
            .query(Long.class).single();
        String token = jdbc.sql("SELECT token FROM incident_report_recipient WHERE id = :x").param("x", recipient)
            .query(String.class).single();
        String inc = "/api/v1/incidents/";
        row("POST /api/v1/facilities/{facilityId}/incidents", api + "/" + own + "/incidents", "{}", L, O, O, O, O);
        row("POST /api/v1/facilities/{facilityId}/incidents", api + "/" + foreign + "/incidents", "{}", L, H, O, O, O);
        row("POST /api/v1/facilities/{facilityId}/incidents", api + "/" + archived + "/incidents", "{}", L, H, H, D, D);
        row("GET /api/v1/incidents", "/api/v1/incidents", null, L, O, O, O, O);
        row("GET /api/v1/incidents/{id}", inc + ownIncident, null, L, O, O, O, O);
        row("GET /api/v1/incidents/{id}", inc + foreignIncident, null, L, H, O, O, O);
        row("PUT /api/v1/incidents/{id}", inc + ownIncident, "{}", L, O, O, O, O);
        row("PUT /api/v1/incidents/{id}", inc + foreignIncident, "{}", L, H, O, O, O);
        row("GET /api/v1/incidents/{id}/draft", inc + ownIncident + "/draft", null, L, D, D, O, O);
        row("GET /api/v1/incidents/{id}/draft", inc + foreignIncident + "/draft", null, L, H, D, O, O);
        row("POST /api/v1/incidents/{id}/reports", inc + ownIncident + "/reports", "{}", L, D, D, O, O);
        row("GET /api/v1/incidents/{id}/reports/{reportId}", inc + ownIncident + "/reports/" + report, null, L, O, O, O,
                O);
        row("POST /api/v1/incidents/{id}/recipients/{recipientId}/acknowledgement", inc + ownIncident + "/recipients/"
                + recipient + "/acknowledgement", "{}", L, D, D, O, O);
        row("POST /api/v1/incident-receipts/{token}", "/api/v1/incident-receipts/" + token, "", O, O, O, O, O);
        String poc = "/api/v1/points-of-contact";
        row("GET /api/v1/points-of-contact", poc, null, L, D, O, O, O);
        row("POST /api/v1/points-of-contact", poc, "{}", L, D, D, O, O);
        row("GET /api/v1/points-of-contact/{id}", poc + "/" + contact, null, L, D, O, O, O);
        row("PUT /api/v1/points-of-contact/{id}", poc + "/" + contact, "{}", L, D, D, O, O);
        row("DELETE /api/v1/points-of-contact/{id}", poc + "/" + contact, null, L, D, D, O, O);
        row("GET /incidents", "/incidents", null, L, O, O, O, O);
        row("GET /incidents/{id}", "/incidents/" + ownIncident, null, L, O, O, O, O);
        row("GET /incidents/{id}", "/incidents/" + foreignIncident, null, L, H, O, O, O);
        row("GET /incidents/{id}/edit", "/incidents/" + ownIncident + "/edit", null, L, O, O, O, O);
        row("POST /incidents/{id}/edit", "/incidents/" + ownIncident + "/edit", "", L, O, O, O, O);
        row("GET /facilities/{facilityId}/incidents/new", "/facilities/" + own + "/incidents/new", null, L, O, O, O, O);
        row("GET /facilities/{facilityId}/incidents/new", "/facilities/" + foreign + "/incidents/new", null, L, H, O, O,
                O);
        row("POST /facilities/{facilityId}/incidents/new", "/facilities/" + own + "/incidents/new", "", L, O, O, O, O);
        row("POST /incidents/{id}/reports", "/incidents/" + ownIncident + "/reports", "", L, D, D, O, O);
        row("POST /incidents/{id}/recipients/{recipientId}/acknowledgement", "/incidents/" + ownIncident
                + "/recipients/" + recipient + "/acknowledgement", "", L, D, D, O, O);
        row("GET /incidents/{id}/reports/{reportId}.pdf", "/incidents/" + ownIncident + "/reports/" + report + ".pdf",
                null, L, O, O, O, O);
        row("GET /points-of-contact", "/points-of-contact", null, L, D, O, O, O);
        row("GET /points-of-contact/new", "/points-of-contact/new", null, L, D, D, O, O);
        row("POST /points-of-contact/new", "/points-of-contact/new", "", L, D, D, O, O);
        row("GET /points-of-contact/{id}/edit", "/points-of-contact/" + contact + "/edit", null, L, D, D, O, O);
        row("POST /points-of-contact/{id}/edit", "/points-of-contact/" + contact + "/edit", "", L, D, D, O, O);
        row("POST /points-of-contact/{id}/delete", "/points-of-contact/" + contact + "/delete", "", L, D, D, O, O);
        row("GET /incident-receipts/{token}", "/incident-receipts/" + token, null, O, O, O, O, O);
        row("POST /incident-receipts/{token}", "/incident-receipts/" + token, "", O, O, O, O, O);
        row("POST /api/v1/incidents/{id}/accident", inc + ownIncident + "/accident", "{}", L, D, D, O, O);
        row("POST /api/v1/incidents/{id}/accident", inc + foreignIncident + "/accident", "{}", L, H, D, O, O);
        row("POST /incidents/{id}/accident", "/incidents/" + ownIncident + "/accident", "", L, D, D, O, O);
        String conv = "/conventions";
        row("GET /api/v1/conventions", "/api/v1/conventions", null, L, O, O, O, O);
        row("GET /api/v1/facilities/{id}/conventions", api + "/" + own + conv, null, L, O, O, O, O);
        row("GET /api/v1/facilities/{id}/conventions", api + "/" + foreign + conv, null, L, H, O, O, O);
        row("GET /api/v1/facilities/{id}/conventions", api + "/" + archived + conv, null, L, H, H, O, O);
        String quantities = "/annex1-quantities";
        row("POST /api/v1/facilities/{id}/annex1-quantities", api + "/" + own + quantities, "{}", L, O, D, O, O);
        row("POST /api/v1/facilities/{id}/annex1-quantities", api + "/" + foreign + quantities, "{}", L, H, D, O, O);
        row("POST /api/v1/facilities/{id}/annex1-quantities", api + "/" + archived + quantities, "{}", L, H, H, D, D);
        row("DELETE /api/v1/facilities/{id}/annex1-quantities/{quantityId}",
                api + "/" + own + quantities + "/999999999", null, L, H, D, H, H);
        row("DELETE /api/v1/facilities/{id}/annex1-quantities/{quantityId}",
                api + "/" + foreign + quantities + "/999999999", null, L, H, D, H, H);
        String notices = "/hazardous-activity-notices";
        row("POST /api/v1/facilities/{id}/hazardous-activity-notices", api + "/" + own + notices, "{}", L, D, D, O, O);
        row("POST /api/v1/facilities/{id}/hazardous-activity-notices", api + "/" + foreign + notices, "{}", L, H, D, O,
                O);
        row("POST /api/v1/facilities/{id}/hazardous-activity-notices", api + "/" + archived + notices, "{}", L, H, H, D,
                D);
        row("DELETE /api/v1/facilities/{id}/hazardous-activity-notices/{noticeId}",
                api + "/" + own + notices + "/999999999", null, L, D, D, H, H);
        row("GET /conventions", conv, null, L, O, O, O, O);
        row("GET /conventions/report.xlsx", conv + "/report.xlsx?lang=ru", null, L, O, O, O, O);
        row("GET /conventions/report.pdf", conv + "/report.pdf?lang=en", null, L, O, O, O, O);
        String page = "/facilities/";
        row("GET /facilities/{id}/conventions", page + own + conv, null, L, O, O, O, O);
        row("GET /facilities/{id}/conventions", page + foreign + conv, null, L, H, O, O, O);
        row("GET /facilities/{id}/conventions", page + archived + conv, null, L, H, H, O, O);
        row("POST /facilities/{id}/conventions/quantities", page + own + conv + "/quantities", "", L, O, D, O, O);
        row("POST /facilities/{id}/conventions/quantities", page + foreign + conv + "/quantities", "", L, H, D, O, O);
        row("POST /facilities/{id}/conventions/quantities", page + archived + conv + "/quantities", "", L, H, H, D, D);
        row("POST /facilities/{id}/conventions/quantities/{quantityId}/delete",
                page + own + conv + "/quantities/999999999/delete", "", L, H, D, H, H);
        row("POST /facilities/{id}/conventions/notices", page + own + conv + "/notices", "", L, D, D, O, O);
        row("POST /facilities/{id}/conventions/notices", page + foreign + conv + "/notices", "", L, H, D, O, O);
        row("POST /facilities/{id}/conventions/notices/{noticeId}/delete",
                page + own + conv + "/notices/999999999/delete", "", L, D, D, H, H);
        String wg = "/api/v1/working-group/actions";
        row("POST /api/v1/working-group/actions", wg, "{}", L, D, D, O, O);
        row("GET /api/v1/working-group/actions", wg, null, L, O, O, O, O);
        row("GET /api/v1/working-group/actions/{id}", wg + "/" + action, null, L, O, O, O, O);
        row("PUT /api/v1/working-group/actions/{id}", wg + "/" + action, "{}", L, D, D, O, O);
        row("GET /api/v1/notifications", "/api/v1/notifications", null, L, O, O, O, O);
        row("POST /api/v1/notifications/{id}/read", "/api/v1/notifications/999999999/read", "{}", L, H, H, H, H);
        row("GET /notifications", "/notifications", null, L, O, O, O, O);
        row("GET /notifications/{id}", "/notifications/999999999", null, L, H, H, H, H);
        row("POST /notifications/read", "/notifications/read", "", L, O, O, O, O);
        row("GET /working-group", "/working-group", null, L, O, O, O, O);
        row("GET /working-group/actions", "/working-group/actions", null, L, O, O, O, O);
        row("GET /working-group/actions/new", "/working-group/actions/new", null, L, D, D, O, O);
        row("POST /working-group/actions", "/working-group/actions", "", L, D, D, O, O);
        row("GET /working-group/actions/{id}", "/working-group/actions/" + action, null, L, O, O, O, O);
        row("POST /working-group/actions/{id}", "/working-group/actions/" + action, "", L, D, D, O, O);
        row("POST /working-group/actions/{id}/comments", "/working-group/actions/" + action + "/comments", "", L, D, D,
                O, O);
        String meetings = "/working-group/meetings";
        row("GET /working-group/meetings/new", meetings + "/new", null, L, D, D, O, O);
        row("POST /working-group/meetings", meetings, "", L, D, D, O, O);
        row("GET /working-group/meetings/{id}", meetings + "/" + meeting, null, L, O, O, O, O);
        row("POST /working-group/meetings/{id}", meetings + "/" + meeting, "", L, D, D, O, O);
        row("POST /working-group/meetings/{id}/attendance", meetings + "/" + meeting + "/attendance", "", L, D, D, O, O);
        row("POST /working-group/meetings/{id}/decisions", meetings + "/" + meeting + "/decisions", "", L, D, D, O, O);
        row("POST /working-group/meetings/{id}/files", meetings + "/" + meeting + "/files", "", L, D, D, O, O);
        row("GET /working-group/meetings/{id}/files/{fileId}", meetings + "/" + meeting + "/files/999999999", null, L, H,
                H, H, H);
        row("GET /working-group/members", "/working-group/members", null, L, O, O, O, O);
        row("POST /working-group/members", "/working-group/members", "", L, D, D, O, O);
        row("POST /working-group/members/{userId}/remove", "/working-group/members/999999999/remove", "", L, D, D, O, O);
        row("GET /dashboard", "/dashboard", null, O, O, O, O, O);
        row("GET /dashboard/report.pdf", "/dashboard/report.pdf", null, O, O, O, O, O);
        row("GET /accidents", "/accidents", null, O, O, O, O, O);
        row("GET /accidents/{id:[0-9]+}", "/accidents/" + accident, null, O, O, O, O, O);
        row("GET /accidents/statistics", "/accidents/statistics", null, O, O, O, O, O);
        row("GET /accidents/dam-break-validation", "/accidents/dam-break-validation", null, O, O, O, O, O);
        row("GET /imports/accidents", "/imports/accidents", null, L, D, D, O, O);
        row("POST /imports/accidents", "/imports/accidents", "", L, D, D, O, O);
        row("PUT /api/v1/facilities/{id}", api + "/" + own, "{}", L, O, D, O, O);
        row("PUT /api/v1/facilities/{id}", api + "/" + foreign, "{}", L, H, D, O, O);
        row("PUT /api/v1/facilities/{id}", api + "/" + published, "{}", L, D, D, O, O);
        row("DELETE /api/v1/facilities/{id}", api + "/" + own + "?version=-1", null, L, D, D, O, O);
        row("DELETE /api/v1/facilities/{id}", api + "/" + archived, null, L, D, D, O, O);
        row("PUT /api/v1/facilities/{id}", api + "/" + archived, "{}", L, H, D, O, O);
        row("GET /api/v1/facilities/{id}/drainage-route", api + "/" + own + "/drainage-route", null, L, O, O, O, O);
        row("GET /api/v1/facilities/{id}/drainage-route", api + "/" + foreign + "/drainage-route", null, L, H, O, O, O);
        row("GET /api/v1/facilities/{id}/drainage-route", api + "/" + published + "/drainage-route", null, L, O, O, O, O);
        row("PUT /api/v1/facilities/{id}/drainage-route", api + "/" + own + "/drainage-route", "{}", L, O, O, O, O);
        row("PUT /api/v1/facilities/{id}/drainage-route", api + "/" + foreign + "/drainage-route", "{}", L, H, O, O, O);
        row("PUT /api/v1/facilities/{id}/drainage-route", api + "/" + published + "/drainage-route", "{}", L, D, O, O, O);
        row("PUT /api/v1/facilities/{id}/drainage-route", api + "/" + archived + "/drainage-route", "{}", L, H, H, D, D);
        row("DELETE /api/v1/facilities/{id}/drainage-route", api + "/" + own + "/drainage-route?version=-1", null,
                L, O, O, O, O);
        row("DELETE /api/v1/facilities/{id}/drainage-route", api + "/" + published + "/drainage-route?version=-1", null,
                L, D, O, O, O);
        row("GET /api/v1/organisations", "/api/v1/organisations", null, O, O, O, O, O);
        row("GET /api/v1/facilities.geojson", "/api/v1/facilities.geojson", null, O, O, O, O, O);
        row("GET /api/v1/ratings", "/api/v1/ratings", null, O, O, O, O, O);
        row("GET /api/v1/ratings/not-rateable", "/api/v1/ratings/not-rateable", null, O, O, O, O, O);
        row("GET /api/v1/facilities/export.csv", api + "/export.csv", null, O, O, O, O, O);
        row("GET /api/v1/facilities/export.xlsx", api + "/export.xlsx", null, O, O, O, O, O);
        row("GET /api/v1/facilities/export.geojson", api + "/export.geojson", null, O, O, O, O, O);
        row("GET /api/v1/facilities/export.gpkg", api + "/export.gpkg", null, O, O, O, O, O);
        row("GET /api/v1/facilities/export.kml", api + "/export.kml", null, O, O, O, O, O);
        row("GET /api/v1/methodology/profiles", "/api/v1/methodology/profiles", null, O, O, O, O, O);
        row("GET /api/v1/checklists", "/api/v1/checklists", null, O, O, O, O, O);
        row("POST /api/v1/facilities/{id}/assessments", api + "/" + published + "/assessments", "{\"family\":\"X\"}",
                L, D, O, O, O);
        row("POST /api/v1/facilities/{id}/assessments", api + "/" + own + "/assessments", "{\"family\":\"X\"}",
                L, O, O, O, O);
        String assessment = "/api/v1/assessments/987654";
        row("GET /api/v1/assessments/{id}", assessment, null, L, H, H, H, H);
        row("PUT /api/v1/assessments/{id}/answers", assessment + "/answers", "[]", L, H, H, H, H);
        row("POST /api/v1/assessments/{id}/answers/sync", assessment + "/answers/sync", "[]", L, H, H, H, H);
        row("POST /api/v1/assessments/{id}/submit", assessment + "/submit", "", L, H, H, H, H);
        row("POST /api/v1/assessments/{id}/carry-over", assessment + "/carry-over", "", L, H, H, H, H);
        row("GET /api/v1/assessments/{id}/result", assessment + "/result", null, L, H, H, H, H);
        row("POST /api/v1/assessments/{id}/approve", assessment + "/approve", "", L, H, H, H, H);
        row("POST /api/v1/assessments/{id}/programme", assessment + "/programme", "{}", L, H, H, H, H);
        row("GET /api/v1/facilities/{id}/programme", api + "/" + published + "/programme", null, L, H, O, O, O);
        row("GET /api/v1/facilities/{id}/programme", api + "/" + own + "/programme", null, L, O, O, O, O);
        row("PUT /api/v1/programme-items/{id}", "/api/v1/programme-items/987654", "{}", L, H, H, H, H);
        long approved = insertApprovedAssessment(foreign);
        long foreignItem = jdbc.sql("""
                INSERT INTO programme_item (facility_id, assessment_id, measure_id, term, created_by)
                VALUES (:f, :a, 'M-LEG-01', 'SHORT', 'admin') RETURNING id""")
            .param("f", foreign).param("a", approved).query(Long.class).single();
        long attachment = jdbc.sql("""
                INSERT INTO assessment_attachment (assessment_id, question_id, file_name, content_type, size_bytes,
                    sha256, data, uploaded_by)
                VALUES (:a, 'LEG-01', 'matrix.pdf', 'application/pdf', 5, 'x', '%PDF-'::bytea, 'admin') RETURNING id""")
            .param("a", approved).query(Long.class).single();
        String foreignAssessment = "/api/v1/assessments/" + approved;
        row("GET /api/v1/assessments/{id}", foreignAssessment, null, L, H, O, O, O);
        row("PUT /api/v1/assessments/{id}/answers", foreignAssessment + "/answers", "[]", L, H, O, O, O);
        row("POST /api/v1/assessments/{id}/answers/sync", foreignAssessment + "/answers/sync", "[]", L, H, O, O, O);
        row("POST /api/v1/assessments/{id}/submit", foreignAssessment + "/submit", "", L, H, O, O, O);
        row("POST /api/v1/assessments/{id}/carry-over", foreignAssessment + "/carry-over", "", L, H, O, O, O);
        row("GET /api/v1/assessments/{id}/result", foreignAssessment + "/result", null, L, H, O, O, O);
        row("GET /api/v1/assessments/{id}/compare/{other}", foreignAssessment + "/compare/" + approved, null, L, H, O, O,
                O);
        row("POST /api/v1/assessments/{id}/approve", foreignAssessment + "/approve", "", L, H, D, O, O);
        row("POST /api/v1/assessments/{id}/programme", foreignAssessment + "/programme", "{}", L, H, O, O, O);
        row("GET /api/v1/assessments/{id}/attachments", foreignAssessment + "/attachments", null, L, H, O, O, O);
        row("GET /api/v1/assessments/{id}/attachments/{attachmentId}", foreignAssessment + "/attachments/" + attachment,
                null, L, H, O, O, O);
        row("GET /api/v1/facilities/{id}/programme", api + "/" + foreign + "/programme", null, L, H, O, O, O);
        row("PUT /api/v1/programme-items/{id}", "/api/v1/programme-items/" + foreignItem, "{}", L, H, O, O, O);
        String foreignPage = "/assessments/" + approved;
        row("GET /assessments/{id}", foreignPage, null, L, H, O, O, O);
        row("POST /assessments/{id}/answers", foreignPage + "/answers", "answer_LEG-01=YES", L, H, O, O, O);
        row("POST /assessments/{id}/answers/sync", foreignPage + "/answers/sync", "[]", L, H, O, O, O);
        row("POST /assessments/{id}/submit", foreignPage + "/submit", "", L, H, O, O, O);
        row("POST /assessments/{id}/carry-over", foreignPage + "/carry-over", "", L, H, O, O, O);
        row("GET /assessments/{id}/result", foreignPage + "/result", null, L, H, O, O, O);
        row("GET /assessments/{id}/report.pdf", foreignPage + "/report.pdf", null, L, H, O, O, O);
        row("GET /facilities/{id}/assessments/compare", "/facilities/" + foreign + "/assessments/compare?a=" + approved
                + "&b=" + approved, null, L, H, O, O, O);
        row("POST /assessments/{id}/attachments", foreignPage + "/attachments", "questionId=LEG-01", L, H, O, O, O);
        row("GET /assessments/{id}/attachments/{attachmentId}", foreignPage + "/attachments/" + attachment, null, L, H,
                O, O, O);
        row("POST /assessments/{id}/programme", foreignPage + "/programme", "add=", L, H, O, O, O);
        row("POST /assessments/{id}/approve", foreignPage + "/approve", "", L, H, D, O, O);
        row("GET /facilities/{id}/programme", "/facilities/" + foreign + "/programme", null, L, H, O, O, O);
        row("POST /programme-items/{id}", "/programme-items/" + foreignItem, "facilityId=" + foreign + "&version=-1", L,
                H, O, O, O);
        row("POST /api/v1/methodology/thi", "/api/v1/methodology/thi", "{\"storedVolumeM3\": 1000}", O, O, O, O, O);
        row("POST /api/v1/methodology/tri", "/api/v1/methodology/tri", "{}", O, O, O, O, O);
        row("POST /api/v1/methodology/gistm-class", "/api/v1/methodology/gistm-class", "{}", O, O, O, O, O);
        row("POST /api/v1/methodology/dam-break", "/api/v1/methodology/dam-break", "{}", O, O, O, O, O);
        row("POST /api/v1/methodology/checklist-score", "/api/v1/methodology/checklist-score", "{}", O, O, O, O, O);
        row("POST /api/v1/methodology/annex1", "/api/v1/methodology/annex1", "{}", O, O, O, O, O);

        row("GET /", "/", null, O, O, O, O, O);
        row("GET /facilities", "/facilities", null, O, O, O, O, O);
        row("GET /facilities/{id}", "/facilities/" + published, null, O, O, O, O, O);
        row("GET /facilities/{id}", "/facilities/" + foreign, null, H, H, O, O, O);
        row("GET /facilities/{id}", "/facilities/" + own, null, H, O, O, O, O);
        row("GET /facilities/{id}", "/facilities/" + archived, null, H, H, H, O, O);
        row("GET /facilities/archived", "/facilities/archived", null, L, D, D, O, O);
        row("POST /facilities/{id}/restore", "/facilities/" + own + "/restore", "version=0", L, D, D, D, O);
        row("POST /facilities/{id}/restore", "/facilities/" + archived + "/restore", "version=-1", L, D, D, D, O);
        row("GET /facilities/new", "/facilities/new", null, L, O, D, O, O);
        row("GET /imports/facilities", "/imports/facilities", null, L, O, D, O, O);
        row("POST /imports/facilities/check", "/imports/facilities/check", "", L, O, D, O, O);
        row("POST /imports/facilities/commit", "/imports/facilities/commit", "token=x", L, O, D, O, O);
        row("POST /imports/facilities/profile", "/imports/facilities/profile", "token=x", L, O, D, O, O);
        row("GET /imports/profiles", "/imports/profiles", null, L, O, D, O, O);
        row("POST /imports/profiles/{id}/delete", "/imports/profiles/987654/delete", "version=0", L, D, D, H, H);
        row("GET /api/v1/import-profiles", "/api/v1/import-profiles", null, L, O, D, O, O);
        row("GET /api/v1/import-profiles/{id}", "/api/v1/import-profiles/987654", null, L, H, D, H, H);
        row("POST /api/v1/import-profiles", "/api/v1/import-profiles", "{}", L, D, D, O, O);
        row("PUT /api/v1/import-profiles/{id}", "/api/v1/import-profiles/987654", "{}", L, D, D, H, H);
        row("DELETE /api/v1/import-profiles/{id}", "/api/v1/import-profiles/987654", null, L, D, D, H, H);
        row("POST /facilities/new", "/facilities/new", "name=", L, O, D, O, O);
        row("GET /facilities/{id}/edit", "/facilities/" + own + "/edit", null, L, O, D, O, O);
        row("GET /facilities/{id}/edit", "/facilities/" + foreign + "/edit", null, L, H, D, O, O);
        row("GET /facilities/{id}/edit", "/facilities/" + published + "/edit", null, L, D, D, O, O);
        row("POST /facilities/{id}/edit", "/facilities/" + own + "/edit", "name=", L, O, D, O, O);
        row("POST /facilities/{id}/edit", "/facilities/" + foreign + "/edit", "name=", L, H, D, O, O);
        row("POST /facilities/{id}/edit", "/facilities/" + published + "/edit", "name=", L, D, D, O, O);
        row("GET /facilities/{id}/drainage-route", "/facilities/" + own + "/drainage-route", null, L, O, O, O, O);
        row("GET /facilities/{id}/drainage-route", "/facilities/" + foreign + "/drainage-route", null, L, H, O, O, O);
        row("GET /facilities/{id}/drainage-route", "/facilities/" + published + "/drainage-route", null, L, D, O, O, O);
        row("POST /facilities/{id}/drainage-route", "/facilities/" + own + "/drainage-route", "kind=", L, O, O, O, O);
        row("POST /facilities/{id}/drainage-route", "/facilities/" + foreign + "/drainage-route", "kind=", L, H, O, O, O);
        row("POST /facilities/{id}/drainage-route", "/facilities/" + published + "/drainage-route", "kind=", L, D, O, O, O);
        row("POST /facilities/{id}/drainage-route/delete", "/facilities/" + own + "/drainage-route/delete", "version=-1",
                L, O, O, O, O);
        row("POST /facilities/{id}/drainage-route/delete", "/facilities/" + published + "/drainage-route/delete",
                "version=-1", L, D, O, O, O);
        row("GET /facilities/{id}/delete", "/facilities/" + own + "/delete", null, L, D, D, O, O);
        row("POST /facilities/{id}/delete", "/facilities/" + own + "/delete", "version=-1", L, D, D, O, O);
        row("GET /facilities/{id}/assessments", "/facilities/" + published + "/assessments", null, L, O, O, O, O);
        row("POST /facilities/{id}/assessments", "/facilities/" + published + "/assessments", "family=X", L, D, O, O, O);
        row("GET /assessments/priority", "/assessments/priority", null, L, D, O, O, O);
        row("GET /assessments/{id}", "/assessments/987654", null, L, H, H, H, H);
        row("POST /assessments/{id}/answers", "/assessments/987654/answers", "answer_X=YES", L, H, H, H, H);
        row("POST /assessments/{id}/answers/sync", "/assessments/987654/answers/sync", "[]", L, H, H, H, H);
        row("GET /assessments/field-worker.js", "/assessments/field-worker.js", null, L, O, O, O, O);
        row("POST /assessments/{id}/submit", "/assessments/987654/submit", "", L, H, H, H, H);
        row("POST /assessments/{id}/carry-over", "/assessments/987654/carry-over", "", L, H, H, H, H);
        row("GET /assessments/{id}/result", "/assessments/987654/result", null, L, H, H, H, H);
        row("GET /assessments/{id}/report.pdf", "/assessments/987654/report.pdf", null, L, H, H, H, H);
        row("GET /facilities/{id}/assessments/compare", "/facilities/" + published + "/assessments/compare?a=987654&b=987655",
                null, L, H, H, H, H);
        row("GET /api/v1/assessments/{id}/compare/{other}", assessment + "/compare/987655", null, L, H, H, H, H);
        row("POST /assessments/{id}/attachments", "/assessments/987654/attachments", "questionId=X", L, H, H, H, H);
        row("GET /assessments/{id}/attachments/{attachmentId}", "/assessments/987654/attachments/1", null, L, H, H, H, H);
        row("POST /api/v1/assessments/{id}/attachments", assessment + "/attachments", null, L, O, O, O, O);
        row("GET /api/v1/assessments/{id}/attachments", assessment + "/attachments", null, L, H, H, H, H);
        row("GET /api/v1/assessments/{id}/attachments/{attachmentId}", assessment + "/attachments/1", null, L, H, H, H, H);
        row("POST /assessments/{id}/programme", "/assessments/987654/programme", "add=M-LEG-01", L, H, H, H, H);
        row("POST /assessments/{id}/approve", "/assessments/987654/approve", "", L, H, H, H, H);
        row("GET /facilities/{id}/programme", "/facilities/" + published + "/programme", null, L, H, O, O, O);
        row("POST /programme-items/{id}", "/programme-items/987654", "facilityId=1&version=0", L, H, H, H, H);
        row("GET /login", "/login", null, O, O, O, O, O);
        row("GET /map", "/map", null, O, O, O, O, O);
        row("GET /ratings", "/ratings", null, O, O, O, O, O);
        row("GET /imports/facilities/template.csv", "/imports/facilities/template.csv", null, O, O, O, O, O);
        row("GET /imports/facilities/template.xlsx", "/imports/facilities/template.xlsx", null, O, O, O, O, O);
        row("GET /ratings/export.csv", "/ratings/export.csv", null, O, O, O, O, O);
        row("GET /ratings/export.xlsx", "/ratings/export.xlsx", null, O, O, O, O, O);
        row("GET /ratings/export.pdf", "/ratings/export.pdf?country=TJK", null, O, O, O, O, O);
        row("GET /methodology/calculator", "/methodology/calculator?storedVolumeM3=1000000", null, O, O, O, O, O);
        row("GET /setup", "/setup", null, L, L, L, L, L);
        row("POST /setup", "/setup", "setupToken=guess", L, L, L, L, L);
        row("GET /account", "/account", null, L, O, O, O, O);
        row("POST /account/password", "/account/password", "currentPassword=x", L, O, O, O, O);
        row("POST /account/tokens", "/account/tokens", "name=", L, O, O, O, O);
        row("POST /account/tokens/{tokenId}/revoke", "/account/tokens/987654/revoke", "", L, O, O, O, O);
        row("GET /admin/users", "/admin/users", null, L, D, D, D, O);
        row("GET /admin/users/new", "/admin/users/new", null, L, D, D, D, O);
        row("POST /admin/users/new", "/admin/users/new", "username=", L, D, D, D, O);
        row("GET /admin/users/{id}/edit", "/admin/users/" + adminId + "/edit", null, L, D, D, D, O);
        row("POST /admin/users/{id}/edit", "/admin/users/" + adminId + "/edit", "displayName=", L, D, D, D, O);
        row("POST /admin/users/{id}/sign-in-failures/clear", "/admin/users/" + adminId + "/sign-in-failures/clear", "", L, D, D, D, O);
        row("GET /admin/organisations", "/admin/organisations", null, L, D, D, D, O);
        row("GET /admin/organisations/new", "/admin/organisations/new", null, L, D, D, D, O);
        row("POST /admin/organisations/new", "/admin/organisations/new", "name=", L, D, D, D, O);
        row("GET /admin/organisations/{id}/edit", "/admin/organisations/" + kazzinc + "/edit", null, L, D, D, D, O);
        row("POST /admin/organisations/{id}/edit", "/admin/organisations/" + kazzinc + "/edit", "name=", L, D, D, D, O);
        row("GET /admin/hydrography", "/admin/hydrography", null, L, D, D, D, O);
        row("POST /admin/hydrography/imports", "/admin/hydrography/imports", "", L, D, D, D, O);
        String job = "/admin/hydrography/imports/00000000-0000-0000-0000-000000000000";
        row("GET /admin/hydrography/imports/{id}", job, null, L, D, D, D, H);
        row("POST /admin/hydrography/imports/{id}/cancel", job + "/cancel", "", L, D, D, D, H);
        row("POST /admin/hydrography/built-in", "/admin/hydrography/built-in", "", L, D, D, D, O);
        row("GET /ogc", "/ogc", null, O, O, O, O, O);
        row("GET /ogc/api", "/ogc/api", null, O, O, O, O, O);
        row("GET /ogc/conformance", "/ogc/conformance", null, O, O, O, O, O);
        row("GET /ogc/collections", "/ogc/collections", null, O, O, O, O, O);
        row("GET /ogc/collections/{collectionId}", "/ogc/collections/facilities", null, O, O, O, O, O);
        row("GET /ogc/collections/{collectionId}", "/ogc/collections/downstream-paths", null, O, O, O, O, O);
        row("GET /ogc/collections/{collectionId}/items", "/ogc/collections/facilities/items", null, O, O, O, O, O);
        row("GET /ogc/collections/{collectionId}/items/{featureId}", "/ogc/collections/facilities/items/" + foreign, null,
                H, H, O, O, O);
        row("GET /ogc", "/ogc?f=html", null, O, O, O, O, O);
        row("GET /ogc/conformance", "/ogc/conformance?f=html", null, O, O, O, O, O);
        row("GET /ogc/collections", "/ogc/collections?f=html", null, O, O, O, O, O);
        row("GET /ogc/collections/{collectionId}", "/ogc/collections/facilities?f=html", null, O, O, O, O, O);
        row("GET /ogc/collections/{collectionId}/items", "/ogc/collections/downstream-paths/items?f=html", null, O, O,
                O, O, O);
        row("GET /ogc/collections/{collectionId}/items/{featureId}", "/ogc/collections/facilities/items/" + foreign
                + "?f=html", null, H, H, O, O, O);
        long neighbour = jdbc.sql("""
                INSERT INTO neighbour (name, country, base_url, signing_secret, updated_by)
                VALUES ('Matrix neighbour', 'KGZ', 'http://localhost:1', 'matrix-secret-matrix-secret-matrix-secret', 'admin')
                RETURNING id""").query(Long.class).single();
        long incoming = jdbc.sql("""
                INSERT INTO incoming_notification (neighbour_id, sender_name, sender_country, number, report_type, exercise,
                    facility_name, facility_country, occurred_at, kind, receipt_url, document)
                VALUES (:n, 'Matrix neighbour', 'KGZ', 'MATRIX-1', 'EARLY_WARNING', true, 'Matrix TMF', 'KGZ', now(),
                    'DAM_FAILURE', 'http://localhost:1/receipt', '{}') RETURNING id""").param("n", neighbour)
            .query(Long.class).single();
        String ex = "/api/v1/exchange";
        row("GET /api/v1/exchange/neighbours", ex + "/neighbours", null, L, D, D, D, O);
        row("GET /api/v1/exchange/neighbours/{id}", ex + "/neighbours/" + neighbour, null, L, D, D, D, O);
        row("POST /api/v1/exchange/neighbours", ex + "/neighbours", "{}", L, D, D, D, O);
        row("PUT /api/v1/exchange/neighbours/{id}", ex + "/neighbours/" + neighbour, "{}", L, D, D, D, O);
        row("DELETE /api/v1/exchange/neighbours/{id}", ex + "/neighbours/" + neighbour + "?version=-1", null, L, D, D, D, O);
        row("POST /api/v1/exchange/pull", ex + "/pull", "", L, D, D, D, O);
        row("GET /api/v1/exchange/facilities", ex + "/facilities", null, O, O, O, O, O);
        row("GET /api/v1/exchange/facilities.geojson", ex + "/facilities.geojson", null, O, O, O, O, O);
        row("GET /api/v1/exchange/upstream-threats", ex + "/upstream-threats", null, O, O, O, O, O);
        row("GET /api/v1/exchange/accidents", ex + "/accidents", null, O, O, O, O, O);
        // unsigned: 401 whoever calls, since only a neighbour's signature authenticates a notification
        row("POST /api/v1/exchange/incoming-notifications", ex + "/incoming-notifications", "{}", L, L, L, L, L);
        row("GET /api/v1/exchange/incoming-notifications", ex + "/incoming-notifications", null, L, D, O, O, O);
        row("GET /api/v1/exchange/incoming-notifications/{id}", ex + "/incoming-notifications/" + incoming, null, L, D, O,
                O, O);
        row("POST /api/v1/exchange/incoming-notifications/{id}/acknowledgement", ex + "/incoming-notifications/" + incoming
                + "/acknowledgement", "{}", L, D, D, O, O);
        row("GET /admin/neighbours", "/admin/neighbours", null, L, D, D, D, O);
        row("GET /admin/neighbours/new", "/admin/neighbours/new", null, L, D, D, D, O);
        row("POST /admin/neighbours/new", "/admin/neighbours/new", "name=", L, D, D, D, O);
        row("GET /admin/neighbours/{id}/edit", "/admin/neighbours/" + neighbour + "/edit", null, L, D, D, D, O);
        row("POST /admin/neighbours/{id}/edit", "/admin/neighbours/" + neighbour + "/edit", "name=", L, D, D, D, O);
        row("POST /admin/neighbours/{id}/delete", "/admin/neighbours/" + neighbour + "/delete", "version=-1", L, D, D, D, O);
        row("POST /admin/neighbours/pull", "/admin/neighbours/pull", "", L, D, D, D, O);
        row("GET /neighbours", "/neighbours", null, O, O, O, O, O);
        row("GET /neighbours/notifications", "/neighbours/notifications", null, L, D, O, O, O);
        row("POST /neighbours/notifications/{id}/acknowledge", "/neighbours/notifications/" + incoming + "/acknowledge", "",
                L, D, D, O, O);
        row("GET /v3/api-docs", "/v3/api-docs", null, O, O, O, O, O);
        row("GET /v3/api-docs.yaml", "/v3/api-docs.yaml", null, O, O, O, O, O);
    }

    /** An exercise incident at the facility, as reported by the administrator. */
    private long incident(long facility) {
        return jdbc.sql("""
                INSERT INTO incident (facility_id, kind, exercise, occurred_at, status, reported_by)
                VALUES (:f, 'SEEPAGE', true, now() - interval '1 hour', 'ONGOING', 'admin') RETURNING id""")
            .param("f", facility).query(Long.class).single();
    }

    /** An open data request asking one facility's operator for its dam condition. */
    private long dataRequest(long facility, long operator) {
        long request = jdbc.sql("""
                INSERT INTO data_request (title, due_date, created_by) VALUES ('Matrix request', current_date + 30,
                    'authority') RETURNING id""").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO data_request_item (request_id, facility_id, organisation_id, field)
                VALUES (:r, :f, :o, 'damCondition')""").param("r", request).param("f", facility).param("o", operator)
            .update();
        return request;
    }

    /** An approved assessment (no answers) of the facility: it takes no more answers and no approval. */
    private long insertApprovedAssessment(long facility) {
        ProfileId template = checklists.current().id();
        return jdbc.sql("""
                INSERT INTO assessment (facility_id, template_id, template_version, family, status, started_by,
                    submitted_by, submitted_at)
                VALUES (:f, :template, :version, 'QUICK', 'APPROVED', 'admin', 'admin', now()) RETURNING id""")
            .param("f", facility).param("template", template.id()).param("version", template.version())
            .query(Long.class).single();
    }

    private long insertFacility(String code, long operator, boolean published) {
        return jdbc.sql("""
                INSERT INTO facility (code, name, country, latitude, longitude, status, operator_id, published)
                VALUES (:code, :code, 'KAZ', 50, 80, 'ACTIVE', :operator, :published) RETURNING id
                """).param("code", code).param("operator", operator).param("published", published)
            .query(Long.class).single();
    }

    @Test
    void everyEndpointHasARow() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
            for (String method : methods) {
                for (String pattern : info.getPatternValues()) {
                    endpoints.add(method + " " + pattern);
                }
            }
        });
        Set<String> covered = new TreeSet<>(INFRASTRUCTURE);
        rows.forEach(row -> covered.add(row.endpoint()));
        assertThat(endpoints).as("endpoints without a row in the authorisation matrix").isSubsetOf(covered);
        assertThat(covered).as("rows for endpoints that no longer exist").isSubsetOf(endpoints);
    }

    @Test
    void everyCallerGetsTheExpectedOutcomeOnEveryEndpoint() throws Exception {
        Map<String, String> mismatches = new LinkedHashMap<>();
        for (Row row : rows) {
            for (Caller caller : Caller.values()) {
                Outcome expected = row.expected()[caller.ordinal()];
                Outcome actual = sessions.get(caller).call(row);
                if (expected != actual) {
                    mismatches.put(caller + " " + row.method() + " " + row.path(), "expected " + expected + ", got " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM facility WHERE code LIKE 'MATRIX-%'").query(Long.class).single())
            .as("no allowed write changed data").isEqualTo(4);
        assertThat(jdbc.sql("SELECT code FROM facility WHERE code LIKE 'MATRIX-%' AND archived_at IS NOT NULL")
            .query(String.class).list()).as("nothing archived or restored").containsExactly("MATRIX-ARCHIVED");
    }

    @Test
    void headIsAnsweredAsGetWithoutABody() throws Exception {
        Map<String, String> mismatches = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.method().equals("GET")) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                Outcome expected = row.expected()[caller.ordinal()];
                HttpResponse<String> response = sessions.get(caller).send(row, "HEAD");
                Outcome actual = Session.outcome(response);
                if (expected != actual || !response.body().isEmpty()) {
                    mismatches.put(caller + " HEAD " + row.path(), "expected " + expected + " without a body, got " + actual
                            + " with " + response.body().length() + " characters");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** A caller's session: cookies, a CSRF token for forms, and credentials for the API. */
    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        private final Caller caller;

        private String csrf;

        Session(Caller caller) throws IOException, InterruptedException {
            this.caller = caller;
            csrf = csrfToken();
            if (caller.username != null) {
                HttpResponse<String> login = http.send(form("/login", "username=" + caller.username + "&password="
                        + caller.password + "&_csrf=" + csrf), HttpResponse.BodyHandlers.ofString());
                assertThat(login.headers().firstValue("Location").orElse("")).as(caller + " signs in").endsWith("/facilities");
                csrf = csrfToken();
            }
        }

        private String csrfToken() throws IOException, InterruptedException {
            String page = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(matcher.find()).isTrue();
            return matcher.group(1);
        }

        Outcome call(Row row) throws IOException, InterruptedException {
            return outcome(send(row, row.method()));
        }

        HttpResponse<String> send(Row row, String method) throws IOException, InterruptedException {
            HttpRequest request;
            if (row.path().startsWith("/api/")) {
                HttpRequest.Builder builder = request(row.path()).header("Content-Type", "application/json");
                if (caller.username != null) {
                    builder.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((caller.username + ":" + caller.password).getBytes()));
                }
                request = builder.method(method, row.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(row.body())).build();
            }
            else if (method.equals("POST") && row.body() != null && row.body().startsWith("[")) {
                request = request(row.path()).header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(row.body())).build();
            }
            else if (method.equals("POST")) {
                request = form(row.path(), row.body() + "&_csrf=" + csrf);
            }
            else {
                request = request(row.path()).method(method, HttpRequest.BodyPublishers.noBody()).build();
            }
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        static Outcome outcome(HttpResponse<String> response) {
            String location = response.headers().firstValue("Location").orElse("");
            return switch (response.statusCode()) {
                case 401 -> Outcome.LOGIN;
                case 403 -> Outcome.DENIED;
                case 404 -> Outcome.HIDDEN;
                case 500, 501, 502, 503 -> Outcome.FAILED;
                default -> response.statusCode() == 302 && location.endsWith("/login") ? Outcome.LOGIN : Outcome.OK;
            };
        }

        private HttpRequest form(String path, String body) {
            return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        }

    }

}
