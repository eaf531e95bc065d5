package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.indicator.Disclosure;

/**
 * Which counts of a table a published report withholds, column by column (this year, last year). A count from 1
 * to the threshold is withheld ({@link Disclosure}); so is a total that small. Where a total is printed and only one
 * part of a column is withheld, the total would give it back, so the smallest other part above zero is withheld
 * too (secondary suppression, as the DfE and ONS practise it). A share is withheld with its count. Tables of staff
 * are printed whole.
 */
final class TableSuppression {

    /** {@code parts[i]} and {@code total} for one year's column. */
    record Column(boolean[] parts, boolean total) {
    }

    private TableSuppression() {
    }

    static Column thisYear(CountTable table, Disclosure rule) {
        return column(table, rule, true);
    }

    static Column lastYear(CountTable table, Disclosure rule) {
        return column(table, rule, false);
    }

    private static Column column(CountTable table, Disclosure rule, boolean thisYear) {
        List<Count> parts = table.parts();
        boolean[] withheld = new boolean[parts.size()];
        if (!table.aboutChildren()) {
            return new Column(withheld, false);
        }
        int count = 0;
        for (int i = 0; i < parts.size(); i++) {
            withheld[i] = rule.withholds(value(parts.get(i), thisYear));
            count += withheld[i] ? 1 : 0;
        }
        boolean total = table.total() != null && rule.withholds(value(table.total(), thisYear));
        if (table.total() != null && !total && count == 1) {
            int smallest = -1;
            for (int i = 0; i < parts.size(); i++) {
                long v = value(parts.get(i), thisYear);
                if (!withheld[i] && v > 0 && (smallest < 0 || v < value(parts.get(smallest), thisYear))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                withheld[smallest] = true;
            }
        }
        return new Column(withheld, total);
    }

    private static long value(Count c, boolean thisYear) {
        return thisYear ? c.thisYear() : c.lastYear();
    }
}
