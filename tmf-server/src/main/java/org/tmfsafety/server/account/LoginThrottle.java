package org.tmfsafety.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing, after OWASP's authentication guidance: failed sign-ins are counted per client
 * address and account name, and per address alone (ten times as many), within a sliding period (default 5 and 50
 * failures per 15 minutes). Past either limit, further attempts from that address are refused (429) until the
 * oldest counted failure leaves the period. There is no hard lock of the account itself: an outsider who guesses
 * at a user name blocks only their own address, and the owner can still sign in from any address without recent
 * failures. The failures are stored in the database, so every server node counts the same ones, and
 * administrators see them ({@link #summaries()}, {@link #recent(String, int)}).
 */
@Component
public class LoginThrottle {

    /** How long failures are kept for administrators to see. */
    static final Duration KEPT = Duration.ofDays(30);

    private static final int MAX_NAME = 200;

    private static final int MAX_ADDRESS = 100;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int failures;

    private final int addressFailures;

    private final Duration period;

    LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${tmf.security.throttle.failures:5}") int failures,
            @Value("${tmf.security.throttle.address-failures:50}") int addressFailures,
            @Value("${tmf.security.throttle.period:15m}") Duration period) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.failures = failures;
        this.addressFailures = addressFailures;
        this.period = period;
    }

    /** Returns the seconds until another sign-in attempt from the address for the name is allowed, 0 when it is now. */
    public long secondsUntilAllowed(String address, String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime since = now.minus(period);
        Optional<OffsetDateTime> account = jdbc.sql("""
                SELECT failed_at FROM login_failure
                 WHERE username = :username AND address = :address AND failed_at > :since
                 ORDER BY failed_at DESC OFFSET :skip LIMIT 1
                """)
            .param("username", name(username))
            .param("address", address(address))
            .param("since", since)
            .param("skip", failures - 1)
            .query(OffsetDateTime.class)
            .optional();
        Optional<OffsetDateTime> any = jdbc.sql("""
                SELECT failed_at FROM login_failure WHERE address = :address AND failed_at > :since
                 ORDER BY failed_at DESC OFFSET :skip LIMIT 1
                """)
            .param("address", address(address))
            .param("since", since)
            .param("skip", addressFailures - 1)
            .query(OffsetDateTime.class)
            .optional();
        long wait = 0;
        for (Optional<OffsetDateTime> oldestCounted : List.of(account, any)) {
            if (oldestCounted.isPresent()) {
                wait = Math.max(wait, Duration.between(now, oldestCounted.get().plus(period)).toSeconds() + 1);
            }
        }
        return wait;
    }

    /** Records a failed sign-in, and forgets failures older than {@link #KEPT}. */
    void recordFailure(String address, String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO login_failure (username, address, failed_at) VALUES (:username, :address, :now)")
            .param("username", name(username))
            .param("address", address(address))
            .param("now", now)
            .update();
        jdbc.sql("DELETE FROM login_failure WHERE failed_at < :cutoff").param("cutoff", now.minus(KEPT)).update();
    }

    /** Forgets the failures of the name from the address after a successful sign-in there. */
    void recordSuccess(String address, String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = :username AND address = :address")
            .param("username", name(username))
            .param("address", address(address))
            .update();
    }

    /** Forgets all failures of an account name, from every address (an administrator's decision). */
    void clear(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = :username").param("username", name(username)).update();
    }

    /**
     * Failed sign-ins of one account name in the last {@link #KEPT} days.
     *
     * @param username the name tried
     * @param failures how many failures are kept
     * @param addresses from how many client addresses
     * @param last when the last one happened
     * @param throttledAddresses how many addresses are refused for this name right now
     */
    public record Summary(String username, int failures, int addresses, OffsetDateTime last, int throttledAddresses) {
    }

    /** Returns the failures per account name, most recent first. */
    List<Summary> summaries() {
        return jdbc.sql("""
                WITH per_address AS (
                    SELECT username, address, count(*) AS failures, max(failed_at) AS last,
                           count(*) FILTER (WHERE failed_at > :since) AS recent
                      FROM login_failure GROUP BY username, address)
                SELECT username, sum(failures)::int AS failures, count(*)::int AS addresses, max(last) AS last,
                       (count(*) FILTER (WHERE recent >= :limit))::int AS throttled
                  FROM per_address GROUP BY username ORDER BY max(last) DESC
                """)
            .param("since", OffsetDateTime.now(clock).minus(period))
            .param("limit", failures)
            .query((rs, row) -> new Summary(rs.getString("username"), rs.getInt("failures"), rs.getInt("addresses"),
                    rs.getObject("last", OffsetDateTime.class), rs.getInt("throttled")))
            .list();
    }

    /**
     * One failed sign-in.
     *
     * @param address the client address it came from
     * @param at when
     */
    public record Failure(String address, OffsetDateTime at) {
    }

    /** Returns the newest failures of an account name. */
    List<Failure> recent(String username, int limit) {
        return jdbc.sql("""
                SELECT address, failed_at FROM login_failure WHERE username = :username
                 ORDER BY failed_at DESC, id DESC LIMIT :limit
                """)
            .param("username", name(username))
            .param("limit", limit)
            .query((rs, row) -> new Failure(rs.getString("address"), rs.getObject("failed_at", OffsetDateTime.class)))
            .list();
    }

    private static String name(String username) {
        String name = username == null ? "" : username.replace('\0', '?');
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String address(String address) {
        String value = address == null ? "unknown" : address.replace('\0', '?');
        return value.length() > MAX_ADDRESS ? value.substring(0, MAX_ADDRESS) : value;
    }

}
