package org.corporateparenting.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what to which record, when, and for a change the fields that
 * changed with their old and new values. Reading a child's record is recorded too (UK GDPR
 * accountability for special-category data). Entries are only ever added.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_id", sequenceName = "audit_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_id")
    private Long id;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt;

    @Column(nullable = false, length = 60)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditAction action;

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "child_id")
    private Long childId;

    @Column(length = 4000)
    private String changes;

    protected AuditEvent() {
    }

    public AuditEvent(LocalDateTime happenedAt, String username, AuditAction action, String recordType, long recordId,
            Long childId, String changes) {
        this.happenedAt = Objects.requireNonNull(happenedAt);
        this.username = Objects.requireNonNull(username);
        this.action = Objects.requireNonNull(action);
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = recordId;
        this.childId = childId;
        this.changes = changes == null || changes.length() <= 4000 ? changes : changes.substring(0, 3997) + "...";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getHappenedAt() {
        return happenedAt;
    }

    public String getUsername() {
        return username;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public Long getChildId() {
        return childId;
    }

    public String getChanges() {
        return changes;
    }
}
