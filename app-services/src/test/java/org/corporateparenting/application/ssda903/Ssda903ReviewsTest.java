package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.ssda903.Ssda903Stitch.ReviewRow;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.EpisodeDetails;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.review.ReviewTimetable;
import org.junit.jupiter.api.Test;

/** Reviews from 903 files placed among a synthetic child's records by the statutory timetable, without a database. */
class Ssda903ReviewsTest {

    private static final LocalDate ENTERED = LocalDate.of(2024, 4, 8);
    private final Child child = new Child(new Council("999", "Test council"), "R1", "Child", "R1", "1", LocalDate.of(2014, 3, 1), "WBRI");
    private final List<Episode> episodes = List.of(episode(ENTERED, LocalDate.of(2025, 6, 30)));

    private Episode episode(LocalDate start, LocalDate end) {
        Episode e = new Episode(child, start, "S", "C2", "N1", "U1");
        e.revise(new EpisodeDetails(start, end, "S", "C2", "N1", "U1", null, null, null, end == null ? null : "E13", null), null);
        return e;
    }

    private static ReviewRow row(String held, String code, int line) {
        return new ReviewRow("R1", LocalDate.parse(held), code, "2024-25/reviews.csv", line);
    }

    private List<LookedAfterReview> apply(Ssda903Reviews reviews, List<ReviewRow> rows, List<LookedAfterReview> recorded) {
        return reviews.apply(new ArrayList<>(rows), Map.of("R1", child), Map.of("R1", episodes), Map.of("R1", recorded));
    }

    @Test
    void newReviewsAreNumberedAndDueByTheTimetableAndALoadAgainChangesNothing() {
        Ssda903Reviews reviews = new Ssda903Reviews();
        List<LookedAfterReview> made = apply(reviews, List.of(row("2024-08-20", "PN1", 3), row("2024-05-02", "PN4", 2)), List.of());
        assertThat(made).extracting(LookedAfterReview::getHeldOn).containsExactly(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 8, 20));
        assertThat(made).extracting(LookedAfterReview::getSequence).containsExactly(1, 2);
        assertThat(made.get(0).getDueDate()).isEqualTo(ReviewTimetable.nextDue(ENTERED, 0, null));
        assertThat(made.get(1).getDueDate()).as("three months after the first").isEqualTo(LocalDate.of(2024, 8, 2));
        assertThat(made.get(1).wasOnTime()).isFalse();
        assertThat(made).allSatisfy(r -> assertThat(r.getPeriodStart()).isEqualTo(ENTERED));
        assertThat(reviews.problems()).isEmpty();

        Ssda903Reviews again = new Ssda903Reviews();
        assertThat(apply(again, List.of(row("2024-08-20", "PN1", 3), row("2024-05-02", "PN4", 2)), made)).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void aReviewLoadedBeforeOneRecordedHereRenumbersItAndOutsideCareIsAnError() {
        LookedAfterReview recorded = new LookedAfterReview(child, ENTERED, 1, ReviewTimetable.nextDue(ENTERED, 0, null),
                LocalDate.of(2024, 8, 20), "PN1", "iro");
        Ssda903Reviews reviews = new Ssda903Reviews();
        List<LookedAfterReview> made = apply(reviews, List.of(row("2024-05-02", "PN4", 2), row("2025-08-01", "PN1", 4),
                row("2024-08-20", "PN3", 3)), new ArrayList<>(List.of(recorded)));

        assertThat(made).singleElement().satisfies(r -> assertThat(r.getSequence()).isEqualTo(1));
        assertThat(recorded.getSequence()).isEqualTo(2);
        assertThat(recorded.getDueDate()).isEqualTo(LocalDate.of(2024, 8, 2));
        assertThat(recorded.getParticipation()).as("kept as recorded here").isEqualTo("PN1");
        assertThat(reviews.problems()).extracting(ImportProblem::row, ImportProblem::field, ImportProblem::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, "REVIEW", ImportProblem.Severity.REPAIR),
                org.assertj.core.groups.Tuple.tuple(4, "REVIEW", ImportProblem.Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(3, "REVIEW_CODE", ImportProblem.Severity.WARNING));
        assertThat(reviews.problems()).anySatisfy(p -> assertThat(p.reason()).contains("not looked after", "R1"))
                .anySatisfy(p -> assertThat(p.reason()).contains("20/08/2024 becomes number 2", "due 02/08/2024"));

        List<Integer> whileFlushed = new ArrayList<>();
        reviews.renumberSafely(() -> whileFlushed.add(recorded.getSequence()));
        assertThat(whileFlushed).as("the recorded review's number is set aside while written, so the new review's number 1 is free")
                .singleElement().satisfies(n -> assertThat(n).isGreaterThan(1000));
        assertThat(recorded.getSequence()).isEqualTo(2);
        assertThat(recorded.getDueDate()).isEqualTo(LocalDate.of(2024, 8, 2));
    }

    @Test
    void aPeriodOfCareAfterShortBreaksStartsWhenCareStartsAsTheDatasetHasIt() {
        Episode breaks = new Episode(child, LocalDate.of(2024, 1, 8), "S", "V3", "N2", "U4");
        breaks.end(LocalDate.of(2024, 4, 8), "X1", null);
        Episode care = new Episode(child, ENTERED, "L", "C2", "N2", "U4");
        Ssda903Reviews reviews = new Ssda903Reviews();
        List<LookedAfterReview> made = reviews.apply(new ArrayList<>(List.of(row("2024-03-01", "PN1", 2), row("2024-05-02", "PN1", 3))),
                Map.of("R1", child), Map.of("R1", List.of(breaks, care)), Map.of("R1", List.of()));

        assertThat(made).singleElement().satisfies(r -> {
            assertThat(r.getPeriodStart()).isEqualTo(ENTERED);
            assertThat(r.getDueDate()).isEqualTo(ReviewTimetable.nextDue(ENTERED, 0, null));
        });
        assertThat(reviews.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("not looked after"));
    }
}
