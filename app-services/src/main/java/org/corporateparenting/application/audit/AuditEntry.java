package org.corporateparenting.application.audit;

import java.time.LocalDateTime;
import org.corporateparenting.domain.audit.AuditAction;

/** One audit entry as shown to administrators. */
public record AuditEntry(LocalDateTime happenedAt, String username, AuditAction action, String recordType,
        long recordId, Long childId, String changes) {
}
