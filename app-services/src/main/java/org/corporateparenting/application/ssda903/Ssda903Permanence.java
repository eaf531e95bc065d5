package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.ssda903.Ssda903Stitch.PermanenceRow;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.PreviousPermanence;

/**
 * Brings children's previous permanence orders up to the 903 PrevPerm files: one per child, the latest year's row; a
 * child with none gets one, one that says otherwise is brought up to the files (like the child's details in the
 * header), one already as the files say is left alone.
 */
final class Ssda903Permanence extends RowLoader {

    /** The new records; {@code recorded}: the council's previous permanence orders by child reference. */
    List<PreviousPermanence> apply(List<PermanenceRow> rows, Map<String, Child> children, Map<String, PreviousPermanence> recorded) {
        List<PreviousPermanence> made = new ArrayList<>();
        for (PermanenceRow row : rows) {
            Child child = childOf(row, children);
            if (child == null) {
                continue;
            }
            PreviousPermanence existing = recorded.get(row.child());
            if (existing == null) {
                PreviousPermanence p = new PreviousPermanence(child, row.option(), row.localAuthority(), row.orderDate());
                recorded.put(row.child(), p);
                made.add(p);
                created++;
            } else if (existing.says(row.option(), row.localAuthority(), row.orderDate())) {
                unchanged++;
            } else {
                existing.revise(row.option(), row.localAuthority(), row.orderDate());
                updated++;
            }
        }
        return made;
    }
}
