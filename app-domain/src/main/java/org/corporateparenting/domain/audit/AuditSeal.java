package org.corporateparenting.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The seal of one audit event: its place in the chain ({@code sealNo}, 1, 2, 3… with no gaps) and the chain's hash
 * up to and including it ({@link AuditChain#hash}). Seals, like events, are only ever added.
 */
@Entity
@Table(name = "audit_seal")
public class AuditSeal {

    @Id
    @Column(name = "seal_no")
    private long sealNo;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    @Column(name = "sealed_at", nullable = false)
    private LocalDateTime sealedAt;

    protected AuditSeal() {
    }

    public AuditSeal(long sealNo, long eventId, String entryHash, LocalDateTime sealedAt) {
        this.sealNo = sealNo;
        this.eventId = eventId;
        this.entryHash = Objects.requireNonNull(entryHash);
        this.sealedAt = Objects.requireNonNull(sealedAt);
    }

    public long getSealNo() {
        return sealNo;
    }

    public long getEventId() {
        return eventId;
    }

    public String getEntryHash() {
        return entryHash;
    }

    public LocalDateTime getSealedAt() {
        return sealedAt;
    }
}
