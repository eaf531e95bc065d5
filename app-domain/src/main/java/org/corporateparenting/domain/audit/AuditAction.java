package org.corporateparenting.domain.audit;

/** What was done to a record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ
}
