package org.corporateparenting.application.indicator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.indicator.ChildHistory;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.HouseholdHistory;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.shared.Recorded;
import org.corporateparenting.infrastructure.persistence.Revert;

/**
 * Counts each month from the children's records as they were known when it was extracted, by undoing what the audit
 * trail says was done to them since: a record added later is left out, a change made later is undone, a record removed
 * later is counted again. Only the children (and households) with something in the trail after a month's extract time are
 * gathered again (for that month), so the cost follows the changes, not the children times the months.
 * The same is done for each fostering household (its approvals, visits, allegations, complaints and the episodes placed
 * with it), by the identifiers of its records, and for each prospective adopters' household and fostering enquiry.
 * <p>What the trail cannot give back is counted as recorded today: records loaded in bulk (the demo, a 903 load), which
 * the trail does not hold; a household's record removed later (the trail does not say whose it was). A child or household whose earlier records cannot be gathered again (the trail disagreeing with
 * them) is counted as today, and the log says so by identifier.
 */
final class AsKnownThen {

    private static final Logger LOG = Logger.getLogger(AsKnownThen.class.getName());

    private final Map<String, Class<?>> types;

    /** {@code types}: the record classes by the name the trail gives them. */
    AsKnownThen(Map<String, Class<?>> types) {
        this.types = types;
    }

    /**
     * Registers with {@code council} each child and household as known at each month's extract time; {@code events}: the
     * trail's additions, changes and removals since the earliest of them.
     */
    void apply(CouncilHistory council, Map<ReportingMonth, LocalDateTime> extractedAt, List<AuditEvent> events) {
        Map<Long, List<AuditEvent>> byChild = new HashMap<>();
        Map<Long, List<AuditEvent>> byRecord = new HashMap<>();
        events.stream().filter(e -> e.getAction().isChange()).forEach(e -> {
            byRecord.computeIfAbsent(e.getRecordId(), r -> new ArrayList<>()).add(e);
            if (e.getChildId() != null) {
                byChild.computeIfAbsent(e.getChildId(), c -> new ArrayList<>()).add(e);
            }
        });
        for (ChildHistory today : council.children()) {
            List<AuditEvent> trail = byChild.get(today.id());
            if (trail != null) {
                replace(council, extractedAt, today, trail, later -> child(today, later));
            }
        }
        for (HouseholdHistory today : council.households()) {
            List<AuditEvent> trail = today.records().stream().map(r -> byRecord.get(((Recorded) r).getId()))
                    .filter(Objects::nonNull).flatMap(List::stream).distinct().collect(Collectors.toCollection(ArrayList::new));
            if (!trail.isEmpty()) {
                replace(council, extractedAt, today, trail, later -> household(today, later));
            }
        }
        List<Object> single = new ArrayList<>(council.adopters());
        single.addAll(council.enquiries());
        for (Object today : single) {
            long id = ((Recorded) today).getId();
            List<AuditEvent> trail = byRecord.get(id);
            if (trail != null) {
                replace(council, extractedAt, today, new ArrayList<>(trail), later -> undone(List.of(today), later).get(id));
            }
        }
    }

    /** For each month whose extract time comes before some of the subject's trail, the subject as known then. */
    private <T> void replace(CouncilHistory council, Map<ReportingMonth, LocalDateTime> extractedAt, T today, List<AuditEvent> trail,
            Function<List<AuditEvent>, T> before) {
        trail.sort(Comparator.comparing(AuditEvent::getHappenedAt).thenComparing(AuditEvent::getId, Comparator.nullsLast(Long::compare))
                .reversed());
        Map<Integer, Optional<T>> byUndone = new HashMap<>();
        extractedAt.forEach((month, at) -> {
            int later = (int) trail.stream().filter(e -> e.getHappenedAt().isAfter(at)).count();
            if (later > 0) {
                council.replace(month, today, byUndone.computeIfAbsent(later, n -> Optional.ofNullable(before.apply(trail.subList(0, n))))
                        .orElse(null));
            }
        });
    }

    /** The child as known before the {@code later} events (newest first), or null when not yet recorded then. */
    ChildHistory child(ChildHistory today, List<AuditEvent> later) {
        Map<Long, Object> records = undone(today.records(), later);
        if (!(records.get(today.id()) instanceof Child)) {
            return null;
        }
        return gathered(records.values(), today, CouncilHistory::children, today.id());
    }

    /** The household as known before the {@code later} events, or null when not yet recorded then. */
    HouseholdHistory household(HouseholdHistory today, List<AuditEvent> later) {
        Map<Long, Object> records = undone(today.records(), later);
        if (!records.containsKey(today.id())) {
            return null;
        }
        List<Object> all = new ArrayList<>(records.values());
        records.values().stream().filter(Episode.class::isInstance).map(e -> ((Episode) e).getChild()).distinct().forEach(all::add);
        return gathered(all, today, CouncilHistory::households, today.id());
    }

    /** The subject gathered again from its records; as today (and said in the log) when they cannot be gathered. */
    private static <T> T gathered(Collection<Object> records, T today, Function<CouncilHistory, List<T>> of,
            Long id) {
        try {
            List<T> found = of.apply(CouncilHistory.of(new ArrayList<>(records), Map.of()));
            return found.isEmpty() ? null : found.get(0);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Record " + id + " is counted as recorded today: its records as known earlier could not be gathered ("
                    + e.getMessage() + ")");
            return today;
        }
    }

    /** The records with the {@code later} events (newest first) undone on copies: added ones left out, removed ones back. */
    private Map<Long, Object> undone(List<Object> today, List<AuditEvent> later) {
        Map<Long, Object> records = new LinkedHashMap<>();
        today.forEach(r -> records.put(((Recorded) r).getId(), r));
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
        return records;
    }
}
