package org.corporateparenting.domain.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts an output prints together and the sums that tie them (a column and its total, a percentage's numerator
 * and denominator with its complement, last month's children in care plus those who started less those who ceased
 * giving this month's). Every cell is a whole count of at least zero. A cell may be {@code printed} (a figure the
 * output shows unless withheld) or implied (a complement nobody prints but anyone can work out); only printed cells
 * that are {@code withholdable} may be chosen for secondary suppression (a denominator printed elsewhere is not).
 */
public final class LinkedFigures {

    record Cell(long value, boolean printed, boolean withholdable, String label) {
    }

    /** {@code Σ signs[i] × cells[i] = 0}, signs +1 or -1. */
    record Equation(int[] cells, int[] signs) {
    }

    final List<Cell> cells = new ArrayList<>();
    final List<Equation> equations = new ArrayList<>();

    /** A printed, withholdable count; returns its index. */
    public int count(String label, long value) {
        return add(label, value, true, true);
    }

    /** A printed count that this output may not withhold (it is published elsewhere in full, or is not about children). */
    public int fixed(String label, long value) {
        return add(label, value, true, false);
    }

    /** A count nobody prints but anyone could work out from the sums (the children not in a percentage's numerator). */
    public int implied(String label, long value) {
        return add(label, value, false, false);
    }

    private int add(String label, long value, boolean printed, boolean withholdable) {
        if (value < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + label + " = " + value);
        }
        cells.add(new Cell(value, printed, withholdable, label));
        return cells.size() - 1;
    }

    /** {@code total = Σ parts}. */
    public void sum(int total, int... parts) {
        int[] all = new int[parts.length + 1];
        int[] signs = new int[parts.length + 1];
        all[0] = total;
        signs[0] = -1;
        for (int i = 0; i < parts.length; i++) {
            all[i + 1] = parts[i];
            signs[i + 1] = 1;
        }
        equation(all, signs);
    }

    /** {@code Σ plus = Σ minus}, e.g. last month + started = this month + ceased. */
    public void balance(int[] plus, int[] minus) {
        int[] all = new int[plus.length + minus.length];
        int[] signs = new int[all.length];
        for (int i = 0; i < plus.length; i++) {
            all[i] = plus[i];
            signs[i] = 1;
        }
        for (int i = 0; i < minus.length; i++) {
            all[plus.length + i] = minus[i];
            signs[plus.length + i] = -1;
        }
        equation(all, signs);
    }

    /** A percentage's figures: {@code denominator = numerator + complement}, the complement implied; returns its index. */
    public int share(int numerator, int denominator) {
        long complement = cells.get(denominator).value() - cells.get(numerator).value();
        if (complement < 0) {
            throw new IllegalArgumentException("A numerator cannot exceed its denominator: " + label(numerator) + " of " + label(denominator));
        }
        int c = implied("not " + label(numerator), complement);
        sum(denominator, numerator, c);
        return c;
    }

    private void equation(int[] all, int[] signs) {
        long total = 0;
        for (int i = 0; i < all.length; i++) {
            total += signs[i] * cells.get(all[i]).value();
        }
        if (total != 0) {
            StringBuilder names = new StringBuilder();
            for (int c : all) {
                names.append(names.length() == 0 ? "" : ", ").append(label(c));
            }
            throw new IllegalArgumentException("Figures that should balance do not (" + names + "): off by " + total);
        }
        equations.add(new Equation(all, signs));
    }

    public int size() {
        return cells.size();
    }

    public String label(int cell) {
        return cells.get(cell).label();
    }

    public long value(int cell) {
        return cells.get(cell).value();
    }
}
