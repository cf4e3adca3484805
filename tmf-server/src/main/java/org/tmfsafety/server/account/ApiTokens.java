package org.tmfsafety.server.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tmfsafety.server.system.Hashes;

/**
 * Personal API tokens: created by their owner, shown once, stored only as a SHA-256 hash (the token
 * carries 256 random bits, so a fast hash is enough), revocable at any time.
 */
@Service
public class ApiTokens {

    /** Every token starts with this, so that leaked tokens can be recognised by secret scanners. */
    static final String PREFIX = "tmf_";

    private final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A token as its owner sees it later (never the secret itself).
     *
     * @param id database id
     * @param name the owner's label
     * @param prefix the first characters, to recognise it
     * @param createdAt when it was created
     * @param lastUsedAt when it last authenticated a request
     * @param revokedAt when it was revoked, if it was
     */
    public record TokenInfo(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
    }

    /** Creates a token for the account and returns its secret, which is not stored and cannot be shown again. */
    @Transactional
    public String create(long accountId, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("INSERT INTO api_token (user_id, name, token_hash, token_prefix) VALUES (:user, :name, :hash, :prefix)")
            .param("user", accountId)
            .param("name", name)
            .param("hash", hash(token))
            .param("prefix", token.substring(0, PREFIX.length() + 6))
            .update();
        return token;
    }

    /** Lists an account's tokens, newest first. */
    public List<TokenInfo> list(long accountId) {
        return jdbc.sql("""
                SELECT id, name, token_prefix, created_at, last_used_at, revoked_at FROM api_token
                 WHERE user_id = :user ORDER BY id DESC
                """)
            .param("user", accountId)
            .query((rs, row) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                    rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                    rs.getObject("revoked_at", OffsetDateTime.class)))
            .list();
    }

    /** Revokes one of the account's tokens; returns false when it has no such active token. */
    @Transactional
    public boolean revoke(long accountId, long tokenId) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
            .param("id", tokenId)
            .param("user", accountId)
            .update() == 1;
    }

    /** Returns the user name owning an active token with this secret, and notes its use. */
    Optional<String> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                UPDATE api_token t SET last_used_at = now() FROM app_user u
                 WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.id = t.user_id AND u.enabled
                RETURNING u.username
                """).param("hash", hash(token)).query(String.class).optional();
    }

    static String hash(String token) {
        return Hashes.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }

}
