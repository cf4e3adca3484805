package org.tmfsafety.server.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmfsafety.methodology.profile.ProfileReader;

/** Authorities load their own profile files without code changes. */
class MethodologyProfilesTest {

    @TempDir
    Path directory;

    private static String builtInText() throws IOException {
        try (InputStream in = ProfileReader.class.getResourceAsStream(ProfileReader.BUILT_IN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void loadsProfilesFromTheDirectoryAndUsesTheNewestVersionAsDefault() throws IOException {
        Files.writeString(directory.resolve("national-v2.json"), builtInText()
            .replace("\"id\": \"unece-tmf-provisional\"", "\"id\": \"kz-national\"")
            .replace("\"version\": 1", "\"version\": 2"));
        Files.writeString(directory.resolve("national-v1.json"),
                builtInText().replace("\"id\": \"unece-tmf-provisional\"", "\"id\": \"kz-national\""));
        Files.writeString(directory.resolve("README.txt"), "not a profile");
        MethodologyProfiles profiles = new MethodologyProfiles(directory.toString(), "kz-national");
        assertThat(profiles.all()).extracting(p -> p.id().toString())
            .containsExactly("kz-national v1", "kz-national v2", "unece-tmf-provisional v1", "unece-tmf-provisional v2");
        assertThat(profiles.defaultProfile().id().version()).isEqualTo(2);
        assertThat(profiles.find("kz-national", 1)).isPresent();
        assertThat(profiles.find("kz-national", 3)).isEmpty();
    }

    @Test
    void aBrokenProfileStopsTheStartNamingFileAndPlace() throws IOException {
        Files.writeString(directory.resolve("broken.json"),
                builtInText().replace("\"id\": \"unece-tmf-provisional\"", "\"id\": \"broken\"").replace("\"below\": 9", "\"below\": 99"));
        assertThatThrownBy(() -> new MethodologyProfiles(directory.toString(), "unece-tmf-provisional"))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken.json")
            .hasMessageContaining("$.indices.THI.classes[1].below");
    }

    @Test
    void refusesAnUnknownDefaultAndDuplicateVersions() throws IOException {
        assertThatThrownBy(() -> new MethodologyProfiles("", "missing")).hasMessageContaining("missing");
        Files.writeString(directory.resolve("copy.json"), builtInText());
        assertThatThrownBy(() -> new MethodologyProfiles(directory.toString(), "unece-tmf-provisional"))
            .hasMessageContaining("Two methodology profiles");
    }

}
