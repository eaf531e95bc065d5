package org.corporateparenting.domain.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * What someone holding only the printed figures can work out about each withheld one: the range each cell must lie
 * in, narrowed by every sum of the output (bounds propagated through each equation until nothing changes). The
 * attacker knows the marks: a "&lt;6" cell lies from 1 to the threshold; a "c" says nothing of size, as its key says
 * (an attacker who knew that the secondary cells chosen are mostly above the threshold could sometimes narrow them
 * further). A withheld cell is exposed when fewer than {@code threshold} values remain possible
 * (a "&lt;6" cell must keep all of 1 to 5). Interval propagation is sound (a narrower range is never reported than
 * can be proved) for the sums tables print; a full linear programme could sometimes narrow further across many
 * overlapping sums, which the choice of the smallest secondary cells makes unlikely but does not exclude.
 */
public final class RecoveryAttack {

    /** Stands for "no upper bound"; large enough that sums of many of them do not overflow. */
    static final long UNBOUNDED = 1L << 50;

    /** A cell's possible values, {@code low} to {@code high} inclusive. */
    public record Range(long low, long high) {

        public long possibleValues() {
            return high >= UNBOUNDED ? UNBOUNDED : high - low + 1;
        }

        public boolean exact() {
            return low == high;
        }
    }

    private RecoveryAttack() {
    }

    /** Each cell's range given what is printed under {@code marks}. */
    public static Range[] ranges(LinkedFigures figures, Mark[] marks, int threshold) {
        int n = figures.size();
        long[] low = new long[n];
        long[] high = new long[n];
        for (int i = 0; i < n; i++) {
            LinkedFigures.Cell c = figures.cells.get(i);
            if (!c.printed()) {
                low[i] = 0;
                high[i] = UNBOUNDED;
            } else if (marks[i] == Mark.SHOWN) {
                low[i] = c.value();
                high[i] = c.value();
            } else if (marks[i] == Mark.SMALL) {
                low[i] = 1;
                high[i] = threshold;
            } else {
                low[i] = 0; // "c" says nothing of a figure's size (it also marks percentages, and a "<6" turned "c")
                high[i] = UNBOUNDED;
            }
        }
        boolean changed = true;
        for (int round = 0; changed && round < 10 * n + 10; round++) {
            changed = false;
            for (LinkedFigures.Equation e : figures.equations) {
                changed |= narrow(e, low, high);
            }
        }
        Range[] out = new Range[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Range(low[i], Math.min(high[i], UNBOUNDED));
        }
        return out;
    }

    /** Cells (withheld, or implied and small) that the printed figures narrow to fewer than {@code threshold} values. */
    public static List<Integer> exposed(LinkedFigures figures, Mark[] marks, int threshold) {
        Range[] ranges = ranges(figures, marks, threshold);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            LinkedFigures.Cell c = figures.cells.get(i);
            boolean secret = c.printed() ? marks[i].withheld() : c.value() >= 1 && c.value() <= threshold;
            if (secret && ranges[i].possibleValues() < threshold) {
                out.add(i);
            }
        }
        return out;
    }

    /** One pass over an equation Σ sign·x = 0: each cell lies within what the others leave. */
    private static boolean narrow(LinkedFigures.Equation e, long[] low, long[] high) {
        int[] cells = e.cells();
        int[] signs = e.signs();
        long sumLow = 0;
        long sumHigh = 0;
        for (int k = 0; k < cells.length; k++) {
            int c = cells[k];
            sumLow += signs[k] > 0 ? low[c] : -high[c];
            sumHigh += signs[k] > 0 ? high[c] : -low[c];
        }
        boolean changed = false;
        for (int k = 0; k < cells.length; k++) {
            int c = cells[k];
            long ownLow = signs[k] > 0 ? low[c] : -high[c];
            long ownHigh = signs[k] > 0 ? high[c] : -low[c];
            long othersLow = sumLow - ownLow;
            long othersHigh = sumHigh - ownHigh;
            // sign·x = -(others): x in [-othersHigh, -othersLow] for +1, [othersLow, othersHigh] for -1
            long newLow = signs[k] > 0 ? -othersHigh : othersLow;
            long newHigh = signs[k] > 0 ? -othersLow : othersHigh;
            if (newHigh >= UNBOUNDED / 2) {
                newHigh = UNBOUNDED;
            }
            if (newLow > low[c]) {
                low[c] = newLow;
                changed = true;
            }
            if (newHigh < high[c]) {
                high[c] = newHigh;
                changed = true;
            }
        }
        return changed;
    }
}
