package org.corporateparenting.application.report;

import java.util.List;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.disclosure.DisclosureRule;
import org.corporateparenting.domain.disclosure.LinkedFigures;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.disclosure.Protection;

/**
 * How a published report prints the counts of a table, column by column (this year, last year), by the one
 * disclosure rule ({@link DisclosureRule}): the sums of a column are its parts and the total they make, and a part
 * whose share is of a denominator of its own (reviews on time in a quarter, of that quarter's reviews) adds that
 * denominator with the part's complement, so neither a total nor a share can give a withheld count back. A share
 * is withheld with its count. Tables of staff are printed whole.
 */
final class TableSuppression {

    /** {@code parts[i]} and {@code total} for one year's column; the total is {@link Mark#SHOWN} when there is none. */
    record Column(Mark[] parts, Mark total, List<String> exposed) {

        boolean anyWithheld() {
            for (Mark m : parts) {
                if (m.withheld()) {
                    return true;
                }
            }
            return total.withheld();
        }
    }

    private TableSuppression() {
    }

    static Column thisYear(CountTable table, DisclosureRule rule) {
        return column(table, rule, true);
    }

    static Column lastYear(CountTable table, DisclosureRule rule) {
        return column(table, rule, false);
    }

    private static Column column(CountTable table, DisclosureRule rule, boolean thisYear) {
        List<Count> parts = table.parts();
        LinkedFigures figures = new LinkedFigures();
        int[] cells = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Count c = parts.get(i);
            long v = value(c, thisYear);
            cells[i] = table.aboutChildren() ? figures.count(c.label(), v) : figures.fixed(c.label(), v);
            Long of = thisYear ? c.thisOf() : c.lastOf();
            if (of != null && table.aboutChildren() && of >= v) {
                // a denominator of 1 to 5 is withheld where it is printed, so here it is known to no one
                int denominator = rule.small(of) ? figures.implied(c.label() + " (of)", of) : figures.fixed(c.label() + " (of)", of);
                figures.share(cells[i], denominator);
            }
        }
        int total = -1;
        if (table.total() != null) {
            long v = value(table.total(), thisYear);
            total = table.aboutChildren() ? figures.count(table.total().label(), v) : figures.fixed(table.total().label(), v);
            long added = 0;
            for (int c : cells) {
                added += figures.value(c);
            }
            if (added == v) {
                figures.sum(total, cells); // a total that does not balance stops publishing in AnnualReconciliation
            }
        }
        Protection p = rule.protect(figures);
        Mark[] marks = new Mark[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            marks[i] = p.mark(cells[i]);
        }
        return new Column(marks, total < 0 ? Mark.SHOWN : p.mark(total), p.exposedLabels());
    }

    private static long value(Count c, boolean thisYear) {
        return thisYear ? c.thisYear() : c.lastYear();
    }
}
