package org.corporateparenting.application.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.disclosure.DisclosureRule;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.disclosure.PeriodFigures;
import org.corporateparenting.domain.disclosure.Protection;

/**
 * Which counts the annual reports of one financial year withhold, decided for all of them together by the one
 * disclosure rule ({@link PeriodFigures}): every table of every report the council publishes for the year (and, where
 * it belongs to a regional adoption agency, the agency's report and each member council's adoption report), both
 * years' columns, so last year's column of this year's reports is the same figure as last year's reports printed.
 * The sums of each table are its constraints (its parts and total; a share and its own denominator), and so are the
 * sums across outputs (each line of the agency's tables is the sum of its councils' lines; its table by council
 * prints each council's own figure). A line that is one of the board's indicators on 31 March (the board's monthly
 * dataset, published since) is published in full: it keeps the board's mark and is never chosen to protect another
 * count, so a report withholds a different one. A figure withheld in one report is thus withheld, with the same mark,
 * in every report that prints it, and no withheld figure of one can be worked out from the figures of another.
 */
final class PeriodDisclosure {

    /** A line of an output's table: {@code label} its part's label, or null for the total. */
    record Line(String table, String label) {
    }

    /** The line of another output whose figure a line prints. */
    record Target(String output, Line line) {
    }

    /**
     * One output of the period. {@code id} is unique in the period ({@code fostering:12}); {@code indicators} names
     * the lines that are a board indicator on 31 March (by code) and {@code sameAs} the lines that print another
     * output's figure (the agency's line for a council prints that council's own); {@code addsUp} lists the outputs whose
     * tables of the same key add up, line by line, to this one's.
     */
    record Output(String id, String title, long council, AnnualFigures figures, Map<Line, String> indicators, Map<Line, Target> sameAs,
            List<String> addsUp) {

        Output {
            indicators = Map.copyOf(indicators);
            sameAs = Map.copyOf(sameAs);
            addsUp = List.copyOf(addsUp);
        }

        /** An output whose figures are its own alone. */
        static Output alone(String id, String title, long council, AnnualFigures figures) {
            return new Output(id, title, council, figures, Map.of(), Map.of(), List.of());
        }

        /** The same output naming the lines that are board indicators and the lines that print another output's figure. */
        Output linked(Map<Line, String> indicatorLines, Map<Line, Target> sameLines, List<String> adding) {
            return new Output(id, title, council, figures, indicatorLines, sameLines, adding);
        }
    }

    /** The marks of one table's column (this year or last), and the withheld counts the period's figures give back. */
    record Column(Mark[] parts, Mark total) {

        boolean anyWithheld() {
            for (Mark m : parts) {
                if (m.withheld()) {
                    return true;
                }
            }
            return total.withheld();
        }
    }

    private final Map<String, Column[]> columns = new HashMap<>();
    private final List<String> exposed;

    private PeriodDisclosure(Map<String, Column[]> columns, List<String> exposed) {
        this.columns.putAll(columns);
        this.exposed = exposed;
    }

    /** The period's outputs disclosed together, the board's indicators marked by the rule alone. */
    static PeriodDisclosure of(List<Output> outputs, DisclosureRule rule) {
        return of(outputs, rule, Map.of());
    }

    /**
     * The period's outputs disclosed together; {@code board} gives the marks the board's screens print for its
     * indicators on each 31 March ({@code kpi:COUNCIL:CODE@YEAR}; absent: shown, or withheld by the rule alone).
     */
    static PeriodDisclosure of(List<Output> outputs, DisclosureRule rule, Map<String, Mark> board) {
        PeriodFigures period = new PeriodFigures();
        Map<String, Output> byId = new HashMap<>();
        outputs.forEach(o -> byId.put(o.id(), o));
        Map<String, int[][]> cells = new HashMap<>(); // output/table -> [year][line], the total last
        Map<Integer, String> labels = new HashMap<>();
        for (Output o : outputs) {
            for (CountTable t : o.figures().tables()) {
                int[][] byYear = new int[2][];
                for (int year = 0; year < 2; year++) {
                    byYear[year] = column(period, byId, o, t, year, rule, board, labels);
                }
                cells.put(o.id() + "/" + t.key(), byYear);
            }
        }
        for (Output o : outputs) {
            addUp(period, o, cells);
        }
        Protection p = period.protect(rule);
        Map<String, Column[]> marks = new HashMap<>();
        cells.forEach((key, byYear) -> {
            Column[] both = new Column[2];
            for (int year = 0; year < 2; year++) {
                int[] c = byYear[year];
                Mark[] parts = new Mark[c.length - 1];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = p.mark(c[i]);
                }
                both[year] = new Column(parts, c[c.length - 1] < 0 ? Mark.SHOWN : p.mark(c[c.length - 1]));
            }
            marks.put(key, both);
        });
        List<String> exposed = p.exposed().stream().map(cell -> labels.getOrDefault(cell, p.figures().label(cell))).toList();
        return new PeriodDisclosure(marks, exposed);
    }

    /** One year's column of a table as cells of the period: its parts, then its total (-1 when it has none). */
    private static int[] column(PeriodFigures period, Map<String, Output> outputs, Output o, CountTable t, int year, DisclosureRule rule,
            Map<String, Mark> board, Map<Integer, String> labels) {
        String yearLabel = year == 0 ? o.figures().year() : o.figures().lastYear();
        List<Count> parts = t.parts();
        int[] cells = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            Count c = parts.get(i);
            long v = value(c, year);
            Long of = year == 0 ? c.thisOf() : c.lastOf();
            cells[i] = cell(period, outputs, o, t, c.label(), v, of, yearLabel, rule, board);
            labels.putIfAbsent(cells[i], o.title() + ", " + t.title() + " (" + yearLabel + "): " + c.label());
            if (of != null && t.aboutChildren() && of >= v) {
                // a denominator of 1 to 5 is withheld where it is printed, so here it is known to no one
                String ofId = id(o.id(), t.key(), c.label(), yearLabel) + " (of)";
                int denominator = rule.small(of) ? period.implied(c.label() + " (of)", of) : period.fixed(ofId, c.label() + " (of)", of);
                period.share(cells[i], denominator);
            }
        }
        cells[parts.size()] = -1;
        if (t.total() != null) {
            long v = value(t.total(), year);
            int total = cell(period, outputs, o, t, null, v, null, yearLabel, rule, board);
            labels.putIfAbsent(total, o.title() + ", " + t.title() + " (" + yearLabel + "): " + t.total().label());
            cells[parts.size()] = total;
            long added = 0;
            for (int i = 0; i < parts.size(); i++) {
                added += period.value(cells[i]);
            }
            if (added == v) {
                int[] partCells = Arrays.copyOf(cells, parts.size());
                period.sum(total, partCells); // a total that does not balance stops publishing in AnnualReconciliation
            }
        }
        return cells;
    }

    private static int cell(PeriodFigures period, Map<String, Output> outputs, Output o, CountTable t, String label, long v, Long of,
            String yearLabel, DisclosureRule rule, Map<String, Mark> board) {
        String name = label == null ? t.total().label() : label;
        if (!t.aboutChildren()) {
            return period.fixed(id(o.id(), t.key(), label, yearLabel), name, v);
        }
        Output owner = o;
        Line line = new Line(t.key(), label);
        Target same = o.sameAs().get(line);
        if (same != null && outputs.containsKey(same.output())) {
            owner = outputs.get(same.output());
            line = same.line();
        }
        String indicator = owner.indicators().get(line);
        if (indicator != null) {
            String id = "kpi:" + owner.council() + ":" + indicator + "@" + yearLabel;
            Mark byRule = rule.small(v) ? Mark.SMALL : of != null && rule.withholdsShare(v, of) ? Mark.CONFIDENTIAL : Mark.SHOWN;
            Mark onTheBoard = board.get(id);
            return period.published(id, name, v, onTheBoard == null ? byRule : onTheBoard.withheld() && byRule == Mark.SMALL ? Mark.SMALL
                    : onTheBoard);
        }
        return period.count(id(owner.id(), line.table(), line.label(), yearLabel), name, v);
    }

    /** Each line of {@code o}'s tables is the sum of the same line of the outputs it adds up. */
    private static void addUp(PeriodFigures period, Output o, Map<String, int[][]> cells) {
        if (o.addsUp().isEmpty()) {
            return;
        }
        for (CountTable t : o.figures().tables()) {
            List<int[][]> members = new ArrayList<>();
            for (String member : o.addsUp()) {
                int[][] m = cells.get(member + "/" + t.key());
                if (m != null) {
                    members.add(m);
                }
            }
            if (members.size() != o.addsUp().size()) {
                continue; // a table of the agency's own (by council), not a sum of the members' tables
            }
            int[][] own = cells.get(o.id() + "/" + t.key());
            for (int year = 0; year < 2; year++) {
                for (int line = 0; line < own[year].length; line++) {
                    if (own[year][line] < 0) {
                        continue;
                    }
                    int[] parts = new int[members.size()];
                    long added = 0;
                    boolean complete = true;
                    for (int k = 0; k < members.size(); k++) {
                        int[] column = members.get(k)[year];
                        complete &= column.length == own[year].length && column[line] >= 0;
                        parts[k] = complete ? column[line] : 0;
                        added += complete ? period.value(column[line]) : 0;
                    }
                    if (complete && added == period.value(own[year][line])) {
                        period.sum(own[year][line], parts);
                    }
                }
            }
        }
    }

    /** A line's identity in the period: {@code adoption:12/placed/Total@2025-26}. */
    private static String id(String output, String table, String label, String yearLabel) {
        return output + "/" + table + "/" + (label == null ? "Total" : label) + "@" + yearLabel;
    }

    private static long value(Count c, int year) {
        return year == 0 ? c.thisYear() : c.lastYear();
    }

    /** The marks of {@code output}'s table, this year's column then last year's. */
    Column[] columns(String output, String table) {
        Column[] c = columns.get(output + "/" + table);
        if (c == null) {
            throw new IllegalStateException("The period has no table " + table + " of " + output);
        }
        return c;
    }

    /** Withheld counts that the period's printed figures would still give back, each named (stops publishing). */
    List<String> exposed() {
        return exposed;
    }
}
