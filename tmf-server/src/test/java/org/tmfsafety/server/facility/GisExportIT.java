package org.tmfsafety.server.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The registry as GeoPackage and KML, read back by an independent GIS reader: GDAL's ogrinfo (Debian gdal-bin,
 * installed by .ci/run) opens both, counts every published facility and reads the fields with their values.
 */
@IntegrationTest
class GisExportIT {

    private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    @LocalServerPort
    int port;

    private Path download(String path, String suffix) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("tmf-export", suffix);
        Files.write(file, response.body());
        return file;
    }

    private static String ogrinfo(String... arguments) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(OGRINFO)).as(OGRINFO + " is needed: apt-get install gdal-bin").isTrue();
        List<String> command = new ArrayList<>(List.of(OGRINFO.toString(), "-ro"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ogrinfo finishes").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private long published() {
        return new Api(port).get("/api/v1/facilities").body().get("total").asLong();
    }

    private static long count(String summary) {
        Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(summary);
        assertThat(count.find()).as(summary).isTrue();
        return Long.parseLong(count.group(1));
    }

    @Test
    void theGeoPackageOpensInGdalWithEveryPublishedFacilityAndTypedFields() throws Exception {
        Path file = download("/api/v1/facilities/export.gpkg", ".gpkg");
        try {
            String summary = ogrinfo("-al", "-so", file.toString());
            assertThat(summary).contains("using driver `GPKG' successful", "Layer name: facilities", "Geometry: Point",
                    "code: String", "damHeightM: Real", "yearCommissioned: Integer", "EPSG\",4326");
            assertThat(summary).doesNotContain("Warning");
            assertThat(count(summary)).isEqualTo(published());
            String talovsky = ogrinfo("-al", "-where", "code = 'KZ-0001'", file.toString());
            assertThat(talovsky).contains("Feature Count: 1", "country (String) = KAZ", "POINT (");
            assertThat(talovsky).containsPattern("nameRu \\(String\\) = \\p{IsCyrillic}+");
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theKmlOpensInGdalsLibkmlDriverWithTheFieldsAsExtendedData() throws Exception {
        Path file = download("/api/v1/facilities/export.kml", ".kml");
        try {
            String summary = ogrinfo("-al", "-so", file.toString());
            assertThat(summary).contains("using driver `LIBKML' successful", "Layer name: facilities", "code: String");
            assertThat(count(summary)).isEqualTo(published());
            String talovsky = ogrinfo("-al", "-where", "code = 'KZ-0001'", file.toString());
            assertThat(talovsky).contains("Feature Count: 1", "country (String) = KAZ", "POINT (");
        }
        finally {
            Files.deleteIfExists(file);
        }
    }
}
