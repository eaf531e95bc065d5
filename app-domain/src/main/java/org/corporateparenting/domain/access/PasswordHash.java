package org.corporateparenting.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted password hash in the form WildFly Elytron's SCRAM-SHA-256 mapper verifies: PBKDF2 with
 * HMAC-SHA-256 (the SCRAM "salted password", RFC 5802/7677), 256-bit output, base64 hash and salt.
 * The clear password is never stored.
 */
public record PasswordHash(String hash, String salt, int iterations) {

    /** OWASP's 2023 guidance for PBKDF2-HMAC-SHA256 is 600,000; we trade some of that for sign-in speed. */
    public static final int DEFAULT_ITERATIONS = 210_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        Objects.requireNonNull(hash);
        Objects.requireNonNull(salt);
    }

    /** Hashes a new password with a fresh random salt. */
    public static PasswordHash of(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return of(password, salt, DEFAULT_ITERATIONS);
    }

    static PasswordHash of(char[] password, byte[] salt, int iterations) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("Password must be at least 8 characters.");
        }
        try {
            // Elytron turns the password into bytes as UTF-8; PBEKeySpec takes chars and does the same.
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return new PasswordHash(b64.encodeToString(derived), b64.encodeToString(salt), iterations);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
        }
    }

    /** Whether the given password produces this hash. */
    public boolean matches(char[] password) {
        if (password == null || password.length < 8) {
            return false;
        }
        PasswordHash again = of(password, Base64.getDecoder().decode(salt), iterations);
        return MessageDigest.isEqual(
                hash.getBytes(StandardCharsets.US_ASCII), again.hash.getBytes(StandardCharsets.US_ASCII));
    }
}
