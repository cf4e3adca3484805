package org.tmfsafety.server.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileException;
import org.tmfsafety.methodology.profile.ProfileReader;

/**
 * The methodology profiles the server knows: the built-in provisional profile and every
 * {@code *.json} file in {@code tmf.methodology.profile-directory} (read at start-up; a broken file
 * stops the start with the file name and the place of the mistake). The default profile is the newest
 * version of {@code tmf.methodology.default-profile}.
 */
@Component
public class MethodologyProfiles {

    private static final Logger log = LoggerFactory.getLogger(MethodologyProfiles.class);

    private final List<MethodologyProfile> profiles;

    private final MethodologyProfile defaultProfile;

    MethodologyProfiles(@Value("${tmf.methodology.profile-directory:}") String directory,
            @Value("${tmf.methodology.default-profile:unece-tmf-provisional}") String defaultId) throws IOException {
        List<MethodologyProfile> loaded = new ArrayList<>();
        loaded.addAll(ProfileReader.builtIns());
        if (!directory.isBlank()) {
            loaded.addAll(readDirectory(Path.of(directory)));
        }
        for (int i = 0; i < loaded.size(); i++) {
            for (int j = i + 1; j < loaded.size(); j++) {
                if (loaded.get(i).id().equals(loaded.get(j).id())) {
                    throw new IllegalStateException("Two methodology profiles are " + loaded.get(i).id());
                }
            }
        }
        loaded.sort(Comparator.comparing((MethodologyProfile p) -> p.id().id()).thenComparing(p -> p.id().version()));
        this.profiles = List.copyOf(loaded);
        this.defaultProfile = newest(defaultId)
            .orElseThrow(() -> new IllegalStateException("tmf.methodology.default-profile names no profile: " + defaultId));
        log.info("Methodology profiles: {}; default {}{}", profiles.stream().map(p -> p.id().toString()).toList(),
                defaultProfile.id(), defaultProfile.provisional() ? " (contains provisional values)" : "");
    }

    private static List<MethodologyProfile> readDirectory(Path directory) throws IOException {
        List<MethodologyProfile> read = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    read.add(ProfileReader.read(in));
                }
                catch (ProfileException e) {
                    throw new IllegalStateException("Methodology profile " + file + " is invalid at " + e.getMessage(), e);
                }
            }
        }
        return read;
    }

    /** Returns all profiles, by id and version. */
    public List<MethodologyProfile> all() {
        return profiles;
    }

    /** Returns the default profile. */
    public MethodologyProfile defaultProfile() {
        return defaultProfile;
    }

    /** Returns a profile by id and version, or the newest version of the id when version is null. */
    public Optional<MethodologyProfile> find(String id, Integer version) {
        if (version == null) {
            return newest(id);
        }
        return profiles.stream().filter(p -> p.id().id().equals(id) && p.id().version() == version).findFirst();
    }

    private Optional<MethodologyProfile> newest(String id) {
        return profiles.stream().filter(p -> p.id().id().equals(id)).max(Comparator.comparing(p -> p.id().version()));
    }

}
