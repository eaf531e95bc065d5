package org.corporateparenting.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void isPbkdf2HmacSha256AsRfc7914States() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P = "Password", S = "NaCl", c = 80000 (first 32 bytes).
        PasswordHash hash = PasswordHash.of("Password".toCharArray(), "NaCl".getBytes(StandardCharsets.US_ASCII), 80000);
        assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(hash.hash())))
                .isEqualTo("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56");
        assertThat(Base64.getDecoder().decode(hash.salt())).isEqualTo("NaCl".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void matchesOnlyTheSamePassword() {
        PasswordHash hash = PasswordHash.of("correct horse".toCharArray());
        assertThat(hash.matches("correct horse".toCharArray())).isTrue();
        assertThat(hash.matches("correct horsf".toCharArray())).isFalse();
        assertThat(hash.matches("short".toCharArray())).isFalse();
        assertThat(hash.iterations()).isEqualTo(PasswordHash.DEFAULT_ITERATIONS);
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        assertThat(PasswordHash.of("same password".toCharArray()).hash())
                .isNotEqualTo(PasswordHash.of("same password".toCharArray()).hash());
    }

    @Test
    void refusesShortPasswords() {
        assertThatThrownBy(() -> PasswordHash.of("1234567".toCharArray()))
                .hasMessage("Password must be at least 8 characters.");
    }
}
