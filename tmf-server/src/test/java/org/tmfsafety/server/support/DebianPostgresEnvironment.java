package org.tmfsafety.server.support;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Dtmf.test.postgres=debian} (the build's second integration run), gives every application the tests
 * start a fresh database on {@link DebianPostgres}, through the standard {@code spring.datasource.*} settings, the
 * way production points at an external server; applications that set their own data source keep it.
 */
public class DebianPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"debian".equals(System.getProperty("tmf.test.postgres"))
                || environment.containsProperty("spring.datasource.url")) {
            return;
        }
        if (!DebianPostgres.available()) {
            throw new IllegalStateException(DebianPostgres.MISSING
                    + " (or skip this run with -Dtmf.test.debian-postgres.skip=true)");
        }
        String url = DebianPostgres.shared().createDatabase("tmf_" + UUID.randomUUID().toString().replace("-", ""));
        environment.getPropertySources().addFirst(new MapPropertySource("debian-postgres", Map.of(
                "spring.datasource.url", url, "spring.datasource.username", DebianPostgres.USER,
                "spring.datasource.password", "")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
