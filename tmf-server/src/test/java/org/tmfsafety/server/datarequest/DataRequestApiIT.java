package org.tmfsafety.server.datarequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Data request campaigns through the API on facilities made for each test (the demo facilities stay as they are):
 * what is asked, answers in JSON and through the workbook, all-or-nothing validation, acceptance into the registry
 * with the audit trail and a new rating, returns, conflicts, reminders and who may do what.
 */
@IntegrationTest
class DataRequestApiIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataRequestReminders reminders;

    private Api as(String user) {
        return new Api(port).as(user, user + "-demo");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private long kazzinc() {
        return jdbc.sql("SELECT id FROM organisation WHERE name ILIKE 'Kazzinc%'").query(Long.class).single();
    }

    /** A Kazzinc facility in East Kazakhstan; without a stored volume when volume is null. */
    private long facility(String name, Double volume) {
        ObjectNode facility = Api.object();
        facility.put("code", "DR-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000);
        facility.put("name", name);
        facility.put("country", "KAZ");
        facility.put("latitude", 50.3);
        facility.put("longitude", 83.5);
        facility.put("status", "ACTIVE");
        facility.put("operatorId", kazzinc());
        facility.put("waterHazardClass", "WGK2");
        if (volume != null) {
            facility.put("storedVolumeM3", volume);
        }
        Response created = as("authority").post("/api/v1/facilities", facility);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private Response open(List<Long> facilities, List<String> fields, LocalDate due) {
        ObjectNode body = Api.object();
        body.put("title", "Missing facts " + SEQUENCE.incrementAndGet());
        body.put("message", "Please complete the values with their sources.");
        body.put("dueDate", due.toString());
        fields.forEach(body.putArray("fields")::add);
        ObjectNode selection = body.putObject("selection");
        facilities.forEach(selection.putArray("facilityIds")::add);
        return as("authority").post("/api/v1/data-requests", body);
    }

    private static ObjectNode answers(Object... idVersionValueSource) {
        ObjectNode body = Api.object();
        var array = body.putArray("answers");
        for (int i = 0; i < idVersionValueSource.length; i += 4) {
            ObjectNode answer = array.addObject();
            answer.put("itemId", (Long) idVersionValueSource[i]);
            answer.put("version", (Integer) idVersionValueSource[i + 1]);
            answer.put("value", (String) idVersionValueSource[i + 2]);
            answer.put("source", (String) idVersionValueSource[i + 3]);
        }
        return body;
    }

    private static JsonNode item(JsonNode request, long facility, String field) {
        return list(request.get("items")).stream()
            .filter(i -> i.get("facilityId").asLong() == facility && i.get("field").asString().equals(field))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no item " + field + " of " + facility + " in " + request));
    }

    private JsonNode read(long request, String user) {
        Response response = as(user).get("/api/v1/data-requests/" + request);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        return response.body();
    }

    /** The inputs that could change a class according to the facility's ratings as the API shows them. */
    private Set<String> classChanging(long facility) {
        Set<String> inputs = new LinkedHashSet<>();
        for (JsonNode rating : list(as("authority").get("/api/v1/facilities/" + facility + "/ratings").body())) {
            for (JsonNode tightener : list(rating.get("tighteners"))) {
                if (tightener.get("couldChangeClass").asBoolean()) {
                    inputs.add(tightener.get("input").asString());
                }
            }
        }
        return inputs;
    }

    private long notifications(String user, String type) {
        return jdbc.sql("""
                SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.user_id
                 WHERE u.username = :u AND n.type = :t""").param("u", user).param("t", type).query(Long.class).single();
    }

    @Test
    void anAuthorityAsksTheOperatorAnswersInJsonAndTheWorkbookAndAcceptedValuesChangeTheRating() throws IOException {
        long rated = facility("Data request rated facility", 2_000_000.0);
        long unsized = facility("Data request facility without size", null);
        assertThat(as("authority").get("/api/v1/facilities/" + unsized).body().get("thi").isNull()).isTrue();
        long openedBefore = notifications("operator", "DATA_REQUEST_OPENED");

        Response opened = open(List.of(rated, unsized), List.of(), LocalDate.now().plusDays(30));
        assertThat(opened.status()).as(String.valueOf(opened.body())).isEqualTo(201);
        long id = opened.body().get("id").asLong();
        JsonNode request = opened.body();
        Map<Long, List<String>> asked = Map.of(
                rated, list(request.get("items")).stream().filter(i -> i.get("facilityId").asLong() == rated)
                    .map(i -> i.get("field").asString()).toList(),
                unsized, list(request.get("items")).stream().filter(i -> i.get("facilityId").asLong() == unsized)
                    .map(i -> i.get("field").asString()).toList());
        assertThat(asked.get(unsized)).as("a facility that cannot be rated is asked for its size facts")
            .containsExactly("storedVolumeM3", "designCapacityM3", "storedTonnageT", "impoundmentAreaHa", "damHeightM");
        assertThat(new LinkedHashSet<>(asked.get(rated))).as("a rated one for what could change its class")
            .isNotEmpty().isEqualTo(classChanging(rated));
        assertThat(list(request.get("items"))).allSatisfy(i -> assertThat(i.get("status").asString()).isEqualTo("ASKED"));
        assertThat(request.get("total").get("asked").asLong()).isEqualTo(asked.get(rated).size() + 5);
        assertThat(notifications("operator", "DATA_REQUEST_OPENED")).isEqualTo(openedBefore + 1);
        assertThat(list(as("operator").get("/api/v1/data-requests").body()))
            .anySatisfy(s -> assertThat(s.get("id").asLong()).isEqualTo(id));
        assertThat(new Api(port).get("/api/v1/data-requests/" + id).status()).isEqualTo(401);

        JsonNode volume = item(request, unsized, "storedVolumeM3");
        JsonNode dam = item(request, rated, "damCondition");
        Response wrong = as("operator").put("/api/v1/data-requests/" + id + "/answers",
                answers(volume.get("id").asLong(), 0, "a lot", "Survey 2026", dam.get("id").asLong(), 0,
                        "No deficiencies", "Inspection report 2026"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().toString()).contains("answers[0].value").contains("Stored tailings volume").contains("a lot");
        Response sourceless = as("operator").put("/api/v1/data-requests/" + id + "/answers",
                answers(volume.get("id").asLong(), 0, "1 250 000,5", " "));
        assertThat(sourceless.status()).isEqualTo(400);
        assertThat(sourceless.body().toString()).contains("answers[0].source");
        Response negative = as("operator").put("/api/v1/data-requests/" + id + "/answers",
                answers(volume.get("id").asLong(), 0, "-5", "Survey 2026"));
        assertThat(negative.status()).as("validated as on the facility form").isEqualTo(400);
        assertThat(list(read(id, "operator").get("items"))).as("nothing written")
            .allSatisfy(i -> assertThat(i.get("status").asString()).isEqualTo("ASKED"));
        assertThat(as("authority").put("/api/v1/data-requests/" + id + "/answers",
                answers(volume.get("id").asLong(), 0, "1", "x")).status()).as("authorities do not answer").isEqualTo(403);

        Response answered = as("operator").put("/api/v1/data-requests/" + id + "/answers",
                answers(volume.get("id").asLong(), 0, "1 250 000,5", "Survey 2026", dam.get("id").asLong(), 0,
                        "Без недостатков", "Inspection report 2026"));
        assertThat(answered.status()).as(String.valueOf(answered.body())).isEqualTo(200);
        volume = item(answered.body(), unsized, "storedVolumeM3");
        dam = item(answered.body(), rated, "damCondition");
        assertThat(volume.get("answer").asString()).isEqualTo("1250000.5");
        assertThat(dam.get("answer").asString()).as("a Russian label read as the constant").isEqualTo("NO_DEFICIENCIES");
        assertThat(volume.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(as("authority").get("/api/v1/facilities/" + unsized).body().get("storedVolumeM3").isNull())
            .as("an answer is a proposal until accepted").isTrue();

        assertThat(as("authority").post("/api/v1/data-requests/" + id + "/items/" + volume.get("id").asLong() + "/accept",
                Map.of("version", 0)).status()).as("stale version").isEqualTo(409);
        assertThat(as("operator").post("/api/v1/data-requests/" + id + "/items/" + volume.get("id").asLong() + "/accept",
                Map.of("version", volume.get("version").asInt())).status()).isEqualTo(403);
        Response accepted = as("authority").post("/api/v1/data-requests/" + id + "/items/" + volume.get("id").asLong()
                + "/accept", Map.of("version", volume.get("version").asInt()));
        assertThat(accepted.status()).as(String.valueOf(accepted.body())).isEqualTo(200);
        JsonNode sized = as("authority").get("/api/v1/facilities/" + unsized).body();
        assertThat(sized.get("storedVolumeM3").asDouble()).isEqualTo(1_250_000.5);
        assertThat(sized.get("thi").isNull()).as("rated at once").isFalse();
        assertThat(sized.get("dataSources").asString()).contains("Survey 2026").contains("Kazzinc");
        JsonNode history = as("authority").get("/api/v1/facilities/" + unsized + "/history").body();
        assertThat(list(history)).anySatisfy(h -> assertThat(h.toString()).contains("UPDATE").contains("authority"));

        JsonNode before = as("authority").get("/api/v1/facilities/" + rated).body();
        Response facilityAccepted = as("authority").post("/api/v1/data-requests/" + id + "/facilities/" + rated
                + "/accept", Map.of());
        assertThat(facilityAccepted.status()).as(String.valueOf(facilityAccepted.body())).isEqualTo(200);
        JsonNode after = as("authority").get("/api/v1/facilities/" + rated).body();
        assertThat(after.get("damCondition").asString()).isEqualTo("NO_DEFICIENCIES");
        assertThat(before.get("thi").asDouble() - after.get("thi").asDouble())
            .as("the upper bound loses the dam term's worst case").isCloseTo(2.0, within(1e-9));
        assertThat(after.get("thiLow").asDouble()).isCloseTo(before.get("thiLow").asDouble(), within(1e-9));
        assertThat(after.get("thiCompleteness").asDouble()).isGreaterThan(before.get("thiCompleteness").asDouble());

        // the workbook: downloaded in Russian, filled offline, uploaded back
        Api.Download download = as("operator").download("/api/v1/data-requests/" + id + "/workbook",
                "Accept-Language", "ru");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).contains("spreadsheetml");
        JsonNode current = read(id, "operator");
        JsonNode capacity = item(current, unsized, "designCapacityM3");
        String choiceField = list(current.get("items")).stream()
            .filter(i -> i.get("facilityId").asLong() == rated && i.get("status").asString().equals("ASKED")
                    && List.of("managementStatus", "floodHazard", "seismicHazard").contains(i.get("field").asString()))
            .map(i -> i.get("field").asString()).findFirst().orElseThrow();
        JsonNode choice = item(current, rated, choiceField);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(DataRequestWorkbook.ANSWER).getStringCellValue()).isEqualTo("Ответ");
            List<Long> ids = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    ids.add((long) row.getCell(DataRequestWorkbook.ITEM).getNumericCellValue());
                }
            }
            assertThat(ids).as("accepted items are not in the workbook").doesNotContain(volume.get("id").asLong())
                .contains(capacity.get("id").asLong(), choice.get("id").asLong());
            assertThat(sheet.getDataValidations()).as("choices offered as drop-down lists").isNotEmpty();
            Row capacityRow = sheet.getRow(1 + ids.indexOf(capacity.get("id").asLong()));
            capacityRow.createCell(DataRequestWorkbook.ANSWER).setCellValue(2_600_000);
            capacityRow.createCell(DataRequestWorkbook.SOURCE).setCellValue("Design report 1985");
            Row choiceRow = sheet.getRow(1 + ids.indexOf(choice.get("id").asLong()));
            String label = workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue();
            choiceRow.createCell(DataRequestWorkbook.ANSWER).setCellValue(label);
            choiceRow.createCell(DataRequestWorkbook.SOURCE).setCellValue("Operator report 2025");
            filled = bytes(workbook);
        }
        Response uploaded = as("operator").upload("/api/v1/data-requests/" + id + "/workbook", Map.of(), "file",
                "filled.xlsx", filled);
        assertThat(uploaded.status()).as(String.valueOf(uploaded.body())).isEqualTo(200);
        assertThat(item(uploaded.body(), unsized, "designCapacityM3").get("answer").asString()).isEqualTo("2600000");
        assertThat(item(uploaded.body(), unsized, "designCapacityM3").get("source").asString())
            .isEqualTo("Design report 1985");
        assertThat(item(uploaded.body(), rated, choiceField).get("status").asString()).isEqualTo("ANSWERED");
        Response again = as("operator").upload("/api/v1/data-requests/" + id + "/workbook", Map.of(), "file",
                "filled.xlsx", filled);
        assertThat(again.status()).as("the same workbook again changes nothing").isEqualTo(200);
        assertThat(item(again.body(), unsized, "designCapacityM3").get("version").asInt())
            .isEqualTo(item(uploaded.body(), unsized, "designCapacityM3").get("version").asInt());

        Response garbage = as("operator").upload("/api/v1/data-requests/" + id + "/workbook", Map.of(), "file",
                "filled.xlsx", "not a workbook".getBytes());
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body().toString()).contains("file");

        capacity = item(uploaded.body(), unsized, "designCapacityM3");
        String returnPath = "/api/v1/data-requests/" + id + "/items/" + capacity.get("id").asLong() + "/return";
        long returnedBefore = notifications("operator", "DATA_REQUEST_RETURNED");
        Response reasonless = as("authority").post(returnPath, Map.of("version", capacity.get("version").asInt()));
        assertThat(reasonless.status()).isEqualTo(400);
        assertThat(reasonless.body().toString()).contains("reason");
        Response returned = as("authority").post(returnPath, Map.of("version", capacity.get("version").asInt(),
                "reason", "The design report gives 2.6 million m3 for stage 2 only; give the final capacity."));
        assertThat(returned.status()).as(String.valueOf(returned.body())).isEqualTo(200);
        assertThat(item(returned.body(), unsized, "designCapacityM3").get("status").asString()).isEqualTo("RETURNED");
        assertThat(notifications("operator", "DATA_REQUEST_RETURNED")).isEqualTo(returnedBefore + 1);

        JsonNode progress = list(read(id, "authority").get("progress")).get(0);
        assertThat(progress.get("asked").asLong()).isEqualTo(asked.get(rated).size() + 5);
        assertThat(progress.get("accepted").asLong()).isEqualTo(2);
        assertThat(progress.get("answered").asLong()).isEqualTo(1);
        assertThat(progress.get("returned").asLong()).isEqualTo(1);
        assertThat(progress.get("overdue").asLong()).isZero();
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    @Test
    void aWorkbookRowThatIsNotAValueIsNamedByItsRowAndNothingIsWritten() throws IOException {
        long unsized = facility("Data request workbook errors", null);
        long id = open(List.of(unsized), List.of("storedVolumeM3", "damCondition"), LocalDate.now().plusDays(10))
            .body().get("id").asLong();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                as("operator").download("/api/v1/data-requests/" + id + "/workbook").body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    row.createCell(DataRequestWorkbook.ANSWER).setCellValue(row.getRowNum() == 1 ? "12" : "splendid");
                    row.createCell(DataRequestWorkbook.SOURCE).setCellValue("Field visit");
                }
            }
            filled = bytes(workbook);
        }
        Response rejected = as("operator").upload("/api/v1/data-requests/" + id + "/workbook", Map.of(), "file",
                "answers.xlsx", filled);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().toString()).contains("Row 3").contains("splendid");
        assertThat(list(read(id, "operator").get("items")))
            .allSatisfy(i -> assertThat(i.get("status").asString()).isEqualTo("ASKED"));
    }

    @Test
    void acceptingNeverOverwritesAValueChangedInTheRegistryAfterTheAnswer() {
        long facility = facility("Data request conflict", 500_000.0);
        long id = open(List.of(facility), List.of("floodHazard"), LocalDate.now().plusDays(10)).body().get("id").asLong();
        JsonNode flood = item(read(id, "operator"), facility, "floodHazard");
        JsonNode answered = as("operator").put("/api/v1/data-requests/" + id + "/answers",
                answers(flood.get("id").asLong(), 0, "OUTSIDE_FLOOD_AREA", "Flood map 2020")).body();
        flood = item(answered, facility, "floodHazard");
        ObjectNode record = (ObjectNode) as("authority").get("/api/v1/facilities/" + facility).body();
        record.put("floodHazard", "FLOOD_PRONE");
        for (String computed : List.of("id", "thi", "tri", "hazardClass", "riskClass")) {
            record.remove(computed);
        }
        Response edited = as("authority").put("/api/v1/facilities/" + facility, record);
        assertThat(edited.status()).as(String.valueOf(edited.body())).isEqualTo(200);

        Response conflict = as("authority").post("/api/v1/data-requests/" + id + "/items/" + flood.get("id").asLong()
                + "/accept", Map.of("version", flood.get("version").asInt()));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("detail").asString()).contains("changed");
        assertThat(as("authority").get("/api/v1/facilities/" + facility).body().get("floodHazard").asString())
            .isEqualTo("FLOOD_PRONE");
        assertThat(item(read(id, "authority"), facility, "floodHazard").get("status").asString()).isEqualTo("ANSWERED");
    }

    @Test
    void operatorsAreRemindedOnceBeforeAndOnceAfterTheDueDate() {
        long facility = facility("Data request reminders", 800_000.0);
        long id = open(List.of(facility), List.of("damCondition"), LocalDate.now().plusDays(3)).body().get("id").asLong();
        long soonBefore = notifications("operator", "DATA_REQUEST_DUE_SOON");
        reminders.remind();
        reminders.remind();
        assertThat(notifications("operator", "DATA_REQUEST_DUE_SOON")).isEqualTo(soonBefore + 1);

        jdbc.sql("UPDATE data_request SET due_date = current_date - 1 WHERE id = :id").param("id", id).update();
        long lateBefore = notifications("operator", "DATA_REQUEST_OVERDUE");
        reminders.remind();
        reminders.remind();
        assertThat(notifications("operator", "DATA_REQUEST_OVERDUE")).isEqualTo(lateBefore + 1);
        JsonNode request = read(id, "authority");
        assertThat(request.get("total").get("overdue").asLong()).isEqualTo(1);
        assertThat(list(as("authority").get("/api/v1/data-requests").body()))
            .anySatisfy(s -> assertThat(s.get("total").get("overdue").asLong()).isEqualTo(1));
    }

    @Test
    void onlyAuthoritiesOpenAndCloseAndAClosedRequestTakesNoAnswers() {
        long facility = facility("Data request closing", 900_000.0);
        ObjectNode body = Api.object();
        body.put("title", "Not mine to ask");
        body.put("dueDate", LocalDate.now().plusDays(5).toString());
        assertThat(as("operator").post("/api/v1/data-requests", body).status()).isEqualTo(403);
        assertThat(as("inspector").post("/api/v1/data-requests", body).status()).isEqualTo(403);
        long id = open(List.of(facility), List.of("seismicHazard"), LocalDate.now().plusDays(5)).body().get("id").asLong();
        assertThat(as("inspector").get("/api/v1/data-requests/" + id).status()).isEqualTo(200);
        JsonNode seismic = item(read(id, "operator"), facility, "seismicHazard");

        assertThat(as("authority").post("/api/v1/data-requests/" + id + "/close", Map.of("version", 7)).status())
            .isEqualTo(409);
        Response closed = as("authority").post("/api/v1/data-requests/" + id + "/close", Map.of("version", 0));
        assertThat(closed.status()).as(String.valueOf(closed.body())).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        Response late = as("operator").put("/api/v1/data-requests/" + id + "/answers",
                answers(seismic.get("id").asLong(), 0, "LOW", "National zoning map"));
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void anOpeningIsValidatedAndMustAskSomething() {
        long facility = facility("Data request validation", 700_000.0);
        Response past = open(List.of(facility), List.of(), LocalDate.now().minusDays(1));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().toString()).contains("dueDate");
        Response unknownField = open(List.of(facility), List.of("colourOfTheDam"), LocalDate.now().plusDays(5));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body().toString()).contains("colourOfTheDam");
        Response known = open(List.of(facility), List.of("storedVolumeM3"), LocalDate.now().plusDays(5));
        assertThat(known.status()).as("the registry has the stored volume: nothing to ask").isEqualTo(400);
        ObjectNode body = Api.object();
        body.put("title", "Bad completeness");
        body.put("dueDate", LocalDate.now().plusDays(5).toString());
        body.putObject("selection").put("maxCompleteness", 150);
        Response bad = as("authority").post("/api/v1/data-requests", body);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("selection.maxCompleteness");
    }
}
