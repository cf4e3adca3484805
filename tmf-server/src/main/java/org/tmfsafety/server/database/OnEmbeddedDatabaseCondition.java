package org.tmfsafety.server.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the embedded PostgreSQL server should run: {@code tmf.database.embedded=true}, or that
 * property unset and no {@code spring.datasource.url} configured.
 */
public class OnEmbeddedDatabaseCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment()) ? ConditionOutcome.match("embedded PostgreSQL selected")
                : ConditionOutcome.noMatch("external PostgreSQL configured");
    }

    /** Returns whether the environment selects the embedded database. */
    public static boolean isEmbedded(Environment environment) {
        Boolean explicit = environment.getProperty("tmf.database.embedded", Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

}
