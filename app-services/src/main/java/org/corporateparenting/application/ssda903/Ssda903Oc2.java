package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.ssda903.Ssda903Stitch.Oc2Row;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.health.Oc2Return;
import org.corporateparenting.domain.indicator.ChildHistory;
import org.corporateparenting.domain.indicator.Oc2Figures;

/**
 * Loads the 903 OC2 files. OC2 gives a year's outcomes as flags without dates, so it cannot become dated health records;
 * instead a row is compared with what the return would say from the records here ({@link Oc2Figures}, or a row loaded
 * before): the same, nothing is stored; otherwise the row is kept as the council's return for that child and year
 * ({@link Oc2Return}) and written back in place of the figures, so a submitted year reads back as submitted. A row for a
 * child who was not looked after for 12 months on 31 March by the episodes is kept too, with a warning (the DfE's cohort
 * rule would leave it out). The board's health indicators read the dated records only.
 */
final class Ssda903Oc2 extends RowLoader {

    /** The new returns; {@code histories}: each child's records by reference; {@code recorded}: rows kept, by "ref|year". */
    List<Oc2Return> apply(List<Oc2Row> rows, Map<String, Child> children, Map<String, ChildHistory> histories,
            Map<String, Oc2Return> recorded) {
        List<Oc2Return> made = new ArrayList<>();
        for (Oc2Row row : rows) {
            ChildHistory history = histories.get(row.child());
            boolean inCohort = history != null && Oc2Figures.inCohort(history, row.year());
            if (!inCohort) {
                warn(row, "CHILD", row.child(), "The child was not looked after continuously for 12 months on 31 March "
                        + row.year().end().getYear() + " by the episodes, so the DfE would leave this row out; it is kept as loaded.");
            }
            String key = row.child() + "|" + row.year().startYear();
            Oc2Return kept = recorded.get(key);
            List<String> now = kept != null ? kept.values() : inCohort ? Oc2Figures.of(history, row.year()) : null;
            if (row.values().equals(now)) {
                unchanged++;
            } else if (kept != null) {
                kept.revise(row.values());
                updated++;
            } else {
                Oc2Return loaded = new Oc2Return(children.get(row.child()), row.year().startYear(), row.values());
                recorded.put(key, loaded);
                made.add(loaded);
                created++;
            }
        }
        return made;
    }
}
