package org.corporateparenting.application.indicator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.corporateparenting.domain.audit.AuditAction;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.indicator.ChildHistory;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.shared.Recorded;
import org.corporateparenting.infrastructure.persistence.Revert;

/**
 * Counts each month from the children's records as they were known when it was extracted, by undoing what the audit
 * trail says was done to them since: a record added later is left out, a change made later is undone, a record removed
 * later is counted again. Only children with something in the trail after a month's extract time are gathered again
 * (for that month), so the cost follows the changes, not the children times the months.
 * <p>What the trail cannot give back is counted as recorded today: records loaded in bulk (the demo, a 903 load), which
 * the trail does not hold, and the fostering households, adopters and enquiries (the trail is read for children's
 * records only). A child whose earlier records cannot be gathered again (the trail disagreeing with them) is counted
 * as today, and the log says so by identifier.
 */
final class AsKnownThen {

    private static final Logger LOG = Logger.getLogger(AsKnownThen.class.getName());

    private final Map<String, Class<?>> types;

    /** {@code types}: the record classes by the name the trail gives them. */
    AsKnownThen(Map<String, Class<?>> types) {
        this.types = types;
    }

    /**
     * Registers with {@code council} each child as known at each month's extract time; {@code events}: the trail's
     * additions, changes and removals since the earliest of them, of any child.
     */
    void apply(CouncilHistory council, Map<ReportingMonth, LocalDateTime> extractedAt, List<AuditEvent> events) {
        Map<Long, List<AuditEvent>> byChild = new HashMap<>();
        events.stream().filter(e -> e.getChildId() != null && e.getAction() != AuditAction.READ)
                .forEach(e -> byChild.computeIfAbsent(e.getChildId(), c -> new ArrayList<>()).add(e));
        if (byChild.isEmpty()) {
            return;
        }
        for (ChildHistory today : council.children()) {
            List<AuditEvent> trail = byChild.get(today.id());
            if (trail == null) {
                continue;
            }
            trail.sort(Comparator.comparing(AuditEvent::getHappenedAt).thenComparing(AuditEvent::getId, Comparator.nullsLast(Long::compare))
                    .reversed());
            Map<Integer, ChildHistory> byUndone = new HashMap<>();
            extractedAt.forEach((month, at) -> {
                int later = (int) trail.stream().filter(e -> e.getHappenedAt().isAfter(at)).count();
                if (later > 0) {
                    council.replace(month, today, byUndone.computeIfAbsent(later, n -> then(today, trail.subList(0, n))));
                }
            });
        }
    }

    /** The child as known before the {@code later} events (newest first), or null when not yet recorded then. */
    ChildHistory then(ChildHistory today, List<AuditEvent> later) {
        Map<Long, Object> records = new LinkedHashMap<>();
        today.records().forEach(r -> records.put(((Recorded) r).getId(), r));
        Map<Long, Object> copied = new HashMap<>();
        for (AuditEvent e : later) {
            long id = e.getRecordId();
            switch (e.getAction()) {
                case CREATE -> records.remove(id);
                case UPDATE -> {
                    Object record = records.get(id);
                    if (record != null) {
                        Object copy = copied.computeIfAbsent(id, k -> Revert.copy(record));
                        records.put(id, copy);
                        Revert.undo(copy, e.getChanges(), records::get);
                    }
                }
                case DELETE -> {
                    Class<?> type = types.get(e.getRecordType());
                    if (type != null) {
                        Object restored = Revert.restore(type, id, e.getChanges(), records::get);
                        copied.put(id, restored);
                        records.put(id, restored);
                    }
                }
                default -> {
                }
            }
        }
        if (!(records.get(today.id()) instanceof Child)) {
            return null;
        }
        try {
            List<ChildHistory> gathered = CouncilHistory.of(new ArrayList<>(records.values()), Map.of()).children();
            return gathered.isEmpty() ? null : gathered.get(0);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Child " + today.id() + " is counted as recorded today: their records as known earlier could not be "
                    + "gathered (" + e.getMessage() + ")");
            return today;
        }
    }
}
