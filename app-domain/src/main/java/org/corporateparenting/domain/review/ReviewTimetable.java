package org.corporateparenting.domain.review;

import java.time.LocalDate;

/**
 * When a looked-after review is due (Care Planning, Placement and Case Review (England) Regulations
 * 2010, reg. 33): the first within 20 working days of the day the child became looked after, the
 * second within three months of the first, each later one within six months of the one before. Each
 * period of care starts the timetable again.
 */
public final class ReviewTimetable {

    public static final int FIRST_REVIEW_WORKING_DAYS = 20;

    private ReviewTimetable() {
    }

    /**
     * The due date of the next review of a period of care that started on {@code periodStart}, given
     * how many reviews of it have been held and when the last was held.
     */
    public static LocalDate nextDue(LocalDate periodStart, int reviewsHeld, LocalDate lastHeld) {
        if (reviewsHeld == 0) {
            return WorkingDays.plusWorkingDays(periodStart, FIRST_REVIEW_WORKING_DAYS);
        }
        return reviewsHeld == 1 ? lastHeld.plusMonths(3) : lastHeld.plusMonths(6);
    }
}
