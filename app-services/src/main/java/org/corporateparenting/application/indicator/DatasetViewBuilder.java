package org.corporateparenting.application.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.indicator.Benchmark;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.Commentary;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.indicator.Direction;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.indicator.IndicatorComment;
import org.corporateparenting.domain.indicator.IndicatorNumbers;
import org.corporateparenting.domain.indicator.IndicatorTarget;
import org.corporateparenting.domain.indicator.Measure;
import org.corporateparenting.domain.indicator.PublishedMonth;
import org.corporateparenting.domain.indicator.RagStatus;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Unit;

/**
 * Assembles a month's view from frozen figures only (never recomputed), so every screen and pack shows the
 * published value. Direction and status are judged on the shown (rounded) values; figures withheld by the
 * disclosure rule ({@link MonthDisclosure}) carry no number, numerator, denominator, status, direction or trend point,
 * and a withheld month of the history is marked as withheld, apart from a month with no data.
 */
final class DatasetViewBuilder {

    private final Catalogue catalogue;
    private final Map<ReportingMonth, PublishedMonth> published;
    private final Map<ReportingMonth, Map<String, Measure>> figures = new HashMap<>();
    private final List<IndicatorTarget> targets;
    private final List<Benchmark> benchmarks;
    private final Disclosure disclosure;
    private final Map<ReportingMonth, MonthDisclosure> withheld = new HashMap<>();
    private List<IndicatorComment> notes = List.of();

    DatasetViewBuilder(Catalogue catalogue, Map<ReportingMonth, PublishedMonth> published, List<IndicatorTarget> targets,
            List<Benchmark> benchmarks, Disclosure disclosure) {
        this.catalogue = catalogue;
        this.published = published;
        this.targets = targets;
        this.benchmarks = benchmarks;
        this.disclosure = disclosure;
    }

    DatasetView build(PublishedMonth month, List<Commentary> commentary) {
        return build(month, commentary, List.of());
    }

    /** The month's view; {@code notes} are the month's indicator comments, oldest first (the latest of each is shown). */
    DatasetView build(PublishedMonth month, List<Commentary> commentary, List<IndicatorComment> notes) {
        this.notes = notes;
        List<DatasetView.Row> rows = new ArrayList<>();
        Map<String, Measure> shownMonth = month.dataset().measures().stream()
                .collect(Collectors.toMap(Measure::code, Function.identity()));
        if (disclosure != null) {
            PublishedMonth before = published.get(month.getMonth().previous());
            withheld.put(month.getMonth(), new MonthDisclosure(catalogue, disclosure, shownMonth, before == null ? null : figuresOf(before)));
        }
        for (Definition d : catalogue.definitions()) {
            Measure m = shownMonth.get(d.code());
            if (m != null) {
                rows.add(row(d, m));
            }
        }
        List<DatasetView.Comment> comments = commentary.stream()
                .map(c -> new DatasetView.Comment(c.getArea().name(), c.getBody(), c.getAuthor(), c.getWrittenAt())).toList();
        return new DatasetView(month.getMonth().toString(), month.getMonth().label(), month.getRevision(), month.getExtractedAt(),
                month.getPublishedBy(), rows, comments);
    }

    DatasetView.Row row(Definition d, Measure m) {
        boolean suppressed = withheld(d, m.month());
        BigDecimal shown = m.shown(d.unit());
        BigDecimal previous = shown(d, m.month().previous());
        IndicatorTarget target = targetFor(d.code(), m.month().financialYear());
        RagStatus status = target == null || suppressed ? RagStatus.NONE : target.statusOf(d.polarity(), shown);
        List<DatasetView.Point> lastSix = new ArrayList<>();
        for (ReportingMonth r : ReportingMonth.ending(m.month(), 6)) {
            lastSix.add(new DatasetView.Point(r.toString(), shown(d, r), withheld(d, r)));
        }
        List<DatasetView.BenchmarkView> marks = benchmarksOf(d.code());
        Direction direction = suppressed ? Direction.NONE : Direction.of(d.polarity(), previous, shown);
        // a count's numerator is its shown value; only figures worked out from a numerator and denominator can hide theirs
        boolean countsHidden = suppressed || d.unit() != Unit.COUNT && countsWithheld(m);
        return new DatasetView.Row(d.code(), d.title(), d.area().name(), d.unit().name(), d.polarity().name(), d.basis().label(),
                m.cohort().toString(), hide(shown, suppressed), countsHidden ? null : m.numerator(), countsHidden ? null : m.denominator(),
                suppressed, previous, shown(d, m.month().minus(12)),
                direction.words(), target == null ? null : target.getTarget(), suppressed ? WITHHELD_STATUS : status.words(), status.shape(),
                lastSix, marks, target == null ? null : target.thresholds(d.polarity(), d.unit()),
                direction.described(d.polarity(), d.unit(), previous), suppressed ? null : counts(d, m, countsHidden),
                IndicatorNumbers.of(d.code()), noteOf(d.code()), yearEnds(d, m.month()));
    }

    /** The figure at the last three year ends on or before the month, as the board's packs print earlier years. */
    private List<DatasetView.YearEnd> yearEnds(Definition d, ReportingMonth month) {
        return month.yearEndsUpTo(YEAR_ENDS).stream()
                .map(r -> new DatasetView.YearEnd(r.toString(), shown(d, r), withheld(d, r), published.containsKey(r))).toList();
    }

    /**
     * A percentage's numerator and denominator as the packs print them beside it ("95 of 150"), or "c of c" where they
     * would give a withheld count back ({@link MonthDisclosure#countsWithheld}); null for other units or without a denominator.
     */
    private String counts(Definition d, Measure m, boolean hidden) {
        if (d.unit() != Unit.PERCENT || m.denominator() == null || m.value() == null) {
            return null;
        }
        if (hidden) {
            String c = Mark.CONFIDENTIAL.printed(disclosure.threshold());
            return c + " of " + c;
        }
        return Unit.COUNT.written(BigDecimal.valueOf(m.numerator())) + " of " + Unit.COUNT.written(BigDecimal.valueOf(m.denominator()));
    }

    /** The latest comment on an indicator, with how many earlier versions are kept; null when none was written. */
    private DatasetView.Note noteOf(String code) {
        List<IndicatorComment> versions = notes.stream().filter(n -> n.getCode().equals(code)).toList();
        if (versions.isEmpty()) {
            return null;
        }
        IndicatorComment latest = versions.get(versions.size() - 1);
        return new DatasetView.Note(latest.getBody(), latest.getAuthor(), latest.getWrittenAt(), versions.size() - 1);
    }

    /** Whether a shown figure's numerator and denominator are withheld from those who see aggregates only. */
    private boolean countsWithheld(Measure m) {
        MonthDisclosure md = disclosure == null ? null : withheld.containsKey(m.month()) ? withheld.get(m.month()) : disclosureOf(m.month());
        return md != null && md.countsWithheld(m);
    }

    /** The status a withheld figure carries: none, since a judgement would say which side of the target it lies. */
    static final String WITHHELD_STATUS = "Not judged (withheld)";

    /** How many 31 March year ends each row carries. */
    static final int YEAR_ENDS = 3;

    /** Whether the figure of an indicator in a month is withheld from those who see aggregates only. */
    boolean withheld(Definition d, ReportingMonth month) {
        if (disclosure == null) {
            return false;
        }
        MonthDisclosure md = disclosureOf(month);
        return md != null && md.withheld(d.code());
    }

    /** A published month's disclosure decisions (null when it is not published here). */
    MonthDisclosure disclosureOf(ReportingMonth month) {
        PublishedMonth p = published.get(month);
        if (p == null || disclosure == null) {
            return null;
        }
        return withheld.computeIfAbsent(month, k -> {
            PublishedMonth before = published.get(month.previous());
            return new MonthDisclosure(catalogue, disclosure, figuresOf(p), before == null ? null : figuresOf(before));
        });
    }

    /** The published, shown value of an indicator in another month; null if unpublished or suppressed. */
    BigDecimal shown(Definition d, ReportingMonth month) {
        PublishedMonth p = published.get(month);
        Measure m = p == null ? null : figuresOf(p).get(d.code());
        return m == null || withheld(d, month) ? null : m.shown(d.unit());
    }

    /** The unrounded published figures of the months up to {@code month}, withheld by the disclosure rule, for headlines. */
    HeadlineWriter.Figures headlineFigures(ReportingMonth month) {
        return (code, monthsBefore) -> {
            PublishedMonth p = published.get(month.minus(monthsBefore));
            Measure m = p == null ? null : figuresOf(p).get(code);
            Definition d = catalogue.find(code).map(i -> i.definition()).orElse(null);
            if (m == null || d == null) {
                return null;
            }
            return new HeadlineWriter.Figure(m.value() == null ? null : BigDecimal.valueOf(m.value()),
                    withheld(d, month.minus(monthsBefore)), d.unit(), m.cohort().label());
        };
    }

    List<DatasetView.BenchmarkView> benchmarksOf(String code) {
        return benchmarks.stream().filter(b -> b.getCode().equals(code))
                .map(b -> new DatasetView.BenchmarkView(b.getKind().name(), b.getKind().label(), b.getVintage(), b.getValue(), b.getSource()))
                .toList();
    }

    private Map<String, Measure> figuresOf(PublishedMonth month) {
        return figures.computeIfAbsent(month.getMonth(), k -> month.dataset().measures().stream()
                .collect(Collectors.toMap(Measure::code, Function.identity())));
    }

    IndicatorTarget targetFor(String code, int financialYear) {
        return targets.stream().filter(t -> t.getCode().equals(code) && t.getFinancialYear() == financialYear).findFirst().orElse(null);
    }

    private static BigDecimal hide(BigDecimal value, boolean suppressed) {
        return suppressed ? null : value;
    }
}
