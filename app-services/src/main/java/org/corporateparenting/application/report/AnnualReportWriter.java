package org.corporateparenting.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.indicator.Measure;
import org.corporateparenting.domain.indicator.Unit;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.report.Styled;
import org.corporateparenting.report.annual.AnnualReport;
import org.corporateparenting.report.chart.BarChart;

/**
 * Writes an annual report's rows from its figures and its authors' words. Words quote figures as {@code {key}},
 * filled in here from the same figures as the tables (so the two cannot disagree); a reference to no figure is left
 * as typed and named by {@link #unknownReferences}. Every count is written as the board's screens write counts
 * ({@link Unit#written}), and a report that leaves the system withholds small numbers in its tables
 * ({@link PeriodDisclosure}, over every report of the period together: "&lt;6" for a count from 1 to 5, "c" for a figure withheld so that another cannot be worked
 * out, with the key under the table) and in its words: "fewer than 6", or "a withheld figure" for a share or average
 * or for a count a table of the report withholds as "c". "1" before a plural noun the authors wrote ("1 IROs") is
 * made singular.
 */
final class AnnualReportWriter {

    /** Plural nouns authors write after a figure, and their singular for when the figure is 1. */
    private static final Map<String, String> PLURALS = Map.of("IROs", "IRO", "children", "child", "reviews", "review",
            "escalations", "escalation", "households", "household", "young people", "young person", "carers", "carer",
            "adopters", "adopter", "care leavers", "care leaver", "meetings", "meeting");

    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

    private final AnnualFigures figures;
    private final Map<String, String> texts;
    private final Disclosure rule;
    private final String council;
    private final String output;
    private final Supplier<PeriodDisclosure> period;
    private PeriodDisclosure disclosed;

    /** {@code texts}: the authors' words by block key (a missing key takes the spec's starting words); the report alone. */
    AnnualReportWriter(AnnualFigures figures, Map<String, String> texts, Disclosure rule, String council) {
        this(figures, texts, rule, council, "report",
                () -> PeriodDisclosure.of(List.of(PeriodDisclosure.Output.alone("report", "", 0, figures)), rule.rule()));
    }

    /**
     * As the report {@code output} of a period whose outputs are disclosed together ({@link PeriodDisclosure}), worked
     * out when a figure is first written.
     */
    AnnualReportWriter(AnnualFigures figures, Map<String, String> texts, Disclosure rule, String council, String output,
            Supplier<PeriodDisclosure> period) {
        this.figures = figures;
        this.texts = texts;
        this.rule = rule;
        this.council = council;
        this.output = output;
        this.period = period;
    }

    AnnualReport write(ReportSpec spec, String status) {
        List<AnnualReport.CoverField> cover = spec.cover().stream()
                .map(b -> new AnnualReport.CoverField(b.label(), resolve(text(b.key(), b.starting())))).toList();
        List<AnnualReport.Section> sections = new ArrayList<>();
        for (ReportSpec.Section s : spec.sections()) {
            List<AnnualReport.Table> tables = s.tables().stream().map(key -> table(key, spec.charts().contains(key))).toList();
            sections.add(new AnnualReport.Section(s.heading(), resolve(text(s.key(), s.starting())), tables));
        }
        int number = spec.sections().size();
        for (ReportSpec.Block b : spec.closing()) {
            sections.add(new AnnualReport.Section(++number + ". " + b.label(), resolve(text(b.key(), b.starting())), List.of()));
        }
        ReportingYear year = ReportingYear.parse(figures.year());
        return new AnnualReport(spec.title(), council, year.title(), figures.year(), figures.lastYear(), status, cover, sections);
    }

    String text(String key, String starting) {
        String written = texts.get(key);
        return written == null ? starting : written;
    }

    /** References in the words that name no figure of this report, in order of first use. */
    Set<String> unknownReferences(String words) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = REFERENCE.matcher(words);
        while (m.find()) {
            if (!known(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /** The words as styled text: escaped, paragraphs kept, each known reference replaced by its figure in bold. */
    String resolve(String words) {
        StringBuilder out = new StringBuilder();
        Matcher m = REFERENCE.matcher(words);
        int last = 0;
        while (m.find()) {
            out.append(Styled.plain(words.substring(last, m.start())));
            String figure = written(m.group(1));
            if (figure != null && startsSentence(words.substring(0, m.start()))) {
                figure = Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
            }
            out.append(figure == null ? Styled.plain(m.group()) : Styled.bold(figure));
            last = m.end();
            if ("1".equals(figure)) {
                String after = words.substring(last);
                for (Map.Entry<String, String> plural : PLURALS.entrySet()) {
                    if (after.startsWith(" " + plural.getKey()) && (after.length() == plural.getKey().length() + 1
                            || !Character.isLetter(after.charAt(plural.getKey().length() + 1)))) {
                        out.append(Styled.plain(" " + plural.getValue()));
                        last += plural.getKey().length() + 1;
                        break;
                    }
                }
            }
        }
        out.append(Styled.plain(words.substring(last)));
        return out.toString().replaceAll("\\R", "<br/>");
    }

    /** Whether words that follow {@code before} start a sentence ("fewer than 6" then reads "Fewer than 6"). */
    private static boolean startsSentence(String before) {
        String trimmed = before.stripTrailing();
        return trimmed.isEmpty() || ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 || before.endsWith("\n");
    }

    /** Whether the report has a figure of that name. */
    private boolean known(String key) {
        return List.of("year", "lastYear", "council").contains(key) || figures.reference(key).isPresent();
    }

    /** A reference as printed, or null if this report has no such figure. */
    String written(String key) {
        switch (key) {
            case "year":
                return figures.year();
            case "lastYear":
                return figures.lastYear();
            case "council":
                return council;
            default:
                break;
        }
        for (Reference r : figures.references()) {
            if (r.key().equals(key)) {
                if (r.value() == null) {
                    return "not available";
                }
                if (r.aboutChildren() && withheld(r)) {
                    return r.unit() == Unit.COUNT ? "fewer than " + (rule.threshold() + 1) : "a withheld figure";
                }
                if (r.aboutChildren() && r.unit() == Unit.COUNT && withheldInATable(r)) {
                    return "a withheld figure";
                }
                return r.unit().written(r.value());
            }
        }
        return null;
    }

    /** Whether a table of this report prints the count as "c" in the same year (words may not give back what a table withholds). */
    private boolean withheldInATable(Reference r) {
        int year = r.key().startsWith("lastYear.") ? 1 : 0;
        for (CountTable t : figures.tables()) {
            PeriodDisclosure.Column column = columns(t)[year];
            for (int i = 0; i < t.parts().size(); i++) {
                long v = year == 0 ? t.parts().get(i).thisYear() : t.parts().get(i).lastYear();
                if (column.parts()[i] == Mark.CONFIDENTIAL && v == r.numerator()) {
                    return true;
                }
            }
            if (t.total() != null && column.total() == Mark.CONFIDENTIAL
                    && (year == 0 ? t.total().thisYear() : t.total().lastYear()) == r.numerator()) {
                return true;
            }
        }
        return false;
    }

    private PeriodDisclosure.Column[] columns(CountTable t) {
        return disclosed().columns(output, t.key());
    }

    private PeriodDisclosure disclosed() {
        if (disclosed == null) {
            disclosed = period.get();
        }
        return disclosed;
    }

    /**
     * Withheld figures of the period's reports that the figures they print would still give back (stops publishing;
     * empty normally).
     */
    List<String> exposed() {
        return disclosed().exposed();
    }

    /** An average here is of one count over another (cases per meeting), so a small total gives the count back too. */
    private boolean withheld(Reference r) {
        return rule.suppresses(r.unit(), new Measure(r.key(), null, null, r.numerator(), r.denominator(), r.value().doubleValue()))
                || r.unit() == Unit.AVERAGE && rule.withholds(r.numerator());
    }

    private AnnualReport.Table table(String key, boolean charted) {
        CountTable t = figures.table(key).orElseThrow(() -> new IllegalStateException("No table " + key));
        PeriodDisclosure.Column now = columns(t)[0];
        PeriodDisclosure.Column before = columns(t)[1];
        List<AnnualReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < t.parts().size(); i++) {
            rows.add(row(t, t.parts().get(i), now.parts()[i], before.parts()[i], false));
        }
        if (t.total() != null) {
            rows.add(row(t, t.total(), now.total(), before.total(), true));
        }
        boolean anyWithheld = now.anyWithheld() || before.anyWithheld();
        String note = anyWithheld ? join(t.note(), Mark.key(rule.threshold())) : t.note();
        if (!charted || anyWithheld) {
            return new AnnualReport.Table(t.title(), t.shareOf(), rows, charted ? join(note, "No chart is drawn: it would show the withheld "
                    + "counts.") : note);
        }
        List<String> labels = t.parts().stream().map(Count::label).toList();
        String chart = BarChart.of(t.title(), labels, t.parts().stream().map(Count::thisYear).toList(), t.parts().stream().map(Count::lastYear).toList(),
                figures.year(), figures.lastYear());
        return new AnnualReport.Table(t.title(), t.shareOf(), rows, note, chart, "Chart of " + t.title().toLowerCase() + ": the table above, "
                + figures.year() + " beside " + figures.lastYear() + ".");
    }

    private AnnualReport.Row row(CountTable t, Count c, Mark thisWithheld, Mark lastWithheld, boolean total) {
        return new AnnualReport.Row(c.label(), count(c.thisYear(), thisWithheld),
                share(t, c.thisYear(), c.thisOf(), t.total() == null ? null : t.total().thisYear(), thisWithheld),
                count(c.lastYear(), lastWithheld), share(t, c.lastYear(), c.lastOf(), t.total() == null ? null : t.total().lastYear(), lastWithheld),
                total);
    }

    private String count(long value, Mark mark) {
        return mark.withheld() ? mark.printed(rule.threshold()) : Unit.COUNT.written(BigDecimal.valueOf(value));
    }

    /** A share is withheld with its count, as "c" (a percentage about few children); "–" is kept for a share of nothing. */
    private static String share(CountTable t, long value, Long of, Long total, Mark mark) {
        Long denominator = of != null ? of : t.shareOf() == null ? null : total;
        if (denominator == null) {
            return "";
        }
        if (mark.withheld()) {
            return Mark.CONFIDENTIAL.printed(0);
        }
        return denominator == 0 ? "–"
                : Unit.PERCENT.written(BigDecimal.valueOf(value * 100.0 / denominator).setScale(4, RoundingMode.HALF_UP));
    }

    private static String join(String first, String second) {
        return Stream.of(first, second).filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(" "));
    }
}
