package org.tmfsafety.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tmfsafety.server.TmfSafetyApplication;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.facility.FacilityInput;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilityService;
import org.tmfsafety.methodology.facility.FacilityStatus;

/**
 * Starts the application three times on one data directory, as a user restarting the embedded
 * default would: data survives, the server runs with crash-safe settings, and the demo data set is
 * loaded on the first start only.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TmfSafetyApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--tmf.database.data-directory=" + dataDirectory);
    }

    @Test
    void keepsDataAcrossRestartsWithDurableSettingsAndLoadsDemoDataOnce() {
        long demoCount;
        String code;
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(setting(jdbc, "fsync")).isEqualTo("on");
            assertThat(setting(jdbc, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(jdbc, "full_page_writes")).isEqualTo("on");
            assertThat(setting(jdbc, "server_encoding")).isEqualTo("UTF8");
            assertThat(Path.of(setting(jdbc, "data_directory"))).isEqualTo(dataDirectory.toAbsolutePath());
            demoCount = first.getBean(FacilityRepository.class).count();
            assertThat(demoCount).isGreaterThanOrEqualTo(40);

            FacilityInput input = new FacilityInput();
            input.setName("Survives a restart");
            input.setNameKk("Қайта іске қосудан кейін сақталады");
            input.setCountry("KAZ");
            input.setLatitude(50.0);
            input.setLongitude(80.0);
            input.setStatus(FacilityStatus.ACTIVE);
            code = first.getBean(CurrentUser.class)
                .asSystem("test", () -> first.getBean(FacilityService.class).create(input))
                .code();
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(second.getBean(FacilityRepository.class).count()).isEqualTo(demoCount + 1);
            assertThat(jdbc.sql("SELECT name_kk FROM facility WHERE code = :code").param("code", code).query(String.class).single())
                .isEqualTo("Қайта іске қосудан кейін сақталады");
            jdbc.sql("DELETE FROM facility").update();
            assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single()).as("demo accounts kept")
                .isEqualTo(4);
        }
        try (ConfigurableApplicationContext third = start()) {
            assertThat(third.getBean(FacilityRepository.class).count()).as("demo data is not loaded a second time")
                .isZero();
        }
    }

    private static String setting(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT current_setting(:name)").param("name", name).query(String.class).single();
    }

}
