package org.corporateparenting.domain.audit;

import java.time.LocalDateTime;
import org.corporateparenting.domain.shared.UkDates;

/** Who last changed a record and when, from the audit trail: what a form shows beside the record it edits. */
public record LastChange(String by, LocalDateTime at) {

    /** The change an audit event records. */
    public static LastChange of(AuditEvent event) {
        return new LastChange(event.getUsername(), event.getHappenedAt());
    }

    /** "Last changed by fostering on 24/11/2026.", or nothing for a record with no change in the trail (loaded in bulk). */
    public static String words(LastChange change) {
        return change == null ? "" : "Last changed by " + change.by() + " on " + UkDates.format(change.at().toLocalDate()) + ".";
    }
}
