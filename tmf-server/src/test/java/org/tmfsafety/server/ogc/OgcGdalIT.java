package org.tmfsafety.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * A real GIS client reads the OGC API: GDAL's ogrinfo (Debian gdal-bin, installed by .ci/run) lists the collections
 * and counts the same number of facilities as the JSON API. Fails, saying what to install, where ogrinfo is absent.
 */
@IntegrationTest
class OgcGdalIT {

    private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    @LocalServerPort
    int port;

    private String ogrinfo(String... arguments) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(OGRINFO)).as(OGRINFO + " is needed: apt-get install gdal-bin").isTrue();
        List<String> command = new ArrayList<>(List.of(OGRINFO.toString(), "-ro"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ogrinfo finishes").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void ogrinfoListsTheCollectionsAndCountsTheFacilities() throws Exception {
        String source = "OAPIF:http://localhost:" + port + "/ogc";
        String layers = ogrinfo(source);
        assertThat(layers).contains("facilities").contains("downstream-paths").contains("accidents");
        String summary = ogrinfo("-so", source, "facilities");
        Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(summary);
        assertThat(count.find()).as(summary).isTrue();
        long published = new Api(port).get("/api/v1/facilities").body().get("total").asLong();
        assertThat(Long.parseLong(count.group(1))).isEqualTo(published);
    }
}
