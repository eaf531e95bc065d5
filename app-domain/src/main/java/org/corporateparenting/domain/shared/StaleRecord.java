package org.corporateparenting.domain.shared;

import java.time.LocalDateTime;

/**
 * A save based on an out-of-date copy: someone else changed the record since it was opened. Nothing
 * is overwritten; the message says who changed it and when, so the user can compare and merge.
 */
public class StaleRecord extends RuntimeException {

    private final String recordType;
    private final long recordId;
    private final int currentVersion;
    private final String lastChangedBy;
    private final LocalDateTime lastChangedAt;

    public StaleRecord(String recordType, long recordId, int currentVersion, String lastChangedBy,
            LocalDateTime lastChangedAt) {
        super(recordType + " " + recordId + " was changed by " + (lastChangedBy == null ? "someone else" : lastChangedBy)
                + (lastChangedAt == null ? "" : " at " + lastChangedAt.withNano(0))
                + " after you opened it. Reload it to see their changes, then make yours again.");
        this.recordType = recordType;
        this.recordId = recordId;
        this.currentVersion = currentVersion;
        this.lastChangedBy = lastChangedBy;
        this.lastChangedAt = lastChangedAt;
    }

    public String recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String lastChangedBy() {
        return lastChangedBy;
    }

    public LocalDateTime lastChangedAt() {
        return lastChangedAt;
    }
}
