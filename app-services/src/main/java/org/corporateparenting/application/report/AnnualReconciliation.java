package org.corporateparenting.application.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.report.CountTable.Count;

/**
 * The checks run before an annual report is published, each failure named so it can be put right: the parts of
 * every totalled table add up to its total (quarters to the year, codes to the reviews held) in both years; the
 * same measure has the same value wherever it appears ({@code agreements}: the children in care counted by age,
 * by sex, by legal status and in the words, and the board's dataset for March); every figure the words quote
 * exists; the cover fields a committee needs are filled in; every statutory section has words ({@link #emptyStatutory},
 * named by its heading); and no withheld count of a table can be worked out from
 * the figures printed beside it (the recovery attack of {@link org.corporateparenting.domain.disclosure.RecoveryAttack}).
 */
final class AnnualReconciliation {

    private AnnualReconciliation() {
    }

    /** {@code agreements}: for each measure, its value in each place it appears (by the place's name). */
    static List<String> failures(AnnualFigures figures, ReportSpec spec, AnnualReportWriter writer, Map<String, Map<String, Long>> agreements) {
        List<String> failures = new ArrayList<>();
        for (CountTable t : figures.tables()) {
            if (t.total() != null) {
                checkSum(t, figures.year(), t.parts().stream().mapToLong(Count::thisYear).sum(), t.total().thisYear(), failures);
                checkSum(t, figures.lastYear(), t.parts().stream().mapToLong(Count::lastYear).sum(), t.total().lastYear(), failures);
            }
        }
        writer.exposed().forEach(cell -> failures.add(cell + " is withheld but the printed figures would give it back."));
        agreements.forEach((measure, places) -> {
            if (places.values().stream().distinct().count() > 1) {
                failures.add(measure + " differs between places: " + places + ".");
            }
        });
        for (ReportSpec.Block b : spec.parts()) {
            writer.unknownReferences(writer.text(b.key(), b.starting()))
                    .forEach(k -> failures.add(b.label() + " quotes {" + k + "}, which is not a figure of this report."));
            if (ReportSpec.REQUIRED.contains(b.key()) && writer.text(b.key(), b.starting()).isBlank()) {
                failures.add(b.label() + " is empty: the committee needs it.");
            }
        }
        failures.addAll(emptyStatutory(spec, writer));
        return failures;
    }

    /** Every statutory section still without words (its stored words, or its starting words, blank), by its heading. */
    static List<String> emptyStatutory(ReportSpec spec, AnnualReportWriter writer) {
        return spec.statutorySections().stream().filter(s -> writer.text(s.key(), s.starting()).isBlank())
                .map(s -> "\"" + s.heading() + "\" is empty: it is a statutory section, so write it before publishing.")
                .toList();
    }

    private static void checkSum(CountTable t, String year, long sum, long total, List<String> failures) {
        if (sum != total) {
            failures.add(t.title() + " (" + year + "): the lines add up to " + sum + " but the total is " + total + ".");
        }
    }
}
