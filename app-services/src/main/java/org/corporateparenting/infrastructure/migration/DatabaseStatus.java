package org.corporateparenting.infrastructure.migration;

/** Whether the database answers, which product it is, and the schema version migrations reached. */
public record DatabaseStatus(boolean reachable, String product, String schemaVersion) {

    public boolean ready() {
        return reachable && schemaVersion != null;
    }
}
