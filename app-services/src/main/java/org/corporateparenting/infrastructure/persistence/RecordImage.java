package org.corporateparenting.infrastructure.persistence;

/**
 * A record's values as they were when the image was taken, to say afterwards which fields changed and how, in the audit
 * trail's words ({@link Snapshot}: "field: old -> new; ..."), and to put them back ({@link Revert#undo}). Used where
 * records are changed in bulk rather than one by one through {@link RecordStore} (the SSDA903 load).
 */
public final class RecordImage {

    private final Object record;
    private final Snapshot before;

    private RecordImage(Object record) {
        this.record = record;
        this.before = Snapshot.of(record);
    }

    public static RecordImage of(Object record) {
        return new RecordImage(record);
    }

    public Object record() {
        return record;
    }

    /** The fields changed since the image was taken, with their old and new values; empty when none changed. */
    public String changes() {
        return Snapshot.of(record).changesSince(before);
    }

    /** The name the audit trail gives the record's type (its entity's simple name). */
    public static String typeOf(Object record) {
        return Snapshot.unproxied(record.getClass()).getSimpleName();
    }
}
