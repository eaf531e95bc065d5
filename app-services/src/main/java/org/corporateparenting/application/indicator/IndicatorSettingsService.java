package org.corporateparenting.application.indicator;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.ssda903.CsvTable;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.indicator.Area;
import org.corporateparenting.domain.indicator.Benchmark;
import org.corporateparenting.domain.indicator.BenchmarkKind;
import org.corporateparenting.domain.indicator.Commentary;
import org.corporateparenting.domain.indicator.IndicatorComment;
import org.corporateparenting.domain.indicator.IndicatorTarget;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.infrastructure.persistence.IndicatorSettingsRepository;
import org.corporateparenting.infrastructure.persistence.RecordStore;
import org.corporateparenting.domain.indicator.PopulationEstimate;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * What the council sets around the computed figures: targets and red thresholds per indicator and financial
 * year, benchmarks (entered, or imported from CSV all or nothing, every bad row named), the ONS population
 * estimates behind rates, commentary per area and month, and a comment per indicator and month (managers and analysts,
 * the practitioner role: the service's managers write what the board reads beside the figure; councillors never do). Analysts and
 * administrators set targets, benchmarks and population.
 */
@Stateless
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class IndicatorSettingsService {

    /** Columns of a benchmark CSV file, in this order, with a header row. */
    public static final List<String> BENCHMARK_COLUMNS = List.of("code", "kind", "vintage", "value", "source");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserService users;

    @EJB
    private RecordStore store;

    @EJB
    private IndicatorSettingsRepository settings;

    @Inject
    private IndicatorCatalogue catalogue;

    public void setTarget(String code, int financialYear, String target, String redThreshold) {
        catalogue.definition(code);
        BigDecimal value = number("target", target);
        if (value == null) {
            throw RuleViolation.of("target", "Enter the target.");
        }
        long council = users.callerCouncilId();
        IndicatorTarget stored = settings.target(council, code, financialYear).orElse(null);
        boolean isNew = stored == null;
        if (isNew) {
            stored = new IndicatorTarget(em.find(Council.class, council), code, financialYear);
        }
        stored.set(value, number("redThreshold", redThreshold), context.getCallerPrincipal().getName());
        if (isNew) {
            em.persist(stored);
        }
    }

    public void setPopulation(int midYear, int under18) {
        if (under18 <= 0) {
            throw RuleViolation.of("under18", "The estimate must be more than 0.");
        }
        long council = users.callerCouncilId();
        PopulationEstimate stored = settings.population(council, midYear).orElse(null);
        if (stored == null) {
            em.persist(new PopulationEstimate(em.find(Council.class, council), midYear, under18));
        } else {
            stored.revise(under18);
        }
    }

    /**
     * Imports benchmarks from CSV (columns {@link #BENCHMARK_COLUMNS}); a row for a benchmark already held
     * replaces its value. Nothing is stored unless every row is valid; each bad row is named with its field.
     */
    public int importBenchmarks(String csv) {
        CsvTable table;
        try {
            table = CsvTable.parse("benchmarks.csv", csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("file", e.getMessage());
        }
        List<FieldError> errors = new ArrayList<>();
        for (String column : BENCHMARK_COLUMNS) {
            if (!table.columns().contains(column)) {
                errors.add(new FieldError("file", "Column '" + column + "' is missing."));
            }
        }
        RuleViolation.throwIfAny(errors);
        List<String[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : table.rows()) {
            String code = table.value(r, "code");
            String kind = table.value(r, "kind");
            String vintage = table.value(r, "vintage");
            errors.addAll(benchmarkErrors("row " + r.number() + ", ", code, kind, vintage, table.value(r, "value"), table.value(r, "source")));
            if (!seen.add(code + "|" + kind + "|" + vintage)) {
                errors.add(new FieldError("row " + r.number() + ", code", "Repeats the benchmark of an earlier row."));
            }
            rows.add(new String[] {code, kind, vintage, table.value(r, "value").trim(), table.value(r, "source").trim()});
        }
        RuleViolation.throwIfAny(errors);
        for (String[] row : rows) {
            setBenchmark(row[0], BenchmarkKind.valueOf(row[1]), row[2], new BigDecimal(row[3]), row[4]);
        }
        return rows.size();
    }

    /** Enters one benchmark (or replaces the value held for that indicator, kind and year), by the CSV rows' rules. */
    public void setBenchmark(String code, String kind, String vintage, String value, String source) {
        RuleViolation.throwIfAny(benchmarkErrors("", text(code), text(kind), text(vintage), text(value), text(source)));
        setBenchmark(code, BenchmarkKind.valueOf(kind), vintage.trim(), new BigDecimal(value.trim()), source.trim());
    }

    /**
     * The rules of a benchmark, with the fields named plainly (for the form), or for a CSV row ({@code at} "row 3, ") named by
     * row and column in both the field and the words (a screen may show only the words).
     */
    private List<FieldError> benchmarkErrors(String at, String code, String kind, String vintage, String value, String source) {
        List<FieldError> errors = new ArrayList<>();
        if (catalogue.catalogue().find(code).isEmpty()) {
            errors.add(new FieldError("code", "'" + code + "' is not an indicator of the dataset."));
        }
        if (!isKind(kind)) {
            errors.add(new FieldError("kind", "'" + kind + "' is not one of " + List.of(BenchmarkKind.values()) + "."));
        }
        if (vintage.isBlank() || vintage.length() > 20) {
            errors.add(new FieldError("vintage", "Give the year the benchmark refers to, e.g. 2022/23."));
        }
        try {
            new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("value", "'" + value + "' is not a number."));
        }
        if (source.isBlank()) {
            errors.add(new FieldError("source", "Name the source (e.g. DfE CLA statistics 2023)."));
        }
        if (at.isEmpty()) {
            return errors;
        }
        String where = Character.toUpperCase(at.charAt(0)) + at.substring(1);
        return errors.stream().map(e -> new FieldError(at + e.field(), where + e.field() + ": " + e.message())).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** What is set for an indicator: its targets by financial year and its benchmarks, newest first. */
    public IndicatorSettings settingsOf(String code) {
        catalogue.definition(code);
        long council = users.callerCouncilId();
        List<IndicatorSettings.TargetHeld> targets = settings.targets(council, code).stream()
                .map(t -> new IndicatorSettings.TargetHeld(t.getFinancialYear(), t.getTarget(), t.getRedThreshold(), t.getSetBy())).toList();
        List<IndicatorSettings.BenchmarkHeld> benchmarks = settings.benchmarks(council, code).stream()
                .map(b -> new IndicatorSettings.BenchmarkHeld(b.getKind().name(), b.getKind().label(), b.getVintage(), b.getValue(), b.getSource()))
                .toList();
        return new IndicatorSettings(code, targets, benchmarks);
    }

    /** The population estimates held, by mid-year, newest first. */
    public List<IndicatorSettings.PopulationHeld> populations() {
        return settings.populations(users.callerCouncilId()).stream()
                .map(p -> new IndicatorSettings.PopulationHeld(p.getMidYear(), p.getUnder18())).toList();
    }

    private void setBenchmark(String code, BenchmarkKind kind, String vintage, BigDecimal value, String source) {
        long council = users.callerCouncilId();
        Benchmark stored = settings.benchmark(council, code, kind, vintage).orElse(null);
        if (stored == null) {
            stored = new Benchmark(em.find(Council.class, council), code, kind, vintage);
            stored.set(value, source);
            em.persist(stored);
        } else {
            stored.set(value, source);
        }
    }

    /** Adds commentary on an area for a month; the latest shows with the month, earlier ones are kept. */
    @RolesAllowed(Role.PRACTITIONER)
    public void comment(String month, String area, String body) {
        Area chosen;
        try {
            chosen = Area.valueOf(area);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RuleViolation.of("area", "Choose one of " + List.of(Area.values()) + ".");
        }
        if (body == null || body.isBlank() || body.length() > Commentary.MAX_LENGTH) {
            throw RuleViolation.of("body", "Write the commentary (up to " + Commentary.MAX_LENGTH + " characters).");
        }
        Council council = em.find(Council.class, users.callerCouncilId());
        em.persist(new Commentary(council, DatasetService.parse(month), chosen, body.strip(), context.getCallerPrincipal().getName(),
                Instant.now()));
    }

    /**
     * Adds a comment on one indicator for a month, shown beside its figure on the board and in the pack with the author and
     * date. Each edit is a new version; all are kept, the latest is shown. Written to the audit trail.
     */
    @RolesAllowed(Role.PRACTITIONER)
    public void commentOnIndicator(String month, String code, String body) {
        ReportingMonth chosen = DatasetService.parse(month);
        if (code == null || catalogue.catalogue().find(code).isEmpty()) {
            throw RuleViolation.of("code", "'" + code + "' is not an indicator of the dataset.");
        }
        if (body == null || body.isBlank() || body.strip().length() > IndicatorComment.MAX_LENGTH) {
            throw RuleViolation.of("body", "Write the comment (up to " + IndicatorComment.MAX_LENGTH + " characters).");
        }
        Council council = em.find(Council.class, users.callerCouncilId());
        store.add(new IndicatorComment(council, chosen, code, body.strip(), context.getCallerPrincipal().getName(), Instant.now()), null);
    }

    private static boolean isKind(String kind) {
        for (BenchmarkKind k : BenchmarkKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal number(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(field, "'" + text + "' is not a number.");
        }
    }
}
