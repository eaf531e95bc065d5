package org.corporateparenting.application.indicator;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.corporateparenting.domain.audit.AuditAction;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Measure;
import org.corporateparenting.domain.indicator.PublishedMonth;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes months of the dataset: reads the council's records once, computes every month asked for in one pass (a
 * month never published before, when asked, from the records as known when it was extracted), and stores each month
 * whose figures differ from its latest revision as a new revision (the first publication is revision 1). An unchanged
 * month keeps its revision, so re-running or backfilling never piles up copies, and no published figure is ever
 * overwritten. Internal: callers check roles.
 */
@Stateless
@PermitAll
public class DatasetPublisher {

    private static final Logger LOG = Logger.getLogger(DatasetPublisher.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CouncilHistoryLoader loader;

    @EJB
    private PublishedMonths published;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    @ConfigProperty(name = "care.dataset.extract-days", defaultValue = "10")
    int extractDays;

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * Publishes the months from the records as they stand now; with {@code knownThen}, a month never published before
     * and already past its extract day (the {@code care.dataset.extract-days}th day after it ends, 10 unless configured)
     * is computed from the records as known at the start of that day ({@link AsKnownThen}) and stored with
     * that extract time. A month published before is re-run as known now: a new revision shows what changed since.
     */
    public List<PublishOutcome> publish(long councilId, List<ReportingMonth> months, String by, boolean knownThen) {
        long started = System.nanoTime();
        Instant now = Instant.now();
        CouncilHistory history = loader.load(councilId);
        Map<ReportingMonth, PublishedMonth> previous = published.latest(councilId, Collections.min(months), Collections.max(months));
        Map<ReportingMonth, LocalDateTime> extracts = new HashMap<>();
        if (knownThen) {
            for (ReportingMonth month : months) {
                LocalDateTime at = month.end().plusDays(extractDays).atStartOfDay();
                if (previous.get(month) == null && at.atZone(UK).toInstant().isBefore(now)) {
                    extracts.put(month, at);
                }
            }
            knownAt(history, extracts);
        }
        List<Dataset> datasets = catalogue.catalogue().engine().compute(history, months);
        Council council = em.find(Council.class, councilId);
        List<PublishOutcome> outcomes = new ArrayList<>();
        for (Dataset dataset : datasets) {
            LocalDateTime at = extracts.get(dataset.month());
            outcomes.add(store(council, dataset, previous.get(dataset.month()), at == null ? now : at.atZone(UK).toInstant(), by));
        }
        LOG.info(() -> String.format("Dataset of council %d published for %d months by %s in %d ms", councilId, months.size(), by,
                (System.nanoTime() - started) / 1_000_000));
        return outcomes;
    }

    private void knownAt(CouncilHistory history, Map<ReportingMonth, LocalDateTime> extracts) {
        if (extracts.isEmpty()) {
            return;
        }
        LocalDateTime earliest = extracts.values().stream().min(LocalDateTime::compareTo).orElseThrow();
        List<AuditEvent> events = em.createQuery("select a from AuditEvent a where a.happenedAt > :t and a.action in :changes",
                AuditEvent.class).setParameter("t", earliest).setParameter("changes", AuditAction.CHANGES).getResultList();
        Map<String, Class<?>> types = new HashMap<>();
        em.getMetamodel().getEntities().forEach(e -> types.put(e.getJavaType().getSimpleName(), e.getJavaType()));
        new AsKnownThen(types).apply(history, extracts, events);
    }

    /** The latest revision of a month, or null when it has never been published. */
    public PublishedMonth latest(long councilId, ReportingMonth month) {
        return em.createQuery("select p from PublishedMonth p where p.council.id = :c and p.month = :m order by p.revision desc",
                PublishedMonth.class).setParameter("c", councilId).setParameter("m", month.toString()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private PublishOutcome store(Council council, Dataset dataset, PublishedMonth previous, Instant extractedAt, String by) {
        List<PublishOutcome.FigureChange> changes = previous == null ? List.of() : changes(previous.dataset(), dataset);
        if (previous != null && changes.isEmpty()) {
            return new PublishOutcome(dataset.month().toString(), previous.getRevision(), false, List.of());
        }
        int revision = previous == null ? 1 : previous.getRevision() + 1;
        em.persist(new PublishedMonth(council, dataset, revision, extractedAt, by, catalogue.catalogue().definitions()));
        return new PublishOutcome(dataset.month().toString(), revision, true, changes);
    }

    static List<PublishOutcome.FigureChange> changes(Dataset before, Dataset after) {
        Map<String, Measure> old = before.measures().stream().collect(Collectors.toMap(Measure::code, Function.identity()));
        List<PublishOutcome.FigureChange> changes = new ArrayList<>();
        for (Measure now : after.measures()) {
            Measure was = old.get(now.code());
            if (was == null || !Objects.equals(was.value(), now.value()) || was.numerator() != now.numerator()
                    || !Objects.equals(was.denominator(), now.denominator())) {
                changes.add(new PublishOutcome.FigureChange(now.code(), was == null ? null : was.value(), now.value(),
                        was == null ? null : was.numerator(), now.numerator()));
            }
        }
        return changes;
    }
}
