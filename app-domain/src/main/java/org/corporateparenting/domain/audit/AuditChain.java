package org.corporateparenting.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain that makes the audit trail tamper-evident: each sealed event's hash is SHA-256 over the previous
 * seal's hash and every field of the event (its id, time to the microsecond, user, action, record, child and the
 * change or request recorded), each field written with its length so that no two events can be written alike. The
 * first seal's previous hash is {@link #START}. Changing any field of a sealed event, removing one, or putting one
 * in between changes that seal's hash and so every later one; a check recomputes the chain from the start. What a
 * chain alone cannot show is the removal of its newest seals together with their events, so the sealer logs the
 * head (its number and hash) each time it seals, for the council to keep outside the database.
 */
public final class AuditChain {

    /** The previous hash of the first seal. */
    public static final String START = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of {@code event} sealed after a seal whose hash is {@code previous}. */
    public static String hash(String previous, AuditEvent event) {
        StringBuilder text = new StringBuilder(previous);
        field(text, String.valueOf(event.getId()));
        field(text, event.getHappenedAt().truncatedTo(ChronoUnit.MICROS).toString());
        field(text, event.getUsername());
        field(text, event.getAction().name());
        field(text, event.getRecordType());
        field(text, String.valueOf(event.getRecordId()));
        field(text, event.getChildId() == null ? null : String.valueOf(event.getChildId()));
        field(text, event.getChanges());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("|-1:");
        } else {
            text.append('|').append(value.length()).append(':').append(value);
        }
    }
}
