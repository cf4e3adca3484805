package org.tmfsafety.server.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs periodic jobs once across all server nodes sharing the database: a node runs a job only after moving the
 * job's {@code next_run_at} (table {@code scheduled_job}) forward in one UPDATE that matches only while the time
 * has come, so of several nodes polling at once exactly one claims each run. The outcome is recorded in the table
 * and as the metric {@code tmf.jobs.runs} (count and duration by job and outcome).
 */
@Component
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final JdbcClient jdbc;

    private final MeterRegistry metrics;

    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    ClusterJobs(JdbcClient jdbc, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
    }

    /**
     * Runs the job if it is due and this node claims the run.
     *
     * @param interval time from this run to the next
     * @param job the work; returns a short summary that is recorded
     * @return whether this node ran the job
     */
    public boolean runIfDue(String name, Duration interval, Supplier<String> job) {
        jdbc.sql("INSERT INTO scheduled_job (name, next_run_at) VALUES (:name, now()) ON CONFLICT (name) DO NOTHING")
            .param("name", name)
            .update();
        int claimed = jdbc.sql("""
                UPDATE scheduled_job SET next_run_at = now() + make_interval(secs => :seconds), last_started = now(),
                       last_node = :node, runs = runs + 1
                 WHERE name = :name AND next_run_at <= now()""")
            .param("seconds", (double) interval.toSeconds())
            .param("node", node)
            .param("name", name)
            .update();
        if (claimed == 0) {
            return false;
        }
        String result;
        String outcome = "ok";
        Timer.Sample sample = Timer.start(metrics);
        try {
            result = job.get();
        }
        catch (RuntimeException ex) {
            result = "failed: " + ex;
            outcome = "failed";
            log.error("Job {} failed", name, ex);
        }
        sample.stop(metrics.timer("tmf.jobs.runs", "job", name, "outcome", outcome));
        jdbc.sql("UPDATE scheduled_job SET last_finished = now(), last_result = :result WHERE name = :name")
            .param("result", result)
            .param("name", name)
            .update();
        return true;
    }
}
