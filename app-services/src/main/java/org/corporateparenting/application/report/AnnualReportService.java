package org.corporateparenting.application.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.indicator.IndicatorCatalogue;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.disclosure.DisclosureRule;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.report.ReportText;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.StaleRecord;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.annual.AnnualReport;
import org.corporateparenting.report.annual.AnnualReportReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The annual reports to the Corporate Parenting Board, each for a financial year: its figures (counted by the
 * report's {@link AnnualSource}), its authors' words (saved per year with version checks), a draft in PDF or Word,
 * reconciliation ({@link AnnualReconciliation} within the report, {@link SharedFigures} across the year's reports and
 * the board's dataset; a report with an empty statutory section or a figure that differs is not published), and
 * publishing as an edition. Small numbers are withheld in every rendering, draft or published, so a draft shows
 * exactly what will leave the system. Practitioners read; the
 * report's own team, performance analysts and administrators write and publish.
 */
@Stateless
@RolesAllowed(Role.PRACTITIONER)
public class AnnualReportService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserService users;

    @EJB
    private EditionService editions;

    @Inject
    @Any
    Instance<AnnualSource> sources;

    @Inject
    AgencySource agency;

    @EJB
    DatasetService dataset;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    BoardSource board;

    @Inject
    @ConfigProperty(name = "care.disclosure.threshold", defaultValue = "5")
    int disclosureThreshold;

    /** The years a report can be written for: the last four that have ended, latest first. */
    public List<String> years() {
        ReportingYear last = ReportingYear.lastEndedBy(LocalDate.now(UK));
        return Stream.iterate(last, ReportingYear::previous).limit(4).map(ReportingYear::label).toList();
    }

    public AnnualFigures figures(String report, String year) {
        return source(report).figures(users.callerCouncilId(), parse(year));
    }

    /** Every part's words for the year (cover, sections, closing fields), as an author edits them. */
    public List<TextView> texts(String report, String year) {
        AnnualSource source = source(report);
        Map<String, ReportText> stored = stored(source, parse(year));
        AnnualReportWriter writer = writer(source, parse(year), figures(report, year), stored);
        return source.spec().parts().stream().map(b -> view(source.spec(), b, stored.get(b.key()), writer)).toList();
    }

    /** Saves an author's words; {@code version} is the version they opened (null when there was none yet). */
    public TextView saveText(String report, String year, String key, String body, Integer version) {
        AnnualSource source = writable(report);
        ReportingYear chosen = parse(year);
        ReportSpec.Block part = source.spec().parts().stream().filter(b -> b.key().equals(key)).findFirst()
                .orElseThrow(() -> RuleViolation.of("key", "The " + source.spec().title() + " has no part called " + key + "."));
        if (body == null || body.length() > ReportText.MAX_LENGTH) {
            throw RuleViolation.of("body", "Write at most " + ReportText.MAX_LENGTH + " characters.");
        }
        ReportText text = stored(source, chosen).get(key);
        String editor = context.getCallerPrincipal().getName();
        if (text == null) {
            if (version != null) {
                throw RuleViolation.of("version", "These words have not been saved before: save them without a version.");
            }
            text = new ReportText(em.getReference(Council.class, users.callerCouncilId()), source.spec().kind(), chosen.label(), key, body,
                    editor, Instant.now());
            em.persist(text);
        } else {
            if (version == null || version != text.getVersion()) {
                throw new StaleRecord("Report text", text.getId(), text.getVersion(), text.getEditedBy(),
                        text.getEditedAt().atZone(UK).toLocalDateTime());
            }
            text.edit(body, editor, Instant.now());
        }
        em.flush();
        return view(source.spec(), part, text, writer(source, chosen, figures(report, year), stored(source, chosen)));
    }

    public EditionFile draft(String report, String year, Format format) {
        AnnualSource source = source(report);
        ReportingYear chosen = parse(year);
        AnnualReport rows = writer(source, chosen, figures(report, year), stored(source, chosen)).write(source.spec(),
                "Draft, not yet published. Small numbers are withheld as they will be when published.");
        return new EditionFile(source.slug() + "-annual-" + chosen.label() + "-draft." + format.extension(), format.mediaType(),
                AnnualReportReport.render(rows, format));
    }

    public List<String> check(String report, String year) {
        AnnualSource source = source(report);
        ReportingYear chosen = parse(year);
        AnnualFigures figures = figures(report, year);
        return failures(source, chosen, figures, writer(source, chosen, figures, stored(source, chosen)));
    }

    /** Reconciliation within the report ({@link AnnualReconciliation}), then across the year's reports ({@link SharedFigures}). */
    private List<String> failures(AnnualSource source, ReportingYear year, AnnualFigures figures, AnnualReportWriter writer) {
        List<String> failures = new ArrayList<>(AnnualReconciliation.failures(figures, source.spec(), writer,
                source.agreements(figures, year)));
        failures.addAll(shared(source, year, figures));
        return failures;
    }

    /**
     * The board's indicators the report prints, compared with every other report of the council's year that prints
     * them and with the board's published dataset for March.
     */
    private List<String> shared(AnnualSource current, ReportingYear year, AnnualFigures currentFigures) {
        Set<String> codes = new HashSet<>(current.indicatorLines(currentFigures).values());
        if (codes.isEmpty() || current.acrossCouncils()) {
            return List.of();
        }
        long council = users.callerCouncilId();
        List<SharedFigures.Printed> printed = new ArrayList<>();
        sources.stream().filter(s -> s.availableTo(council) && !s.acrossCouncils()).forEach(s -> {
            AnnualFigures f = s.slug().equals(current.slug()) ? currentFigures : s.figures(council, year);
            printed.addAll(SharedFigures.printed("the " + s.spec().title(), f, s.indicatorLines(f)));
        });
        String march = YearEndIndicators.march(year).toString();
        Map<String, Long> published = new HashMap<>();
        try {
            dataset.dataset(march, null).rows().stream().filter(r -> r.numerator() != null)
                    .forEach(r -> published.put(r.code(), Math.round(r.numerator())));
        } catch (RecordNotFound notPublished) {
            // March is not published: the reports are compared with each other only.
        }
        Map<String, String> titles = new HashMap<>();
        catalogue.catalogue().definitions().forEach(d -> titles.put(d.code(), d.title()));
        return SharedFigures.differences(codes, printed, published, "the board's dataset for " + march, titles);
    }

    public List<EditionView> publish(String report, String year) {
        AnnualSource source = writable(report);
        ReportingYear chosen = parse(year);
        AnnualFigures figures = figures(report, year);
        AnnualReportWriter writer = writer(source, chosen, figures, stored(source, chosen));
        List<String> failures = failures(source, chosen, figures, writer);
        if (!failures.isEmpty()) {
            throw new RuleViolation(failures.stream().map(f -> new FieldError("report", f)).toList());
        }
        String publisher = context.getCallerPrincipal().getName();
        AnnualReport rows = writer.write(source.spec(), "Published " + UkDates.day(Instant.now()) + " by " + publisher + ".");
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        for (Format format : Format.values()) {
            files.put(format, AnnualReportReport.render(rows, format));
        }
        return editions.keep(source.spec().kind(), chosen.label(), "Case records as at " + UkDates.moment(Instant.now()), files);
    }

    /** The annual reports the caller may open: their names in addresses, with their titles, in title order. */
    public Map<String, String> reports() {
        Map<String, String> bySlug = new LinkedHashMap<>();
        long council = users.callerCouncilId();
        sources.stream().filter(s -> s.availableTo(council) && (!s.acrossCouncils() || mayWrite(s)))
                .sorted(Comparator.comparing(s -> s.spec().title())).forEach(s -> bySlug.put(s.slug(), s.spec().title()));
        return bySlug;
    }

    /** The report's title, as its cover prints it. */
    public String title(String report) {
        return source(report).spec().title();
    }

    /** Whether the caller may write and publish the report. */
    public boolean mayWrite(String report) {
        return mayWrite(source(report));
    }

    private boolean mayWrite(AnnualSource source) {
        String role = source.writerRole();
        return context.isCallerInRole(role) || context.isCallerInRole(Role.PERFORMANCE_ANALYST) || context.isCallerInRole(Role.ADMINISTRATOR);
    }

    private AnnualSource writable(String report) {
        if (!mayWrite(source(report))) {
            throw new EJBAccessException("Only the report's team, performance analysts and administrators write the " + report + " report.");
        }
        return source(report);
    }

    /**
     * The report, if the caller's council has it; a report across councils only for those who write it (it counts
     * other councils' children).
     */
    private AnnualSource source(String report) {
        long council = users.callerCouncilId();
        AnnualSource source = sources.stream().filter(s -> s.slug().equals(report) && s.availableTo(council)).findFirst()
                .orElseThrow(() -> new RecordNotFound("There is no annual report called " + report + " for this council."));
        if (source.acrossCouncils() && !mayWrite(source)) {
            throw new EJBAccessException("Only the " + report + " report's team, performance analysts and administrators read it.");
        }
        return source;
    }

    private Map<String, ReportText> stored(AnnualSource source, ReportingYear year) {
        Map<String, ReportText> texts = new HashMap<>();
        em.createQuery("select t from ReportText t where t.council.id = :c and t.kind = :k and t.period = :p", ReportText.class)
                .setParameter("c", users.callerCouncilId()).setParameter("k", source.spec().kind()).setParameter("p", year.label())
                .getResultStream().forEach(t -> texts.put(t.getKey(), t));
        return texts;
    }

    private AnnualReportWriter writer(AnnualSource source, ReportingYear year, AnnualFigures figures, Map<String, ReportText> stored) {
        Map<String, String> words = new HashMap<>();
        stored.forEach((k, t) -> words.put(k, t.getBody()));
        long council = users.callerCouncilId();
        return new AnnualReportWriter(figures, words, new Disclosure(disclosureThreshold), em.find(Council.class, council).getName(),
                output(source, council), () -> period(council, year, source, figures));
    }

    /**
     * Every report the council publishes for the year, and where it belongs to a regional adoption agency the agency's
     * report and each member council's adoption report, disclosed together ({@link PeriodDisclosure}).
     */
    private PeriodDisclosure period(long council, ReportingYear year, AnnualSource current, AnnualFigures currentFigures) {
        Map<String, PeriodDisclosure.Output> outputs = new LinkedHashMap<>();
        BoardSource.Disclosed onTheBoard = board.disclosed(council, year);
        sources.stream().filter(s -> s.availableTo(council) && !s.acrossCouncils()).forEach(s -> {
            AnnualFigures f = s.slug().equals(board.slug()) ? onTheBoard.figures()
                    : s.slug().equals(current.slug()) ? currentFigures : s.figures(council, year);
            outputs.put(output(s, council), PeriodDisclosure.Output.alone(output(s, council), s.spec().title(), council, f)
                    .linked(s.indicatorLines(f), Map.of(), List.of()));
        });
        agency.period(council, year).forEach(o -> outputs.putIfAbsent(o.id(), o));
        return PeriodDisclosure.of(List.copyOf(outputs.values()), new DisclosureRule(disclosureThreshold), onTheBoard.marks());
    }

    /** The report's name among the period's outputs: the agency's by its host, every other by the council. */
    private String output(AnnualSource source, long council) {
        return source.slug() + ":" + (source.acrossCouncils() ? agency.host(council) : council);
    }

    private static TextView view(ReportSpec spec, ReportSpec.Block part, ReportText stored, AnnualReportWriter writer) {
        String body = stored == null ? part.starting() : stored.getBody();
        Optional<ReportSpec.Section> section = spec.section(part.key());
        return new TextView(part.key(), part.label(), body, stored == null, stored == null ? null : stored.getVersion(),
                stored == null ? null : stored.getEditedBy(), stored == null ? null : stored.getEditedAt(),
                List.copyOf(writer.unknownReferences(body)), section.map(ReportSpec.Section::statutory).orElse(false),
                section.map(ReportSpec.Section::guidance).orElse(""));
    }

    private static ReportingYear parse(String year) {
        try {
            return ReportingYear.parse(year);
        } catch (DateTimeParseException e) {
            throw RuleViolation.of("year", "Give the financial year as 2025-26.");
        }
    }
}
