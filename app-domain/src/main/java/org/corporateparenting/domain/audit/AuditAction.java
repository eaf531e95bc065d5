package org.corporateparenting.domain.audit;

import java.util.Set;

/** What was done to a record: a change (create, update, delete), a read, or an access refused (403/404). */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ, REFUSED;

    /** The actions that change a record (what "as known then" and "last changed by" are built from). */
    public static final Set<AuditAction> CHANGES = Set.of(CREATE, UPDATE, DELETE);

    public boolean isChange() {
        return CHANGES.contains(this);
    }
}
