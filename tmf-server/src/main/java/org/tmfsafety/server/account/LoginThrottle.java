package org.tmfsafety.server.account;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles guessing: every failed sign-in takes a token from a bucket for the client address and
 * user name, and one for the address alone (five times larger). An empty bucket blocks further sign-in
 * attempts from there until it refills (default: 10 failures per 15 minutes per address and name).
 * Kept in memory per server node; the per-account lock-out in the database holds across nodes.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final int failures;

    private final Duration period;

    LoginThrottle(@Value("${tmf.security.throttle.failures:10}") int failures,
            @Value("${tmf.security.throttle.period:15m}") Duration period) {
        this.failures = failures;
        this.period = period;
    }

    /** Returns the seconds until another attempt is allowed, or 0 when it is allowed now. */
    public long secondsUntilAllowed(String address, String username) {
        long nanos = Math.max(bucket(address, username).estimateAbilityToConsume(1).getNanosToWaitForRefill(),
                addressBucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill());
        return nanos == 0 ? 0 : Math.max(1, Duration.ofNanos(nanos).toSeconds());
    }

    void recordFailure(String address, String username) {
        bucket(address, username).tryConsume(1);
        addressBucket(address).tryConsume(1);
    }

    private Bucket bucket(String address, String username) {
        return bucket(address + "|" + (username == null ? "" : username), failures);
    }

    private Bucket addressBucket(String address) {
        return bucket(address, failures * 5);
    }

    private Bucket bucket(String key, int capacity) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
            .build());
    }

}
