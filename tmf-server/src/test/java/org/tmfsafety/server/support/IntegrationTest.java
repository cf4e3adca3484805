package org.tmfsafety.server.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A full application on a random port with its own embedded PostgreSQL (fresh data directory under
 * target/, deleted on shutdown) and the demo data loaded. All tests with this annotation share one
 * application context, so they must not depend on other tests' data beyond the demo set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "tmf.database.data-directory=target/test-pg/${random.uuid}",
                "tmf.database.delete-data-on-stop=true", "tmf.demo-data.enabled=true" })
public @interface IntegrationTest {
}
