package org.corporateparenting.application.ssda903;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corporateparenting.domain.audit.AuditAction;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.Recorded;
import org.corporateparenting.domain.ssda903.load.LoadedRecords;
import org.corporateparenting.domain.ssda903.load.Ssda903Load;
import org.corporateparenting.infrastructure.persistence.RecordImage;

/**
 * What a load did, for its load record ({@link Ssda903Load}) and the audit trail: an image of every record the council
 * held before the merge is taken first ({@link RecordImage}); after the load is written, each held record whose fields
 * changed is an UPDATE in the audit trail (by the loading user, at the load's time, linked to the child, with each field's
 * old and new value, so the child's history says what the load changed and the dataset "as known then" undoes it), and
 * the load itself is a CREATE of its record naming the years, the files with their SHA-256 and the totals. The records
 * made are listed in the load record (with their versions), not one audit event each: a first load of a council's ten
 * years makes about two million records.
 */
final class LoadJournal {

    private final List<RecordImage> held = new ArrayList<>();
    private final List<Integer> versions = new ArrayList<>();

    /** Takes an image (and the version) of each record held before the load changes any. */
    LoadJournal(List<?> records) {
        records.forEach(r -> {
            held.add(RecordImage.of(r));
            versions.add(((Recorded) r).getVersion());
        });
    }

    /** The load's record and its audit events (the load's first), from the records made and the images taken. */
    Written written(Council council, String user, LocalDateTime at, Map<CollectionYear, Map<String, String>> read, List<FileTotal> totals,
            List<Object> made) {
        List<LoadedRecords.Entry> madeEntries = new ArrayList<>(made.size());
        for (Object record : made) {
            Recorded r = (Recorded) record;
            madeEntries.add(new LoadedRecords.Entry(RecordImage.typeOf(r), r.getId(), r.getVersion(), -1, ""));
        }
        List<LoadedRecords.Entry> changedEntries = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            RecordImage image = held.get(i);
            String changes = image.changes();
            if (!changes.isEmpty()) {
                Recorded r = (Recorded) image.record();
                changedEntries.add(new LoadedRecords.Entry(RecordImage.typeOf(r), r.getId(), r.getVersion(), versions.get(i), changes));
                events.add(new AuditEvent(at, user, AuditAction.UPDATE, RecordImage.typeOf(r), r.getId(), childOf(r), changes));
            }
        }
        Ssda903Load load = new Ssda903Load(council, at, user, read.keySet().stream().map(CollectionYear::startYear).sorted().toList(),
                files(read), String.join("\n", totals.stream().map(t -> t.file() + ": " + t.words()).toList()),
                new LoadedRecords(madeEntries), new LoadedRecords(changedEntries));
        return new Written(load, events);
    }

    /** The load's record and the audit events of the records it changed (the load's own event is written once it has an id). */
    record Written(Ssda903Load load, List<AuditEvent> changes) {

        AuditEvent loadEvent() {
            return new AuditEvent(load.getLoadedAt(), load.getLoadedBy(), AuditAction.CREATE, "Ssda903Load", load.getId(), null,
                    "years: " + load.getYears() + "; made: " + load.getMadeCount() + "; changed: " + load.getChangedCount() + "; files: "
                    + load.getFiles().replace("\n", ", ") + "; totals: " + load.getTotals().replace("\n", "; "));
        }
    }

    /** One line a file: its name in the load ("2024-25/header.csv") and the SHA-256 of its text. */
    static String files(Map<CollectionYear, Map<String, String>> read) {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(read).forEach((year, files) -> new TreeMap<>(files).forEach((name, text) -> lines.add(year.label() + "/" + name
                + " sha256:" + sha256(text))));
        return String.join("\n", lines);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child a record is about, for the audit trail's link (the child itself, or the child of its care leaver). */
    static Long childOf(Object record) {
        if (record instanceof Child c) {
            return c.getId();
        }
        if (record instanceof BirthdayCheck b) {
            return b.getCareLeaver().getChild().getId();
        }
        try {
            Object child = record.getClass().getMethod("getChild").invoke(record);
            return child instanceof Child c ? c.getId() : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
