package org.corporateparenting.domain.review;

import static org.corporateparenting.domain.shared.UkDates.format;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.corporateparenting.domain.episode.LookedAfter;
import org.corporateparenting.domain.shared.FieldError;

/**
 * When a looked-after review is due (Care Planning, Placement and Case Review (England) Regulations
 * 2010, reg. 33): the first within 20 working days of the day the child became looked after, the
 * second within three months of the first, each later one within six months of the one before. Each
 * period of care starts the timetable again; periods of care are {@link LookedAfter}'s (short breaks left out), for
 * the child's record, the IRO's lists, the 903 load and the dataset alike.
 *
 * <p>A review held less than half its interval after the last (under about 45 days after the first review, 91 after a
 * later one) looks like the same review recorded twice. Reg. 33(3) lets a review be brought forward (the IRO may call one
 * after a significant change), so it is refused only until the person confirms it was an earlier review; a review on
 * or before the last one of the period is always refused.
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

    /**
     * The broken rules for a review held on {@code heldOn} after {@code reviewsHeld} reviews of the period, the last on
     * {@code lastHeld} (null for the first); empty when it may be stored.
     */
    public static List<FieldError> check(LocalDate periodStart, int reviewsHeld, LocalDate lastHeld, LocalDate heldOn,
            boolean confirmed) {
        if (lastHeld == null || heldOn == null) {
            return List.of();
        }
        if (!heldOn.isAfter(lastHeld)) {
            return List.of(new FieldError("heldOn", "The last review of this period was held on " + format(lastHeld)
                    + ": a new one must be later."));
        }
        if (looksRepeated(periodStart, reviewsHeld, lastHeld, heldOn) && !confirmed) {
            return List.of(new FieldError("heldOn", "The last review was held on " + format(lastHeld) + ", "
                    + ChronoUnit.DAYS.between(lastHeld, heldOn) + " days before, and the next was due by "
                    + format(nextDue(periodStart, reviewsHeld, lastHeld)) + " (Care Planning Regulations 2010, reg. 33), so this "
                    + "looks like the same review recorded twice. If it was a review brought forward, confirm it."));
        }
        return List.of();
    }

    /** Whether a review on {@code heldOn} is less than half the interval to the next due date after the last one. */
    public static boolean looksRepeated(LocalDate periodStart, int reviewsHeld, LocalDate lastHeld, LocalDate heldOn) {
        if (lastHeld == null) {
            return false;
        }
        long interval = ChronoUnit.DAYS.between(lastHeld, nextDue(periodStart, reviewsHeld, lastHeld));
        return ChronoUnit.DAYS.between(lastHeld, heldOn) * 2 < interval;
    }

    public static LocalDate nextDue(LocalDate periodStart, int reviewsHeld, LocalDate lastHeld) {
        if (reviewsHeld == 0) {
            return WorkingDays.plusWorkingDays(periodStart, FIRST_REVIEW_WORKING_DAYS);
        }
        return reviewsHeld == 1 ? lastHeld.plusMonths(3) : lastHeld.plusMonths(6);
    }
}
