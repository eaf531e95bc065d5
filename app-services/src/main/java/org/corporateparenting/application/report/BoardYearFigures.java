package org.corporateparenting.application.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.indicator.Area;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.indicator.Measure;
import org.corporateparenting.domain.indicator.PeriodBasis;
import org.corporateparenting.domain.indicator.Unit;

/**
 * The board's year in figures for its own annual report: every indicator of the board's dataset that reads as a
 * year's position on 31 March (as at month end, rolling 12 months, financial or academic year to date; not "in
 * month") and is a count or a percentage, computed for 31 March of the year and of the year before by the board's own
 * rules, one table per area of the dataset. A percentage shows its numerator with its share; rates and averages
 * stay in the board's monthly dataset, where their population is given.
 */
final class BoardYearFigures {

    static final Set<PeriodBasis> YEAR_POSITION = EnumSet.of(PeriodBasis.MONTH_END, PeriodBasis.ROLLING_12_MONTHS,
            PeriodBasis.FINANCIAL_YEAR_TO_DATE, PeriodBasis.ACADEMIC_YEAR_TO_DATE);

    private BoardYearFigures() {
    }

    static boolean shown(Definition d) {
        return YEAR_POSITION.contains(d.basis()) && (d.unit() == Unit.COUNT || d.unit() == Unit.PERCENT);
    }

    static AnnualFigures of(String year, String lastYear, List<Definition> definitions, Dataset now, Dataset before) {
        List<CountTable> tables = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        for (Area area : Area.values()) {
            List<Count> rows = new ArrayList<>();
            for (Definition d : definitions) {
                if (d.area() == area && shown(d)) {
                    Measure a = now.measure(d.code()).orElse(null);
                    Measure b = before.measure(d.code()).orElse(null);
                    boolean percent = d.unit() == Unit.PERCENT;
                    rows.add(new Count(d.title(), numerator(a), numerator(b), percent ? denominator(a) : null, percent ? denominator(b) : null));
                    references.add(reference("", d, a));
                    references.add(reference("lastYear.", d, b));
                }
            }
            if (!rows.isEmpty()) {
                String note = "For a percentage, the count is its numerator and the share its percentage.";
                tables.add(new CountTable(key(area), area.title() + " on 31 March", "of those counted", rows, null,
                        area == Area.REVIEWS ? note + " " + SharedFigures.REVIEWS_ON_TIME : note, true));
            }
        }
        return new AnnualFigures(year, lastYear, tables, references);
    }

    static String key(Area area) {
        return area.name().toLowerCase().replace('_', '-');
    }

    private static Reference reference(String prefix, Definition d, Measure m) {
        String key = prefix + "kpi." + d.code();
        return d.unit() == Unit.PERCENT ? Reference.percent(key, d.title(), numerator(m), denominator(m))
                : Reference.count(key, d.title(), numerator(m));
    }

    private static long numerator(Measure m) {
        return m == null ? 0 : Math.round(m.numerator());
    }

    private static long denominator(Measure m) {
        return m == null || m.denominator() == null ? 0 : m.denominator();
    }
}
