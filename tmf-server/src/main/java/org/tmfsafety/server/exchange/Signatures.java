package org.tmfsafety.server.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures of notification documents ({@code X-TMF-Signature: sha256=<hex>}). */
final class Signatures {

    static final String NEIGHBOUR_HEADER = "X-TMF-Neighbour";

    static final String SIGNATURE_HEADER = "X-TMF-Signature";

    private static final String PREFIX = "sha256=";

    private Signatures() {
    }

    /** The header value signing the body with the secret. */
    static String sign(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** Whether the header value is the body's signature with the secret (compared in constant time). */
    static boolean verify(String secret, byte[] body, String header) {
        if (secret == null || header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }
}
