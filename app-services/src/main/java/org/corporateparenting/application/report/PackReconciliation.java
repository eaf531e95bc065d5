package org.corporateparenting.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.domain.indicator.Unit;
import org.corporateparenting.report.pack.BoardPack;

/**
 * The checks run before a pack is published, each failure named so it can be put right: every figure agrees
 * with its own numerator and denominator (a percentage is its numerator over its denominator, a rate per 10,000
 * its numerator over the under-18 population, an average its total over its count), and the same measure
 * prints the same value wherever it appears (headline tile, area page, appendix).
 */
final class PackReconciliation {

    private PackReconciliation() {
    }

    static List<String> failures(DatasetView view, BoardPack pack) {
        List<String> failures = new ArrayList<>();
        for (DatasetView.Row r : view.rows()) {
            // a figure whose counts are withheld (they would give a withheld count back) prints no counts to reconcile with
            if (!r.suppressed() && r.value() != null && r.numerator() != null) {
                checkArithmetic(r, failures);
            }
            String printed = BoardPackBuilder.value(r);
            pack.tiles().stream().filter(t -> t.title().equals(r.title()) && !t.value().equals(printed)).forEach(t -> failures.add(
                    r.title() + ": the summary prints " + t.value() + " but the area page prints " + printed + "."));
            if (!r.suppressed()) {
                pack.appendix().stream().filter(a -> a.title().equals(r.title())).forEach(a -> {
                    String last = a.months().get(a.months().size() - 1);
                    if (!last.equals(printed)) {
                        failures.add(r.title() + ": the appendix prints " + last + " for this month but the area page prints " + printed + ".");
                    }
                });
            }
        }
        return failures;
    }

    private static void checkArithmetic(DatasetView.Row r, List<String> failures) {
        Unit unit = Unit.valueOf(r.unit());
        BigDecimal expected;
        if (unit == Unit.COUNT) {
            expected = BigDecimal.valueOf(r.numerator());
        } else if (r.denominator() == null || r.denominator() == 0) {
            failures.add(r.title() + ": a figure of " + unit.written(r.value()) + " is printed but it has no denominator.");
            return;
        } else {
            double factor = unit == Unit.PERCENT ? 100 : unit == Unit.RATE_PER_10000 ? 10_000 : 1;
            expected = BigDecimal.valueOf(r.numerator() * factor / r.denominator()).setScale(4, RoundingMode.HALF_UP);
        }
        if (!unit.written(expected).equals(unit.written(r.value()))) {
            failures.add(r.title() + ": " + unit.written(r.value()) + " is printed but " + plain(r.numerator()) + " over " + r.denominator()
                    + " gives " + unit.written(expected) + ".");
        }
    }

    private static String plain(Double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
