package org.corporateparenting.application.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reconciliation across the year's reports: a figure that two reports print for the same board indicator on 31 March
 * (each report's {@link AnnualSource#indicatorLines}, a line whose count is the indicator's numerator, counted by the
 * indicator's one rule in the domain) must have one value in every report and in the board's published dataset for
 * March. Checked before a report is published, for the figures that report prints; each difference is named with
 * every place and value. Figures that differ by definition are not linked to one indicator: they carry distinct
 * labels and a note saying how they differ ({@link #REVIEWS_ON_TIME}).
 */
final class SharedFigures {

    /**
     * Reviews on time (the IRO report, each review counted) against the board's REV_CLA_REVIEWS_TIMELY (each child
     * counted): two measures, printed under different labels with this note in both reports.
     */
    static final String REVIEWS_ON_TIME = "Two measures of timeliness: the IRO service's annual report counts each review held, and "
            + "the share of them held by their due date; the board's \"% of children in care reviewed within timescales\" "
            + "(REV_CLA_REVIEWS_TIMELY) counts each child in care on 31 March with a review due since 1 April, and the share "
            + "whose every such review was on time, none overdue. One late review makes a child late however many others were "
            + "on time, so the board's share is usually the lower.";

    private SharedFigures() {
    }

    /** One report's figure for an indicator: the report's title, the indicator's code, where it is printed, its value. */
    record Printed(String report, String code, String place, long value) {
    }

    /** The figures a report prints for the board's indicators, from its lines linked to them. */
    static List<Printed> printed(String report, AnnualFigures figures, Map<PeriodDisclosure.Line, String> lines) {
        List<Printed> printed = new ArrayList<>();
        lines.forEach((line, code) -> figures.table(line.table()).ifPresent(t -> {
            CountTable.Count count = line.label() == null ? t.total()
                    : t.parts().stream().filter(p -> p.label().equals(line.label())).findFirst().orElse(null);
            if (count != null) {
                String where = "the table " + t.title().toLowerCase() + (line.label() == null ? ", total" : ", " + line.label());
                printed.add(new Printed(report, code, where, count.thisYear()));
            }
        }));
        return printed;
    }

    /**
     * For each indicator of {@code codes} (the report being checked prints them), every value the year's reports and
     * the board's dataset ({@code published}: code to numerator, empty when March is not published, named
     * {@code dataset}) give it, when they are not all the same; {@code titles}: the indicators' titles by code.
     */
    static List<String> differences(Set<String> codes, List<Printed> printed, Map<String, Long> published, String dataset,
            Map<String, String> titles) {
        List<String> failures = new ArrayList<>();
        for (String code : new TreeSet<>(codes)) {
            Map<String, Long> places = new LinkedHashMap<>();
            printed.stream().filter(p -> p.code().equals(code)).forEach(p -> places.put(p.report() + " (" + p.place() + ")", p.value()));
            if (published.containsKey(code)) {
                places.put(dataset, published.get(code));
            }
            if (places.values().stream().distinct().count() > 1) {
                List<String> values = new ArrayList<>();
                places.forEach((place, value) -> values.add(value + " in " + place));
                failures.add(titles.getOrDefault(code, code) + " (" + code + ") differs across the year's reports: "
                        + String.join("; ", values) + ".");
            }
        }
        return failures;
    }
}
