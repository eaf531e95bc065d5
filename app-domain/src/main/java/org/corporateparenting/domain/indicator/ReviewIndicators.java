package org.corporateparenting.domain.indicator;

import static org.corporateparenting.domain.indicator.PeriodBasis.FINANCIAL_YEAR_TO_DATE;
import static org.corporateparenting.domain.indicator.Polarity.HIGH;
import static org.corporateparenting.domain.indicator.Unit.PERCENT;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.review.ReviewTimetable;

/**
 * Reviews of children in care (Care Planning, Placement and Case Review (England) Regulations 2010,
 * reg. 33: within 20 working days of entering care, then 3 months, then at most every 6 months).
 */
final class ReviewIndicators {

    private ReviewIndicators() {
    }

    static List<Indicator<?>> all() {
        return List.of(Indicator.ofChildren(Definition.of(Area.REVIEWS, "REV_CLA_REVIEWS_TIMELY", "% of children in care reviewed within timescales", PERCENT, HIGH, FINANCIAL_YEAR_TO_DATE)
                .population("Children in care at month end with at least one review of the current period of care due from "
                        + "1 April to month end")
                .numerator("Of them, every such review held by its due date, and none outstanding past its due date at month end")
                .national("Former NI 66; reg. 33 timetable with England and Wales working days"),
                ReviewIndicators::timely));
    }

    private static void timely(ChildHistory c, ReportingMonth m, Tally t) {
        PeriodOfCare period = c.periodAt(m.end());
        if (period == null) {
            return;
        }
        LocalDate from = m.financialYearStart();
        List<LookedAfterReview> held = ReviewTimetable.heldIn(period.start(), c.reviews(), m.end());
        boolean anyDue = false;
        boolean allOnTime = true;
        for (LookedAfterReview r : held) {
            if (!r.getDueDate().isBefore(from) && !r.getDueDate().isAfter(m.end())) {
                anyDue = true;
                allOnTime &= r.wasOnTime();
            }
        }
        LocalDate next = ReviewTimetable.nextDue(period.start(), c.reviews(), m.end());
        if (!next.isBefore(from) && next.isBefore(m.end())) {
            anyDue = true;
            allOnTime = false;
        }
        if (anyDue) {
            t.include(c.id(), allOnTime);
        }
    }
}
