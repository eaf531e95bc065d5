package org.corporateparenting.domain.indicator;

import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.junit.jupiter.api.Test;

class ReviewIndicatorsTest {

    private final Cases cases = new Cases();

    private void review(Child c, String periodStart, int sequence, String due, String held) {
        cases.add(new LookedAfterReview(c, Cases.d(periodStart), sequence, Cases.d(due), Cases.d(held), "PN1", "iro"));
    }

    @Test
    void childrenWhoseEveryReviewDueThisYearWasHeldOnTime() {
        Child onTime = cases.inCare("2010-01-01", "2020-01-06");
        review(onTime, "2020-01-06", 1, "2020-02-03", "2020-02-01");
        review(onTime, "2020-01-06", 2, "2020-05-01", "2020-05-01");
        review(onTime, "2020-01-06", 3, "2020-11-01", "2020-10-20");
        review(onTime, "2020-01-06", 4, "2021-04-20", "2021-04-19");
        review(onTime, "2020-01-06", 5, "2021-10-19", "2021-10-15");
        Child late = cases.inCare("2010-01-01", "2020-01-06");
        review(late, "2020-01-06", 1, "2020-02-03", "2020-02-01");
        review(late, "2020-01-06", 2, "2020-05-01", "2020-05-01");
        review(late, "2020-01-06", 3, "2020-11-01", "2020-10-20");
        review(late, "2020-01-06", 4, "2021-04-20", "2021-04-22");
        review(late, "2020-01-06", 5, "2021-10-22", "2021-10-15");
        Child overdue = cases.inCare("2010-01-01", "2021-09-01");
        Child notYetDue = cases.inCare("2010-01-01", "2021-10-20");

        cases.assertShare("REV_CLA_REVIEWS_TIMELY", "2021-10", 1, 3);
        cases.assertShare("REV_CLA_REVIEWS_TIMELY", "2021-03", 2, 2);
    }
}
