package org.tmfsafety.server.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic jobs (reminders, e-mail, dashboard snapshots) poll on every node and run through {@link ClusterJobs},
 * so each run happens once across nodes. {@code tmf.jobs.enabled=false} turns polling off on a node.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "tmf.jobs.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
