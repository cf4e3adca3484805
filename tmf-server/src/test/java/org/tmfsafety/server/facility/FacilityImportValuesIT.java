package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * The value step of imports through the API: a Russian inventory written in its own words (states, raise methods,
 * the country as it names itself) is recognised where the words are known, stops at a word that is not, and imports
 * once that word is assigned; one value for all rows fills a field the file has no column for.
 */
@IntegrationTest
class FacilityImportValuesIT {

    /** A Kyrgyz-style inventory in Russian: headers and words of its own (authored for this test). */
    private static final String INVENTORY = """
            Наименование;Страна;Широта;Долгота;Состояние;Способ наращивания;Тип
            Values test Ак-Тюз 1;Кыргызстан;42.867;76.117;законсервировано;верховой;овражное
            Values test Ак-Тюз 2;Кыргызстан;42.871;76.124;бесхозное;;косогорное
            Values test Каджи-Сай;Кыргызстан;42.143;77.178;в стадии ликвидации;низовой;наливное
            Values test Орловка;Кыргызстан;42.741;75.600;Действующее;не установлен;
            """;

    private static final String COLUMNS = "\"Наименование\":\"name\",\"Страна\":\"country\",\"Широта\":\"latitude\","
            + "\"Долгота\":\"longitude\",\"Состояние\":\"status\",\"Способ наращивания\":\"damRaiseMethod\",\"Тип\":\"facilityType\"";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImported() {
        jdbc.sql("DELETE FROM facility WHERE name LIKE 'Values test %'").update();
    }

    private Response upload(String csv, String mapping, boolean dryRun) {
        return new Api(port).asAuthority().upload("/api/v1/imports/facilities?dryRun=" + dryRun + "&mapping="
                + URLEncoder.encode(mapping, StandardCharsets.UTF_8), Map.of(), "file", "inventory.csv",
                csv.getBytes(StandardCharsets.UTF_8), "Accept-Language", "ru");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode value(JsonNode body, String field, String value) {
        JsonNode column = list(body.get("values")).stream().filter(c -> c.get("field").asString().equals(field))
            .findFirst().orElseThrow();
        return list(column.get("values")).stream().filter(v -> v.get("value").asString().equals(value)).findFirst()
            .orElseThrow();
    }

    private String stored(String name, String column) {
        return jdbc.sql("SELECT " + column + " FROM facility WHERE name = :n").param("n", name).query(String.class)
            .single();
    }

    @Test
    void knownWordsAreRecognisedAndAnUnknownWordStopsTheImportUntilItIsAssigned() {
        Response first = upload(INVENTORY, "{\"columns\":{" + COLUMNS + "}}", true);
        assertThat(first.status()).as(String.valueOf(first.body())).isEqualTo(422);
        List<JsonNode> errors = list(first.body().get("errors"));
        assertThat(errors).extracting(e -> e.get("row").asInt() + ":" + e.get("column").asString())
            .containsExactlyInAnyOrder("4:Состояние", "5:Способ наращивания");
        assertThat(errors.get(0).get("message").asString()).contains("в стадии ликвидации");
        JsonNode body = first.body();
        assertThat(value(body, "status", "законсервировано").get("assigned").asString()).isEqualTo("TEMPORARILY_CLOSED");
        assertThat(value(body, "status", "законсервировано").get("match").asString()).isEqualTo("SYNONYM");
        assertThat(value(body, "status", "Действующее").get("match").asString()).isEqualTo("LABEL");
        assertThat(value(body, "status", "в стадии ликвидации").get("assigned").isNull()).isTrue();
        assertThat(value(body, "country", "Кыргызстан").get("assigned").asString()).isEqualTo("KGZ");
        assertThat(value(body, "country", "Кыргызстан").get("rows").asInt()).isEqualTo(4);
        assertThat(value(body, "facilityType", "овражное").get("assigned").asString()).isEqualTo("VALLEY_DAM");

        String assigned = "{\"columns\":{" + COLUMNS + "},\"values\":{\"status\":{\"в стадии ликвидации\":\"CLOSED\"},"
                + "\"damRaiseMethod\":{\"не установлен\":\"\"}}}";
        Response imported = upload(INVENTORY, assigned, false);
        assertThat(imported.status()).as(String.valueOf(imported.body())).isEqualTo(200);
        assertThat(imported.body().get("created").asInt()).isEqualTo(4);
        assertThat(value(imported.body(), "status", "в стадии ликвидации").get("match").asString()).isEqualTo("ASSIGNED");
        assertThat(stored("Values test Каджи-Сай", "status")).isEqualTo("CLOSED");
        assertThat(stored("Values test Каджи-Сай", "dam_raise_method")).isEqualTo("DOWNSTREAM");
        assertThat(stored("Values test Ак-Тюз 2", "status")).isEqualTo("ABANDONED");
        assertThat(stored("Values test Ак-Тюз 2", "facility_type")).isEqualTo("SIDE_HILL");
        assertThat(stored("Values test Ак-Тюз 1", "country")).isEqualTo("KGZ");
        assertThat(stored("Values test Орловка", "dam_raise_method")).as("assigned to not known").isEqualTo("UNKNOWN");
    }

    @Test
    void aValueForAllRowsFillsAFieldWithoutAColumnAndWrongAssignmentsAreNamed() {
        String withoutCountry = """
                name,latitude,longitude,status
                Values test no country,42.5,75.9,ACTIVE
                """;
        Response imported = upload(withoutCountry, "{\"defaults\":{\"country\":\"KGZ\"}}", false);
        assertThat(imported.status()).as(String.valueOf(imported.body())).isEqualTo(200);
        assertThat(stored("Values test no country", "country")).isEqualTo("KGZ");

        Response hasColumn = upload(withoutCountry, "{\"defaults\":{\"status\":\"CLOSED\"}}", true);
        assertThat(hasColumn.status()).isEqualTo(422);
        assertThat(list(hasColumn.body().get("errors")).get(0).get("message").asString()).contains("столбец");

        Response wrongValue = upload(withoutCountry, "{\"values\":{\"status\":{\"ACTIVE\":\"SOMETIMES\"}},"
                + "\"defaults\":{\"country\":\"KGZ\"}}", true);
        assertThat(wrongValue.status()).isEqualTo(422);
        JsonNode error = list(wrongValue.body().get("errors")).get(0);
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("column").asString()).isEqualTo("status");
        assertThat(error.get("message").asString()).contains("SOMETIMES");

        Response wrongDefault = upload("name,latitude,longitude\nValues test x,42.5,75.9\n",
                "{\"defaults\":{\"country\":\"Atlantis\",\"status\":\"ACTIVE\"}}", true);
        assertThat(wrongDefault.status()).isEqualTo(422);
        assertThat(list(wrongDefault.body().get("errors")).get(0).get("message").asString()).contains("Atlantis");
        assertThat(jdbc.sql("SELECT count(*) FROM facility WHERE name = 'Values test x'").query(Long.class).single())
            .isZero();
    }

    @Test
    void operatorsAndAuthoritiesAreFoundByTheirNamesAndUnknownNamesBecomeNewOrganisations() {
        String csv = """
                name;country;status;latitude;longitude;Оператор;Надзор
                Values test org 1;KAZ;ACTIVE;50.3;83.5;ТОО «Казцинк»;Министерство экологии и природных ресурсов Республики Казахстан
                Values test org 2;KAZ;ACTIVE;50.4;83.6;KAZZINC;
                Values test org 3;KGZ;INACTIVE;42.5;75.9;ОсОО «Values Test Mining»;
                Values test org 4;KGZ;INACTIVE;42.6;75.8;Values Test Mining ОсОО;
                """;
        String mapping = "{\"columns\":{\"Оператор\":\"operatorId\",\"Надзор\":\"authorityId\"}}";
        Response checked = upload(csv, mapping, true);
        assertThat(checked.status()).as(String.valueOf(checked.body())).isEqualTo(200);
        long kazzinc = jdbc.sql("SELECT id FROM organisation WHERE name = 'Kazzinc LLP'").query(Long.class).single();
        assertThat(value(checked.body(), "operatorId", "ТОО «Казцинк»").get("assigned").asString())
            .isEqualTo(String.valueOf(kazzinc));
        assertThat(value(checked.body(), "operatorId", "ТОО «Казцинк»").get("match").asString()).isEqualTo("LABEL");
        assertThat(value(checked.body(), "operatorId", "KAZZINC").get("match").asString()).isEqualTo("SIMILAR_NAME");
        JsonNode created = value(checked.body(), "operatorId", "ОсОО «Values Test Mining»");
        assertThat(created.get("assigned").asString()).isEqualTo("new");
        assertThat(created.get("match").asString()).isEqualTo("NEW_ORGANISATION");
        assertThat(value(checked.body(), "operatorId", "Values Test Mining ОсОО").get("match").asString())
            .isEqualTo("NEW_ORGANISATION");

        // two spellings of the same new name create one organisation
        Response imported = upload(csv, mapping, false);
        assertThat(imported.status()).as(String.valueOf(imported.body())).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE name = 'ОсОО «Values Test Mining»' AND kind = 'OPERATOR'")
            .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT operator_id) FROM facility WHERE name IN ('Values test org 3', 'Values test org 4')""")
            .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT operator_id FROM facility WHERE name = 'Values test org 2'").query(Long.class)
            .single()).isEqualTo(kazzinc);
        assertThat(stored("Values test org 1", "authority_id")).isEqualTo(String.valueOf(jdbc.sql(
                "SELECT id FROM organisation WHERE name LIKE 'Ministry of Ecology%'").query(Long.class).single()));
        jdbc.sql("DELETE FROM facility WHERE name LIKE 'Values test org %'").update();
        jdbc.sql("DELETE FROM organisation WHERE name = 'ОсОО «Values Test Mining»'").update();

        Response otherKind = upload("name;country;status;latitude;longitude;Оператор\n"
                + "Values test org 5;KAZ;ACTIVE;50.3;83.5;Ministry of Ecology and Natural Resources of the Republic of Kazakhstan\n",
                "{\"columns\":{\"Оператор\":\"operatorId\"}}", true);
        assertThat(otherKind.status()).isEqualTo(422);
        assertThat(list(otherKind.body().get("errors")).get(0).get("message").asString()).contains("Государственный орган");
    }
}
