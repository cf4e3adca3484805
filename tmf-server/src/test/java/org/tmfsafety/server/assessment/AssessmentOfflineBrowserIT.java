package org.tmfsafety.server.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/**
 * The questionnaire without network in Chromium (offline field mode): answers and a photo given offline survive a
 * reload from the copy kept on the device and reach the server when the network returns; an answer changed on the
 * server meanwhile is shown to the inspector, not overwritten.
 */
class AssessmentOfflineBrowserIT extends BrowserTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private Api inspectorApi() {
        return new Api(port).as("inspector", "inspector-demo");
    }

    private long draft(String code) {
        long facility = new Api(port).asAuthority().get("/api/v1/facilities?q=" + code).body().get("items").get(0)
            .get("id").asLong();
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        return inspectorApi().post("/api/v1/facilities/" + facility + "/assessments", start).body().get("id").asLong();
    }

    private JsonNode stored(long id, String question) {
        for (JsonNode answer : inspectorApi().get("/api/v1/assessments/" + id).body().get("answers")) {
            if (answer.get("questionId").asString().equals(question)) {
                return answer;
            }
        }
        return null;
    }

    private Page questionnaire(long id, String language) {
        Page page = signedIn("inspector", "inspector-demo", language);
        page.navigate(url("/assessments/" + id + "?lang=" + language));
        assertThat(page.locator("#device-mode")).hasAttribute("data-offline-ready", "true");
        return page;
    }

    private static Locator question(Page page, String id) {
        return page.locator("fieldset.question[data-question=" + id + "]");
    }

    @Test
    void answersAndAPhotoGivenOfflineSurviveAReloadAndReachTheServerWhenTheNetworkReturns() {
        long id = draft("KZ-0016");
        Page page = questionnaire(id, "ru");
        assertThat(page.locator("#device-kept")).hasText(text("assessment.device.kept", RU));
        question(page, "LEG-01").locator("input[value=YES]").check();
        assertThat(question(page, "LEG-01")).hasAttribute("data-saved", "true");

        page.context().setOffline(true);
        question(page, "LEG-02").locator("textarea").fill("Ограждение разрушено у водосброса");
        question(page, "LEG-02").locator("select").selectOption("OBSERVED");
        question(page, "LEG-02").locator("input[value=NO]").check();
        question(page, "LEG-04").locator("input[value=UNKNOWN]").check();
        page.locator("#attach-question").selectOption("LEG-02");
        page.locator("#attach-file").setInputFiles(new FilePayload("spillway.png", "image/png", PNG));
        page.locator("#attach").click();
        assertThat(page.locator("#device-mode")).hasAttribute("data-waiting-answers", "2");
        assertThat(page.locator("#device-mode")).hasAttribute("data-waiting-photos", "1");
        assertThat(page.locator("#device-status")).containsText(text("assessment.device.offline", RU));
        assertThat(page.locator("#pending-photos")).containsText("spillway.png");
        assertThat(stored(id, "LEG-02")).as("nothing reached the server while offline").isNull();
        assertThat(inspectorApi().get("/api/v1/assessments/" + id + "/attachments").body().size()).isZero();

        page.reload();
        assertThat(page.locator("#questionnaire")).hasAttribute("data-page-source", "device");
        assertThat(page.locator("#device-kept")).hasText(text("assessment.device.fromDevice", RU));
        assertThat(question(page, "LEG-01").locator("input[value=YES]")).isChecked();
        assertThat(question(page, "LEG-02").locator("input[value=NO]")).isChecked();
        assertThat(question(page, "LEG-02").locator("textarea")).hasValue("Ограждение разрушено у водосброса");
        assertThat(question(page, "LEG-02")).hasClass(Pattern.compile(".*device-waiting.*"));
        assertThat(question(page, "LEG-04").locator("input[value=UNKNOWN]")).isChecked();
        assertThat(page.locator("#pending-photos")).containsText("spillway.png");
        assertThat(page.locator("#progress-text")).hasText(text("assessment.progress", RU, 3,
                page.locator("fieldset.question").count()));
        // the top of the page, where the inspector reads what waits on the device
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("44-assessment-offline-ru.png")));

        page.context().setOffline(false);
        assertThat(page.locator("#device-status")).hasText(text("assessment.device.saved", RU));
        assertThat(page.locator("#device-mode")).hasAttribute("data-waiting-answers", "0");
        assertThat(page.locator("#device-mode")).hasAttribute("data-waiting-photos", "0");
        assertThat(page.locator("#attachment-list")).containsText("spillway.png");
        JsonNode fence = stored(id, "LEG-02");
        assertThat(fence.get("answer").asString()).isEqualTo("NO");
        assertThat(fence.get("evidence").asString()).isEqualTo("OBSERVED");
        assertThat(fence.get("comment").asString()).isEqualTo("Ограждение разрушено у водосброса");
        assertThat(stored(id, "LEG-04").get("answer").asString()).isEqualTo("UNKNOWN");
        JsonNode photos = inspectorApi().get("/api/v1/assessments/" + id + "/attachments").body();
        assertThat(photos.size()).isEqualTo(1);
        assertThat(photos.get(0).get("questionId").asString()).isEqualTo("LEG-02");
        assertThat(photos.get(0).get("fileName").asString()).isEqualTo("spillway.png");

        // once submitted, the device keeps no copy of the questionnaire
        String kept = "caches.open('tmf-field-v1').then(c => c.keys()).then(keys => keys.map(k => k.url)"
                + ".filter(u => u.includes('/assessments/" + id + "?')).length)";
        assertThat(((Number) page.evaluate(kept)).intValue()).isEqualTo(1);
        page.locator("#submit").click();
        page.locator("#submit-anyway").click();
        assertThat(page).hasURL(Pattern.compile(".*/assessments/" + id + "/result"));
        assertThat(((Number) page.evaluate(kept)).intValue()).isZero();
        page.context().close();
    }

    @Test
    void anAnswerChangedOnTheServerWhileOfflineIsShownAndTheInspectorDecides() {
        long id = draft("KZ-0017");
        Page page = questionnaire(id, "en");
        question(page, "LEG-01").locator("input[value=YES]").check();
        question(page, "LEG-02").locator("input[value=YES]").check();
        assertThat(question(page, "LEG-02")).hasAttribute("data-saved", "true");

        page.context().setOffline(true);
        question(page, "LEG-01").locator("input[value=NO]").check();
        question(page, "LEG-02").locator("input[value=PARTLY]").check();
        question(page, "LEG-04").locator("input[value=YES]").check();
        ArrayNode meanwhile = Api.object().arrayNode();
        for (String q : new String[] { "LEG-01", "LEG-02" }) {
            ObjectNode item = meanwhile.addObject();
            item.put("questionId", q);
            item.put("answer", "UNKNOWN");
            item.put("comment", "Permit under review by the authority");
        }
        assertThat(new Api(port).asAuthority().put("/api/v1/assessments/" + id + "/answers", meanwhile).status())
            .isEqualTo(200);

        page.context().setOffline(false);
        Locator first = question(page, "LEG-01").locator(".device-conflict");
        assertThat(first).containsText("Permit under review by the authority");
        assertThat(first).containsText("authority");
        assertThat(page.locator("#device-mode")).hasAttribute("data-conflict-count", "2");
        assertThat(page.locator("#device-status")).containsText(text("assessment.device.conflicts", Locale.ENGLISH, 2));
        assertThat(question(page, "LEG-04")).hasAttribute("data-saved", "true");
        assertThat(stored(id, "LEG-01").get("answer").asString()).as("not overwritten").isEqualTo("UNKNOWN");
        assertThat(stored(id, "LEG-02").get("answer").asString()).as("not overwritten").isEqualTo("UNKNOWN");

        first.locator(".keep-mine").click();
        assertThat(question(page, "LEG-01")).hasAttribute("data-saved", "true");
        question(page, "LEG-02").locator(".take-server").click();
        assertThat(question(page, "LEG-02").locator("input[value=UNKNOWN]")).isChecked();
        assertThat(question(page, "LEG-02").locator("textarea")).hasValue("Permit under review by the authority");
        assertThat(page.locator("#device-status")).hasText(text("assessment.device.saved", Locale.ENGLISH));
        assertThat(stored(id, "LEG-01").get("answer").asString()).isEqualTo("NO");
        assertThat(stored(id, "LEG-02").get("answer").asString()).isEqualTo("UNKNOWN");
        assertThat(stored(id, "LEG-02").get("comment").asString()).isEqualTo("Permit under review by the authority");
        page.context().close();
    }
}
