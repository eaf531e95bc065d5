package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.ssda903.Ssda903Stitch.MissingRow;
import org.corporateparenting.application.ssda903.Ssda903Stitch.ReviewRow;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.shared.UkDates;

/**
 * Values the load takes but doubts, each a warning on its row and field (loaded, not silent, not an error; issue 18):
 * <ul>
 * <li>a review dated after the end of its file's collection year (REVIEW): the Reviews file holds the reviews held in
 * the year (DfE SSDA903 guidance, Reviews); one after today as well is said to be so. It is loaded, and written in the
 * return of the year it falls in;</li>
 * <li>a time missing or absent (MIS_START) starting on a day no episode here or in the files covers: before the child's
 * first episode (DfE rule 581, "Child is missing but has not yet started to be looked after"), or after they ceased to
 * be looked after (DfE rule 578, "The date that the child started to be missing is after the child ceased to be looked
 * after"), between periods of care included.</li>
 * </ul>
 * {@code episodes}: each child's episodes after the merge (those held here and those made from the files).
 */
final class Ssda903Doubts {

    private Ssda903Doubts() {
    }

    static List<ImportProblem> of(List<ReviewRow> reviews, List<MissingRow> missing, Map<String, List<Episode>> episodes, LocalDate today) {
        List<ImportProblem> doubts = new ArrayList<>();
        for (ReviewRow r : reviews) {
            CollectionYear year = Ssda903Adoptions.yearOf(r.file());
            if (r.held() != null && year != null && r.held().isAfter(year.end())) {
                doubts.add(warning(r.file(), r.row(), "REVIEW", r.held(), "The review is dated after the end of the collection year "
                        + year.label() + " (" + UkDates.format(year.end()) + ")" + (r.held().isAfter(today) ? ", and after today," : "")
                        + " but the Reviews file holds the reviews held in the year. It is loaded as held that day (and written in the "
                        + "return of the year it falls in): check the date."));
            }
        }
        for (MissingRow m : missing) {
            List<Episode> theirs = episodes.getOrDefault(m.child(), List.of());
            if (m.start() == null || theirs.isEmpty() || theirs.stream().anyMatch(e -> e.isOpenOn(m.start()))) {
                continue;
            }
            boolean beforeCare = theirs.stream().allMatch(e -> e.getStartDate().isAfter(m.start()));
            doubts.add(warning(m.file(), m.row(), "MIS_START", m.start(), beforeCare
                    ? "DfE rule 581: the child is missing or absent before they started to be looked after (no episode here or in the "
                    + "files covers that day). It is loaded: check the date or the child's first episode."
                    : "DfE rule 578: the child started to be missing or absent on a day they were not looked after (after an episode "
                    + "ended, with no episode here or in the files covering that day). It is loaded: check the date or the episodes."));
        }
        return doubts;
    }

    private static ImportProblem warning(String file, int row, String field, LocalDate value, String reason) {
        return new ImportProblem(file, row, field, UkDates.format(value), reason, ImportProblem.Severity.WARNING);
    }
}
