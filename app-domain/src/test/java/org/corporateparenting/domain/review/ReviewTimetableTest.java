package org.corporateparenting.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.LookedAfter;
import org.junit.jupiter.api.Test;

class ReviewTimetableTest {

    @Test
    void knowsTheBankHolidaysOfEnglandAndWales() {
        assertThat(WorkingDays.bankHolidays(2024)).containsExactlyInAnyOrder(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 6),
                LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26), LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26));
        assertThat(WorkingDays.bankHolidays(2022)).contains(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 6, 2),
                LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19), LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27))
                .doesNotContain(LocalDate.of(2022, 5, 30)).hasSize(10);
        assertThat(WorkingDays.bankHolidays(2020)).contains(LocalDate.of(2020, 5, 8)).doesNotContain(LocalDate.of(2020, 5, 4))
                .contains(LocalDate.of(2020, 12, 28));
        assertThat(WorkingDays.bankHolidays(2023)).contains(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 8));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    }

    @Test
    void theFirstReviewIsDueTwentyWorkingDaysAfterCareStarts() {
        // 2 December 2024 (Monday): 20 working days, skipping 25 and 26 December, is 2 January 2025.
        assertThat(ReviewTimetable.nextDue(LocalDate.of(2024, 12, 2), 0, null)).isEqualTo(LocalDate.of(2025, 1, 2));
        // 1 July 2024 (Monday), no holidays: four weeks later, 29 July.
        assertThat(ReviewTimetable.nextDue(LocalDate.of(2024, 7, 1), 0, null)).isEqualTo(LocalDate.of(2024, 7, 29));
    }

    @Test
    void theSecondIsDueThreeMonthsAfterTheFirstAndLaterOnesSixMonths() {
        LocalDate start = LocalDate.of(2024, 7, 1);
        assertThat(ReviewTimetable.nextDue(start, 1, LocalDate.of(2024, 7, 25))).isEqualTo(LocalDate.of(2024, 10, 25));
        assertThat(ReviewTimetable.nextDue(start, 2, LocalDate.of(2024, 10, 31))).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(ReviewTimetable.nextDue(start, 5, LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aReviewSoonAfterTheLastLooksRepeatedUntilConfirmed() {
        LocalDate start = LocalDate.of(2024, 7, 1);
        LocalDate first = LocalDate.of(2024, 7, 25);
        // the second is due by 25 October: 40 days after the first is under half of those 92 days
        assertThat(ReviewTimetable.check(start, 1, first, first.plusDays(40), false)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("heldOn");
            assertThat(e.message()).contains("25/07/2024, 40 days before", "due by 25/10/2024", "reg. 33", "confirm");
        });
        assertThat(ReviewTimetable.check(start, 1, first, first.plusDays(40), true)).isEmpty();
        assertThat(ReviewTimetable.check(start, 1, first, first.plusDays(47), false)).as("past half the interval").isEmpty();
        // later reviews are six-monthly: 80 days after one is early, 100 is not
        LocalDate third = LocalDate.of(2025, 4, 20);
        assertThat(ReviewTimetable.looksRepeated(start, 3, third, third.plusDays(80))).isTrue();
        assertThat(ReviewTimetable.looksRepeated(start, 3, third, third.plusDays(100))).isFalse();
        assertThat(ReviewTimetable.check(start, 0, null, first, false)).as("the first review").isEmpty();
        assertThat(ReviewTimetable.check(start, 1, first, first, true)).as("on the day of the last, even confirmed")
                .singleElement().satisfies(e -> assertThat(e.message()).contains("a new one must be later"));
    }

    @Test
    void theNextReviewCountsOnlyTheReviewsOfThatPeriodHeldByTheDayAsked() {
        Child child = new Child(new Council("999", "Test (fictional)"), "T1", "Test", "Child", "1", LocalDate.of(2014, 2, 3), "WBRI");
        LocalDate start = LocalDate.of(2024, 7, 1);
        LookedAfterReview first = new LookedAfterReview(child, start, 1, LocalDate.of(2024, 7, 29), LocalDate.of(2024, 7, 25), "PN1", null);
        LookedAfterReview second = new LookedAfterReview(child, start, 2, LocalDate.of(2024, 10, 25), LocalDate.of(2024, 10, 31), "PN1", null);
        LookedAfterReview earlierPeriod = new LookedAfterReview(child, LocalDate.of(2023, 1, 2), 1, LocalDate.of(2023, 1, 30),
                LocalDate.of(2023, 1, 30), "PN1", null);
        List<LookedAfterReview> reviews = List.of(second, earlierPeriod, first);

        assertThat(ReviewTimetable.heldIn(start, reviews, null)).containsExactly(first, second);
        assertThat(ReviewTimetable.nextDue(start, reviews, null)).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(ReviewTimetable.nextDue(start, reviews, LocalDate.of(2024, 8, 1))).isEqualTo(LocalDate.of(2024, 10, 25));
    }

    @Test
    void shortBreaksBeforeCareDoNotStartThePeriodTheTimetableRunsFrom() {
        Child child = new Child(new Council("999", "Test (fictional)"), "T2", "Test", "Child", "1", LocalDate.of(2014, 2, 3), "WBRI");
        Episode breaks = new Episode(child, LocalDate.of(2024, 1, 8), "S", "V3", "N2", "U4");
        breaks.end(LocalDate.of(2024, 7, 1), "X1", null);
        Episode care = new Episode(child, LocalDate.of(2024, 7, 1), "L", "C2", "N2", "U4");
        LocalDate periodStart = LookedAfter.periodOn(List.of(breaks, care), LocalDate.of(2024, 7, 10)).orElseThrow().start();

        assertThat(periodStart).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(ReviewTimetable.nextDue(periodStart, List.of(), null)).isEqualTo(LocalDate.of(2024, 7, 29));
        assertThat(LookedAfter.periods(List.of(breaks))).isEmpty();
    }
}
