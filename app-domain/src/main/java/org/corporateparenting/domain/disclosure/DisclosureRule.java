package org.corporateparenting.domain.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * The one disclosure-control rule of every output that leaves the system. Primary suppression: a count from 1 to
 * the threshold is withheld, and so is a percentage or rate whose numerator, or whose complement (the denominator
 * less the numerator), is that small, because with its denominator it would give the small count back (96.4% of 28
 * is 27, so 1 is not). Zero is never withheld. Secondary suppression: for the sums an output prints (a column and
 * its total, a percentage's denominator, a month's stock and flows), the fewest and smallest further counts are
 * withheld, one at a time, until the {@link RecoveryAttack} can narrow no withheld figure to fewer than
 * {@code threshold} possible values; those are marked "c", never "&lt;6" (and where the "&lt;6" marks alone
 * would narrow a cell, one of them is printed "c" instead). The threshold is the council's setting
 * {@code care.disclosure.threshold}, 5 by default: the DfE publishes children's social care statistics (SSDA903,
 * "Children looked after in England") with counts from 1 to 5 suppressed and marked "c", secondary cells included,
 * and the ONS's disclosure-control guidance asks that suppressed cells cannot be derived from totals by
 * subtraction.
 */
public record DisclosureRule(int threshold) {

    public static final int DEFAULT_THRESHOLD = 5;

    public DisclosureRule {
        if (threshold < 0) {
            throw new IllegalArgumentException("The disclosure threshold cannot be negative: " + threshold);
        }
    }

    /** A count from 1 to the threshold. */
    public boolean small(long count) {
        return count >= 1 && count <= threshold;
    }

    /** Whether a percentage of {@code numerator} over {@code denominator} is withheld: either side of it small, or its population. */
    public boolean withholdsShare(double numerator, double denominator) {
        return small(Math.round(numerator)) || small(Math.round(denominator - numerator)) || small(Math.round(denominator));
    }

    /** Primary then secondary suppression over the figures. */
    public Protection protect(LinkedFigures figures) {
        return protect(figures, new Mark[figures.size()]);
    }

    /**
     * As {@link #protect(LinkedFigures)}, starting from marks already decided elsewhere (a figure another output of the
     * period withholds stays withheld here); null entries are decided by the rule.
     */
    public Protection protect(LinkedFigures figures, Mark[] given) {
        int n = figures.size();
        Mark[] marks = new Mark[n];
        for (int i = 0; i < n; i++) {
            LinkedFigures.Cell c = figures.cells.get(i);
            if (given[i] != null) {
                marks[i] = given[i];
            } else {
                marks[i] = c.printed() && c.withholdable() && small(c.value()) ? Mark.SMALL : Mark.SHOWN;
            }
        }
        if (threshold == 0) {
            return new Protection(figures, marks, List.of(), threshold);
        }
        while (true) {
            List<Integer> exposed = RecoveryAttack.exposed(figures, marks, threshold);
            if (exposed.isEmpty()) {
                return new Protection(figures, marks, List.of(), threshold);
            }
            int chosen = -1;
            for (int cell : exposed) {
                chosen = smallestShownBeside(figures, marks, cell);
                if (chosen >= 0) {
                    break;
                }
            }
            for (int i = 0; chosen < 0 && i < exposed.size(); i++) {
                chosen = largestSmallBeside(figures, marks, exposed.get(i));
            }
            if (chosen < 0) {
                return new Protection(figures, marks, exposed, threshold);
            }
            marks[chosen] = Mark.CONFIDENTIAL;
        }
    }

    /**
     * Where only the marks themselves narrow a cell (four "&lt;6" parts of a "&lt;6" total must each be 1 or 2), the
     * largest "&lt;6" beside it is printed "c" instead, which says nothing of its size; -1 if none.
     */
    private static int largestSmallBeside(LinkedFigures figures, Mark[] marks, int cell) {
        int best = -1;
        for (LinkedFigures.Equation e : figures.equations) {
            if (Arrays.stream(e.cells()).noneMatch(c -> c == cell)) {
                continue;
            }
            for (int c : e.cells()) {
                if (marks[c] == Mark.SMALL && (best < 0 || figures.value(c) > figures.value(best))) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** The smallest printed, withholdable, shown, non-zero count in an equation with {@code cell}; -1 if none. */
    private static int smallestShownBeside(LinkedFigures figures, Mark[] marks, int cell) {
        int best = -1;
        for (LinkedFigures.Equation e : figures.equations) {
            boolean with = false;
            for (int c : e.cells()) {
                with |= c == cell;
            }
            if (!with) {
                continue;
            }
            for (int c : e.cells()) {
                LinkedFigures.Cell x = figures.cells.get(c);
                if (x.printed() && x.withholdable() && marks[c] == Mark.SHOWN && x.value() > 0
                        && (best < 0 || x.value() < figures.value(best))) {
                    best = c;
                }
            }
        }
        return best;
    }
}
