package org.corporateparenting.application.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.indicator.CouncilHistoryLoader;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.domain.report.ReportText;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.StaleRecord;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.infrastructure.persistence.ReviewRepository;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.annual.AnnualReport;
import org.corporateparenting.report.annual.AnnualReportReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The IRO service's annual report to the Corporate Parenting Board for a financial year: its figures
 * ({@link IroYearFigures}, from the case records), its authors' words (cover fields and sections, saved per year
 * with version checks), a draft in PDF or Word, reconciliation, and publishing as an edition. Small numbers are
 * withheld in every rendering, draft or published, so a draft shows exactly what will leave the system.
 * Practitioners read; IROs, performance analysts and administrators write and publish.
 */
@Stateless
@RolesAllowed(Role.PRACTITIONER)
public class IroReportService {

    private static final ReportSpec SPEC = IroReportSpec.SPEC;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserService users;

    @EJB
    private CouncilHistoryLoader histories;

    @EJB
    private ReviewRepository reviews;

    @EJB
    private DatasetService dataset;

    @EJB
    private EditionService editions;

    @Inject
    @ConfigProperty(name = "care.disclosure.threshold", defaultValue = "5")
    int disclosureThreshold;

    /** The years a report can be written for: the last four that have ended, latest first. */
    public List<String> years() {
        ReportingYear last = ReportingYear.lastEndedBy(LocalDate.now(ZoneId.of("Europe/London")));
        return Stream.iterate(last, ReportingYear::previous).limit(4).map(ReportingYear::label).toList();
    }

    public AnnualFigures figures(String year) {
        ReportingYear chosen = parse(year);
        long council = users.callerCouncilId();
        return IroYearFigures.of(histories.load(council), chosen, caseloads(council, chosen.end()), caseloads(council, chosen.previous().end()));
    }

    /** Every cover field and section's words for the year, as an author edits them. */
    public List<TextView> texts(String year) {
        AnnualFigures figures = figures(year);
        Map<String, ReportText> stored = stored(parse(year));
        AnnualReportWriter writer = writer(figures, stored);
        List<TextView> views = new ArrayList<>();
        SPEC.parts().forEach(b -> views.add(view(b.key(), b.label(), b.starting(), stored.get(b.key()), writer)));
        return views;
    }

    /** Saves an author's words; {@code version} is the version they opened (null when there was none yet). */
    @RolesAllowed({Role.IRO, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    public TextView saveText(String year, String key, String body, Integer version) {
        ReportingYear chosen = parse(year);
        String label = SPEC.parts().stream().filter(b -> b.key().equals(key)).map(ReportSpec.Block::label).findFirst()
                .orElseThrow(() -> RuleViolation.of("key", "The IRO report has no part called " + key + "."));
        if (body == null || body.length() > ReportText.MAX_LENGTH) {
            throw RuleViolation.of("body", "Write at most " + ReportText.MAX_LENGTH + " characters.");
        }
        ReportText text = stored(chosen).get(key);
        String editor = context.getCallerPrincipal().getName();
        if (text == null) {
            if (version != null) {
                throw RuleViolation.of("version", "These words have not been saved before: save them without a version.");
            }
            text = new ReportText(em.getReference(Council.class, users.callerCouncilId()), SPEC.kind(), chosen.label(), key, body, editor,
                    Instant.now());
            em.persist(text);
        } else {
            if (version == null || version != text.getVersion()) {
                throw new StaleRecord("Report text", text.getId(), text.getVersion(), text.getEditedBy(),
                        text.getEditedAt().atZone(ZoneId.of("Europe/London")).toLocalDateTime());
            }
            text.edit(body, editor, Instant.now());
        }
        em.flush();
        return view(key, label, "", text, writer(figures(year), stored(chosen)));
    }

    public EditionFile draft(String year, Format format) {
        ReportingYear chosen = parse(year);
        AnnualFigures figures = figures(year);
        AnnualReport report = writer(figures, stored(chosen)).write(SPEC, "Draft, not yet published. Small numbers are withheld as they "
                + "will be when published.");
        return new EditionFile("iro-annual-" + chosen.label() + "-draft." + format.extension(), format.mediaType(),
                AnnualReportReport.render(report, format));
    }

    public List<String> check(String year) {
        ReportingYear chosen = parse(year);
        AnnualFigures figures = figures(year);
        return AnnualReconciliation.failures(figures, SPEC, writer(figures, stored(chosen)), agreements(figures, chosen));
    }

    @RolesAllowed({Role.IRO, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    public List<EditionView> publish(String year) {
        ReportingYear chosen = parse(year);
        AnnualFigures figures = figures(year);
        AnnualReportWriter writer = writer(figures, stored(chosen));
        List<String> failures = AnnualReconciliation.failures(figures, SPEC, writer, agreements(figures, chosen));
        if (!failures.isEmpty()) {
            throw new RuleViolation(failures.stream().map(f -> new FieldError("report", f)).toList());
        }
        AnnualReport report = writer.write(SPEC, "Published " + UkDates.day(Instant.now())
                + " by " + context.getCallerPrincipal().getName() + ".");
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        for (Format format : Format.values()) {
            files.put(format, AnnualReportReport.render(report, format));
        }
        return editions.keep(SPEC.kind(), chosen.label(), "Case records as at " + UkDates.moment(Instant.now()),
                files);
    }

    /** The measures that appear in more than one place, with their value in each. */
    private Map<String, Map<String, Long>> agreements(AnnualFigures figures, ReportingYear year) {
        Map<String, Long> inCare = new LinkedHashMap<>();
        for (String key : List.of("age", "sex", "legal")) {
            figures.tables().stream().filter(t -> t.key().equals(key)).findFirst()
                    .ifPresent(t -> inCare.put("the table " + t.title().toLowerCase(), t.total().thisYear()));
        }
        figures.references().stream().filter(r -> r.key().equals("cic.yearEnd"))
                .forEach(r -> inCare.put("the words ({cic.yearEnd})", r.numerator()));
        String march = year.end().toString().substring(0, 7);
        try {
            dataset.dataset(march, null).rows().stream().filter(r -> r.code().equals("CIC_COUNT") && r.numerator() != null)
                    .forEach(r -> inCare.put("the board's dataset for " + march, r.numerator().longValue()));
        } catch (RecordNotFound notPublished) {
            // The board's month is not published: nothing to compare with.
        }
        Map<String, Long> reviewsHeld = new LinkedHashMap<>();
        for (String key : List.of("reviews", "participation")) {
            figures.tables().stream().filter(t -> t.key().equals(key)).findFirst()
                    .ifPresent(t -> reviewsHeld.put("the table " + t.title().toLowerCase(), t.total().thisYear()));
        }
        figures.tables().stream().filter(t -> t.key().equals("onTime")).findFirst()
                .ifPresent(t -> reviewsHeld.put("the table " + t.title().toLowerCase(), t.total().thisOf()));
        return Map.of("Children in care on 31 March", inCare, "Reviews held", reviewsHeld);
    }

    private Map<String, Long> caseloads(long council, LocalDate date) {
        Map<String, Long> loads = new HashMap<>();
        reviews.caseloads(council, date).forEach(row -> loads.put((String) row[0], ((Number) row[1]).longValue()));
        return loads;
    }

    private Map<String, ReportText> stored(ReportingYear year) {
        Map<String, ReportText> texts = new HashMap<>();
        em.createQuery("select t from ReportText t where t.council.id = :c and t.kind = :k and t.period = :p", ReportText.class)
                .setParameter("c", users.callerCouncilId()).setParameter("k", SPEC.kind()).setParameter("p", year.label())
                .getResultStream().forEach(t -> texts.put(t.getKey(), t));
        return texts;
    }

    private AnnualReportWriter writer(AnnualFigures figures, Map<String, ReportText> stored) {
        Map<String, String> words = new HashMap<>();
        stored.forEach((k, t) -> words.put(k, t.getBody()));
        return new AnnualReportWriter(figures, words, new Disclosure(disclosureThreshold), councilName());
    }

    private static TextView view(String key, String label, String starting, ReportText stored, AnnualReportWriter writer) {
        String body = stored == null ? starting : stored.getBody();
        return new TextView(key, label, body, stored == null, stored == null ? null : stored.getVersion(),
                stored == null ? null : stored.getEditedBy(), stored == null ? null : stored.getEditedAt(),
                List.copyOf(writer.unknownReferences(body)));
    }

    private String councilName() {
        return em.find(Council.class, users.callerCouncilId()).getName();
    }

    private static ReportingYear parse(String year) {
        try {
            return ReportingYear.parse(year);
        } catch (DateTimeParseException e) {
            throw RuleViolation.of("year", "Give the financial year as 2025-26.");
        }
    }
}
