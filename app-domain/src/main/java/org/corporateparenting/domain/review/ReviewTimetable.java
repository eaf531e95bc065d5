package org.corporateparenting.domain.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.corporateparenting.domain.episode.LookedAfter;

/**
 * When a looked-after review is due (Care Planning, Placement and Case Review (England) Regulations
 * 2010, reg. 33): the first within 20 working days of the day the child became looked after, the
 * second within three months of the first, each later one within six months of the one before. Each
 * period of care starts the timetable again; periods of care are {@link LookedAfter}'s (short breaks left out), for
 * the child's record, the IRO's lists, the 903 load and the dataset alike.
 */
public final class ReviewTimetable {

    public static final int FIRST_REVIEW_WORKING_DAYS = 20;

    private ReviewTimetable() {
    }

    /**
     * The due date of the next review of a period of care that started on {@code periodStart}, given
     * how many reviews of it have been held and when the last was held.
     */
    /**
     * The due date of the next review of the period of care that started on {@code periodStart}, given the reviews
     * recorded for the child: those of that period held on or before {@code asAt} count.
     */
    public static LocalDate nextDue(LocalDate periodStart, List<LookedAfterReview> reviews, LocalDate asAt) {
        List<LookedAfterReview> held = heldIn(periodStart, reviews, asAt);
        return nextDue(periodStart, held.size(), held.isEmpty() ? null : held.get(held.size() - 1).getHeldOn());
    }

    /** The reviews of the period that started on {@code periodStart} held on or before {@code asAt}, in the order held. */
    public static List<LookedAfterReview> heldIn(LocalDate periodStart, List<LookedAfterReview> reviews, LocalDate asAt) {
        return reviews.stream()
                .filter(r -> r.getPeriodStart().equals(periodStart) && (asAt == null || !r.getHeldOn().isAfter(asAt)))
                .sorted(Comparator.comparing(LookedAfterReview::getHeldOn)).toList();
    }

    public static LocalDate nextDue(LocalDate periodStart, int reviewsHeld, LocalDate lastHeld) {
        if (reviewsHeld == 0) {
            return WorkingDays.plusWorkingDays(periodStart, FIRST_REVIEW_WORKING_DAYS);
        }
        return reviewsHeld == 1 ? lastHeld.plusMonths(3) : lastHeld.plusMonths(6);
    }
}
