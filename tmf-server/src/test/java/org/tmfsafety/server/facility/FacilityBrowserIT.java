package org.tmfsafety.server.facility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.tmfsafety.server.methodology.TestIndexClasses;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Browser;
import org.tmfsafety.server.support.BrowserTest;

/** The registry pages in a real Chromium: list, languages, create with errors, edit, delete, conflicts. */
class FacilityBrowserIT extends BrowserTest {

    @Test
    void listShowsTheDemoFacilitiesPageByPage() {
        Page page = browser.newPage();
        page.navigate(url("/facilities?lang=en"));
        long total = new Api(port).get("/api/v1/facilities").body().get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(40);
        assertThat(page.locator("#facility-table tbody tr")).hasCount(20);
        assertThat(page.locator("#result-count")).hasText(text("facility.list.count", Locale.ENGLISH, total));
        Browser.screenshot(page, "01-list-en");

        page.locator("a[rel=next]").click();
        assertThat(page).hasURL(url("/facilities?page=1"));
        assertThat(page.locator("#facility-table tbody tr")).hasCount(20);

        page.navigate(url("/facilities?country=KGZ"));
        assertThat(page.locator("#facility-table tbody tr").first()).containsText("KG-");
        page.locator("a[data-sort=storedVolumeM3]").click();
        assertThat(page).hasURL(url("/facilities?country=KGZ&sort=storedVolumeM3"));
        page.context().close();
    }

    @Test
    void switchesToRussianAndKazakhAndRemembersTheChoice() {
        Page page = browser.newPage();
        page.navigate(url("/facilities"));
        assertThat(page.locator("h1")).hasText(text("facility.list.title", Locale.ENGLISH));

        page.locator("#language-switch [data-lang=ru]").click();
        assertThat(page.locator("h1")).hasText(text("facility.list.title", RU));
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page.locator("#search-form button[type=submit]")).hasText(text("action.search", RU));
        assertThat(page.locator("#new-facility")).hasCount(0);
        Browser.screenshot(page, "02-list-ru");

        page.navigate(url("/login"));
        assertThat(page.locator("label[for=username]")).hasText(text("login.username", RU));

        page.locator("#language-switch [data-lang=kk]").click();
        assertThat(page.locator("label[for=username]")).hasText(text("login.username", KK));
        page.navigate(url("/facilities"));
        assertThat(page.locator("h1")).hasText(text("facility.list.title", KK));
        assertThat(page.locator("th a[data-sort=status]")).containsText(text("facility.column.status", KK));
        Browser.screenshot(page, "03-list-kk");
        page.context().close();
    }

    @Test
    void createsAFacilityAfterFixingAnErrorThenEditsAndDeletesIt() {
        String name = "Browser test TMF " + UUID.randomUUID().toString().substring(0, 8);
        Page page = signedIn("authority", "authority-demo", "ru");
        page.navigate(url("/facilities/new?lang=ru"));
        page.fill("#name", name);
        page.fill("#latitude", "123");
        page.fill("#longitude", "67.7");
        page.fill("#storedVolumeM3", "1 250 000");
        page.locator("#save-facility").click();

        assertThat(page.locator("#form-errors")).isVisible();
        assertThat(page.locator("#latitude")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("[data-error-for=latitude]")).hasText(text("typeMismatch.latitude", RU));
        assertThat(page.locator("#name")).hasValue(name);
        Browser.screenshot(page, "04-create-error-ru");
        assertThat(new Api(port).asAuthority().get("/api/v1/facilities?q=" + name.replace(" ", "%20")).body().get("total").asLong())
            .as("nothing written while the input is invalid").isZero();

        page.fill("#latitude", "47°48′00″ с.ш.");
        page.locator("#save-facility").click();
        assertThat(page.locator("#flash")).containsText(text("facility.flash.created", RU, "").strip().split(" ")[0]);
        assertThat(page.locator("#facility-name")).hasText(name);
        assertThat(page.locator("#coordinates")).hasText("47.80000, 67.70000");
        assertThat(page.locator("#stored-volume")).containsText("250");
        Browser.screenshot(page, "05-created-ru");
        JsonNode stored = new Api(port).asAuthority().get("/api/v1/facilities?q=" + name.replace(" ", "%20")).body().get("items").get(0);
        assertThat(stored.get("storedVolumeM3").asDouble()).isEqualTo(1_250_000);
        assertThat(stored.get("damRaiseMethod").asString()).as("untouched selects invent nothing").isEqualTo("UNKNOWN");
        assertThat(stored.get("waterHazardClass").asString()).isEqualTo("UNKNOWN");

        page.navigate(url("/facilities?q=" + name.replace(" ", "+")));
        assertThat(page.locator("#facility-table tbody tr")).hasCount(1);
        page.locator("#facility-table tbody tr a").nth(1).click();

        page.locator("#edit-facility").click();
        page.fill("#damHeightM", "31,5");
        page.selectOption("#status", "INACTIVE");
        page.locator("#save-facility").click();
        assertThat(page.locator("#flash")).isVisible();
        assertThat(page.locator("main")).containsText(text("enum.FacilityStatus.INACTIVE", RU));
        assertThat(page.locator("main")).containsText("31,5");
        Browser.screenshot(page, "06-edited-ru");

        page.locator("#delete-facility").click();
        assertThat(page.locator("#delete-question")).containsText(name);
        page.locator("#confirm-delete").click();
        assertThat(page.locator("#flash")).isVisible();
        page.navigate(url("/facilities?q=" + name.replace(" ", "+")));
        assertThat(page.locator("#empty-list")).isVisible();
        Browser.screenshot(page, "07-deleted-ru");
        page.context().close();
    }

    @Test
    void archivesAFacilityWithAnAssessmentInsteadOfDeletingItAndAnAdministratorRestoresIt() {
        Api api = new Api(port).asAuthority();
        JsonNode created = api.post("/api/v1/facilities", FacilityApiIT.aFacility("Browser archive test")).body();
        long id = created.get("id").asLong();
        ObjectNode start = Api.object();
        start.put("family", "QUICK");
        assertThat(api.post("/api/v1/facilities/" + id + "/assessments", start).status()).isEqualTo(201);

        Page page = signedIn("authority", "authority-demo", "ru");
        page.navigate(url("/facilities/" + id + "?lang=ru"));
        page.locator("#delete-facility").click();
        assertThat(page.locator("#archive-warning")).hasText(text("facility.archive.warning", RU));
        assertThat(page.locator("#kept-records")).containsText(text("facility.archive.assessments", RU, 1));
        assertThat(page.locator("#confirm-delete")).hasText(text("facility.archive.confirm", RU));
        Browser.screenshot(page, "10-archive-confirm-ru");
        page.locator("#confirm-delete").click();
        assertThat(page.locator("#flash")).hasText(text("facility.flash.archived", RU, created.get("code").asString()));
        assertThat(page.locator("#archived-notice")).isVisible();
        assertThat(page.locator("#edit-facility")).hasCount(0);
        assertThat(page.locator("#restore-facility")).hasCount(0);
        Browser.screenshot(page, "11-archived-ru");
        page.context().close();

        Page admin = signedIn("admin", "admin-demo", "kk");
        admin.navigate(url("/facilities?lang=kk"));
        admin.locator("#archived-facilities").click();
        admin.locator("#archived-table tr[data-code='" + created.get("code").asString() + "'] a").first().click();
        admin.locator("#restore-facility").click();
        assertThat(admin.locator("#flash")).hasText(text("facility.flash.restored", KK, created.get("code").asString()));
        assertThat(admin.locator("#archived-notice")).hasCount(0);
        assertThat(admin.locator("#history")).containsText(text("history.action.RESTORE", KK));
        Browser.screenshot(admin, "12-restored-kk");
        admin.context().close();
        assertThat(api.delete("/api/v1/facilities/" + id).status()).as("archived again").isEqualTo(200);
    }

    @Test
    void showsAConflictInsteadOfOverwritingAConcurrentEdit() {
        Api api = new Api(port).asAuthority();
        JsonNode created = api.post("/api/v1/facilities", FacilityApiIT.aFacility("Browser conflict test")).body();
        long id = created.get("id").asLong();

        Page page = signedIn("authority", "authority-demo", "kk");
        page.navigate(url("/facilities/" + id + "/edit?lang=kk"));
        page.fill("#notes", "edited in the browser");

        ObjectNode meanwhile = (ObjectNode) created.deepCopy();
        meanwhile.put("notes", "edited through the API");
        assertThat(api.put("/api/v1/facilities/" + id, meanwhile).status()).isEqualTo(200);

        page.locator("#save-facility").click();
        assertThat(page.locator("#form-errors")).containsText(text("facility.conflict", KK, "1"));
        assertThat(page.locator("#form-errors")).not().containsText(text("form.hasErrors", KK));
        assertThat(page.locator("#notes")).hasValue("edited in the browser");
        assertThat(page.locator("#open-current")).isVisible();
        Browser.screenshot(page, "08-conflict-kk");
        assertThat(api.get("/api/v1/facilities/" + id).body().get("notes").asString()).isEqualTo("edited through the API");
        page.context().close();
    }

    @Test
    void showsTheRatingAndItsDerivationInKazakh() {
        JsonNode top = new Api(port).get("/api/v1/facilities?sort=thi,desc&size=1").body().get("items").get(0);
        assertThat(top.get("thi").isNull()).isFalse();
        Page page = browser.newPage();
        page.navigate(url("/facilities/" + top.get("id").asLong() + "?lang=kk"));
        assertThat(page.locator("#rating [data-index=THI] h3")).containsText(text("rating.index.THI", KK));
        assertThat(page.locator("#rating [data-index=THI] .rating-class").last())
            .hasText(TestIndexClasses.create().present("THI", top.get("hazardClass").asString(), KK).label());
        if (!top.get("hazardClassLow").asString().equals(top.get("hazardClass").asString())) {
            assertThat(page.locator("#rating [data-index=THI] .rating-class").first())
                .hasText(TestIndexClasses.create().present("THI", top.get("hazardClassLow").asString(), KK).label());
            assertThat(page.locator("#rating [data-index=THI] .tighteners li").first()).isVisible();
        }
        assertThat(page.locator("#rating [data-index=THI] .completeness")).containsText("%");
        page.locator("#rating [data-index=THI] summary").click();
        assertThat(page.locator("#rating [data-index=THI] tr[data-term=CAP] td").first())
            .hasText(text("methodology.term.CAP", KK));
        assertThat(page.locator("#rating [data-index=TRI] tr[data-term]")).hasCount(11);
        Browser.screenshot(page, "09-rating-kk");
        page.context().close();
    }

    @Test
    void unknownFacilityShowsATranslatedNotFoundPage() {
        Page page = browser.newPage();
        var response = page.navigate(url("/facilities/987654321?lang=kk"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#error-title")).hasText(text("error.404.title", KK));
        page.context().close();
    }

}
