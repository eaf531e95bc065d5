package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corporateparenting.application.ssda903.Ssda903Stitch.SocialWorkerRow;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.shared.UkDates;

/**
 * Brings children's social worker episodes up to the 903 SWEpisodes files: an episode is the child and its start
 * (SW_DECOM); a new one is recorded; an end date in the files is recorded on one still open here; one recorded here
 * with another worker or reason is kept as recorded (a warning names the row); an end recorded here is never reopened.
 */
final class Ssda903SocialWorkers extends RowLoader {

    /** The new episodes; {@code recorded}: the council's episodes by child reference and start ("D000001|2024-05-01"). */
    List<SocialWorkerEpisode> apply(List<SocialWorkerRow> rows, Map<String, Child> children, Map<String, SocialWorkerEpisode> recorded) {
        List<SocialWorkerEpisode> made = new ArrayList<>();
        for (SocialWorkerRow row : rows) {
            Child child = childOf(row, children);
            if (child == null) {
                continue;
            }
            SocialWorkerEpisode existing = recorded.get(row.child() + "|" + row.start());
            if (existing == null) {
                SocialWorkerEpisode e = new SocialWorkerEpisode(child, row.worker(), row.start(), row.end(), row.reason());
                recorded.put(row.child() + "|" + row.start(), e);
                made.add(e);
                created++;
                continue;
            }
            if (!existing.getSocialWorker().equals(row.worker()) || !Objects.equals(existing.getReason(), row.reason())) {
                warn(row, "SW_ID", row.worker(), "The social worker's episode starting " + UkDates.format(row.start()) + " is recorded here as "
                        + existing.getSocialWorker() + (existing.getReason() == null ? "" : " (" + existing.getReason() + ")") + ", which is kept.");
            }
            if (existing.getEndDate() == null && row.end() != null) {
                existing.endOn(row.end());
                updated++;
            } else {
                unchanged++;
            }
        }
        return made;
    }
}
