package org.corporateparenting.domain.disclosure;

import java.util.HashMap;
import java.util.Map;

/**
 * Every figure that the outputs of one period print (each annual report of the year, the regional adoption agency's
 * and each member council's own), each figure once under its identity, with the sums of every output. A figure
 * printed in two outputs is one cell, so it has one mark everywhere and a sum in one output protects it in the
 * other: a count one report withholds as "c" cannot be printed by another, and the agency's total less one
 * council's own figure cannot give back another council's withheld one. A figure <em>published in full</em>
 * elsewhere (the board's monthly dataset, whose figures councillors have read since March) keeps the mark that
 * output gave it and is never chosen to protect another, so secondary suppression withholds a different figure
 * instead of one the board has already printed. Two outputs that print different values under one identity do not
 * agree (the reports' reconciliation names that): the second value is kept as a figure of its own.
 */
public final class PeriodFigures {

    private final LinkedFigures figures = new LinkedFigures();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Integer, Mark> published = new HashMap<>();

    /** A printed count the period's outputs may withhold; returns its cell. */
    public int count(String id, String label, long value) {
        Integer known = same(id, value);
        return known != null ? known : remember(id, figures.count(label, value));
    }

    /** A printed count no output of the period withholds (about staff or places, not children). */
    public int fixed(String id, String label, long value) {
        Integer known = same(id, value);
        if (known != null) {
            figures.cells.set(known, new LinkedFigures.Cell(value, true, false, figures.label(known)));
            return known;
        }
        return remember(id, figures.fixed(label, value));
    }

    /**
     * A count published in full by an output outside the period's control, printed there as {@code mark}
     * ({@link Mark#SHOWN} or withheld by that output's own rule); returns its cell.
     */
    public int published(String id, String label, long value, Mark mark) {
        Integer known = same(id, value);
        int cell = known != null ? known : remember(id, figures.fixed(label, value));
        if (known != null) {
            figures.cells.set(cell, new LinkedFigures.Cell(value, true, false, figures.label(cell)));
        }
        published.merge(cell, mark, (first, second) -> first);
        return cell;
    }

    /** A count nobody prints but anyone could work out (a denominator of 1 to 5 that is itself withheld where printed). */
    public int implied(String label, long value) {
        return figures.implied(label, value);
    }

    /** {@code total = Σ parts}. */
    public void sum(int total, int... parts) {
        figures.sum(total, parts);
    }

    /** A percentage's figures: {@code denominator = numerator + complement}, the complement implied. */
    public void share(int numerator, int denominator) {
        figures.share(numerator, denominator);
    }

    public long value(int cell) {
        return figures.value(cell);
    }

    /** Primary then secondary suppression over the whole period, figures published in full keeping their marks. */
    public Protection protect(DisclosureRule rule) {
        Mark[] given = new Mark[figures.size()];
        published.forEach((cell, mark) -> given[cell] = mark);
        return rule.protect(figures, given);
    }

    private Integer same(String id, long value) {
        Integer known = byId.get(id);
        return known != null && figures.value(known) == value ? known : null;
    }

    private int remember(String id, int cell) {
        byId.putIfAbsent(id, cell);
        return cell;
    }

    /** How many distinct figures the period holds (for the benchmark and tests). */
    public int size() {
        return figures.size();
    }
}
