package org.corporateparenting.application.indicator;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.indicator.Area;
import org.corporateparenting.domain.indicator.Benchmark;
import org.corporateparenting.domain.indicator.Commentary;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.indicator.IndicatorComment;
import org.corporateparenting.domain.indicator.IndicatorTarget;
import org.corporateparenting.domain.indicator.PublishedMonth;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.BoardCommentRepository;
import org.corporateparenting.infrastructure.persistence.IndicatorSettingsRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The board's dataset: publishing a month (analysts and administrators), backfilling the last months in one
 * action, and reading a published month, its revisions and an indicator's history (every signed-in role;
 * councillors get small numbers suppressed by the council's disclosure threshold). Figures are read from
 * published months only, so the same figure shows the same value everywhere.
 */
@Stateless
@RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
public class DatasetService {

    public static final int MAX_BACKFILL = 120;

    @EJB
    private IndicatorSettingsRepository settings;

    @EJB
    private BoardCommentRepository comments;

    @Resource
    private SessionContext context;

    @EJB
    private UserService users;

    @EJB
    private DatasetPublisher publisher;

    @EJB
    private PublishedMonths months;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    @ConfigProperty(name = "care.disclosure.threshold", defaultValue = "5")
    int disclosureThreshold;

    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    public PublishOutcome publish(String month) {
        ReportingMonth chosen = completeMonth(month);
        return publisher.publish(users.callerCouncilId(), List.of(chosen), caller(), false).get(0);
    }

    /**
     * Publishes (or re-runs) the {@code count} complete months up to last month, in one pass over the records: a month
     * never published before from the records as known when it would have been extracted ({@link DatasetPublisher}).
     */
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    public List<PublishOutcome> backfill(int count) {
        if (count < 1 || count > MAX_BACKFILL) {
            throw RuleViolation.of("months", "Backfill between 1 and " + MAX_BACKFILL + " months.");
        }
        List<ReportingMonth> chosen = ReportingMonth.ending(ReportingMonth.lastCompleteBefore(LocalDate.now()), count);
        return publisher.publish(users.callerCouncilId(), chosen, caller(), true);
    }

    public List<Definition> definitions() {
        return catalogue.catalogue().definitions();
    }

    public List<String> publishedMonths() {
        return months.months(users.callerCouncilId());
    }

    /** A published month; the latest revision unless {@code revision} is given. */
    public DatasetView dataset(String month, Integer revision) {
        return read(month, revision, false, false).dataset();
    }

    /** A published month's summary page: the dataset with its headline tiles and sentences. */
    public BoardSummary summary(String month) {
        return read(month, null, true, false);
    }

    /**
     * A published month's summary as published outputs (the board pack) print it: small numbers are withheld
     * whoever asks, since a pack leaves the system.
     */
    public BoardSummary summaryForPublication(String month) {
        return read(month, null, true, true);
    }

    /**
     * Reads a published month; the headline sentences are written only when {@code withHeadlines}; small numbers
     * are withheld for councillors, and for everyone when {@code forPublication}.
     */
    private BoardSummary read(String month, Integer revision, boolean withHeadlines, boolean forPublication) {
        long council = users.callerCouncilId();
        ReportingMonth chosen = parse(month);
        PublishedMonth shown = revision == null ? publisher.latest(council, chosen)
                : months.revisions(council, chosen).stream().filter(p -> p.getRevision() == revision).findFirst().orElse(null);
        if (shown == null) {
            throw new RecordNotFound("Month " + chosen + (revision == null ? "" : " revision " + revision) + " has not been published.");
        }
        // from 13 months back: the same month last year is withheld as it was then, its month before included (stock and flow)
        Map<ReportingMonth, PublishedMonth> around = new TreeMap<>(months.latest(council, chosen.minus(13), chosen));
        // and each earlier year end with its month before, for the earlier years' figures
        for (ReportingMonth yearEnd : chosen.yearEndsUpTo(DatasetViewBuilder.YEAR_ENDS)) {
            if (!around.containsKey(yearEnd)) {
                around.putAll(months.latest(council, yearEnd.previous(), yearEnd));
            }
        }
        List<Commentary> commentary = comments.commentaryOf(council, chosen.toString());
        DatasetViewBuilder builder = builder(council, around, forPublication);
        List<IndicatorComment> notes = comments.indicatorCommentsOf(council, chosen.toString());
        DatasetView view = builder.build(shown, latestPerArea(commentary), notes);
        List<Headline> headlines = withHeadlines
                ? new HeadlineWriter(chosen, builder.headlineFigures(chosen), disclosureThreshold).write() : List.of();
        return new BoardSummary(view, BoardSummary.TILES, headlines, disclosureThreshold);
    }

    /** Every revision of a month, each with what changed from the one before. */
    public List<PublishOutcome> revisions(String month) {
        List<PublishedMonth> all = months.revisions(users.callerCouncilId(), parse(month));
        List<PublishOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            outcomes.add(new PublishOutcome(month, all.get(i).getRevision(), true,
                    i == 0 ? List.of() : DatasetPublisher.changes(all.get(i - 1).dataset(), all.get(i).dataset())));
        }
        return outcomes;
    }

    /** An indicator's published figures for the {@code count} months up to {@code month}, with target and benchmarks. */
    public IndicatorHistory history(String code, String month, int count) {
        if (count < 1 || count > MAX_BACKFILL) {
            throw RuleViolation.of("months", "Choose between 1 and " + MAX_BACKFILL + " months.");
        }
        Definition definition = catalogue.definition(code);
        long council = users.callerCouncilId();
        ReportingMonth last = parse(month);
        // one month more than shown: the first month's flows are withheld as the board withholds them (stock and flow)
        Map<ReportingMonth, PublishedMonth> published = months.latest(council, last.minus(count), last);
        DatasetViewBuilder builder = builder(council, published, false);
        List<IndicatorHistory.Point> points = new ArrayList<>();
        for (ReportingMonth m : ReportingMonth.ending(last, count)) {
            IndicatorTarget target = builder.targetFor(code, m.financialYear());
            PublishedMonth p = published.get(m);
            points.add(new IndicatorHistory.Point(m.toString(), m.label(), builder.shown(definition, m), builder.withheld(definition, m),
                    target == null ? null : target.getTarget(), p == null ? null : p.getRevision(),
                    p == null ? null : p.getExtractedAt()));
        }
        return new IndicatorHistory(definition, points, builder.benchmarksOf(code));
    }

    private DatasetViewBuilder builder(long council, Map<ReportingMonth, PublishedMonth> published, boolean forPublication) {
        List<IndicatorTarget> targets = settings.allTargets(council);
        List<Benchmark> benchmarks = settings.allBenchmarks(council);
        boolean seesSmallNumbers = !forPublication && context.isCallerInRole(Role.PRACTITIONER);
        Disclosure disclosure = seesSmallNumbers ? null : new Disclosure(disclosureThreshold);
        return new DatasetViewBuilder(catalogue.catalogue(), published, targets, benchmarks, disclosure);
    }

    private static List<Commentary> latestPerArea(List<Commentary> all) {
        Map<Area, Commentary> latest = new EnumMap<>(Area.class);
        for (Commentary c : all) {
            latest.put(c.getArea(), c);
        }
        return new ArrayList<>(latest.values());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** The month as YYYY-MM, refused with the month field's message when it is not one. */
    public static String monthOf(String month) {
        return parse(month).toString();
    }

    static ReportingMonth parse(String month) {
        try {
            return ReportingMonth.parse(month);
        } catch (DateTimeParseException | NullPointerException e) {
            throw RuleViolation.of("month", "Give the month as YYYY-MM, for example 2023-03.");
        }
    }

    private static ReportingMonth completeMonth(String month) {
        ReportingMonth chosen = parse(month);
        if (!chosen.end().isBefore(LocalDate.now())) {
            throw RuleViolation.of("month", "Only a month that has ended can be published; " + chosen.label() + " has not.");
        }
        return chosen;
    }
}
