package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.corporateparenting.application.ssda903.Ssda903Stitch.ReviewRow;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.LookedAfter;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.review.ReviewTimetable;
import org.corporateparenting.domain.shared.UkDates;

/**
 * Brings a council's looked-after reviews up to what the 903 reviews files say, by these rules:
 * <ul>
 * <li>a review is the child and the day it was held (REVIEW). One already recorded that day is kept as recorded here
 * (it knows who chaired it and the recommendations made); a different participation code in the files is reported
 * (warning), not copied;</li>
 * <li>a new review must fall in one of the child's periods of care, the child looked after at the end of that day, the
 * same rule as an IRO recording one (error on the row otherwise: not loaded);</li>
 * <li>its number in the period and the day it was due follow the statutory timetable ({@link ReviewTimetable}) from the
 * period's reviews in date order, as when an IRO records one; a loaded review that comes before reviews recorded here in
 * the same period renumbers them and recomputes their due dates (repair, reported).</li>
 * </ul>
 * Loading the same files again finds every review already recorded, so changes nothing.
 */
final class Ssda903Reviews extends RowLoader {

    /** A number no period reaches, added to a moved review's number while the reviews are renumbered in the database. */
    private static final int ASIDE = 100_000;
    /** Reviews recorded here that a loaded review renumbers (each period's numbers are unique in the database). */
    private final Set<LookedAfterReview> moved = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The new reviews, for the child references of {@code children}, placed among those already recorded. */
    List<LookedAfterReview> apply(List<ReviewRow> rows, Map<String, Child> children, Map<String, List<Episode>> episodes,
            Map<String, List<LookedAfterReview>> recorded) {
        Map<String, List<ReviewRow>> byChild = new LinkedHashMap<>();
        rows.forEach(r -> byChild.computeIfAbsent(r.child(), c -> new ArrayList<>()).add(r));
        List<LookedAfterReview> made = new ArrayList<>();
        byChild.forEach((ref, childRows) -> made.addAll(child(children.get(ref), childRows, episodes.getOrDefault(ref, List.of()),
                new ArrayList<>(recorded.getOrDefault(ref, List.of())))));
        return made;
    }

    private List<LookedAfterReview> child(Child child, List<ReviewRow> rows, List<Episode> episodes, List<LookedAfterReview> reviews) {
        Set<LookedAfterReview> made = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<LocalDate, ReviewRow> firstLoadedInPeriod = new LinkedHashMap<>();
        rows.sort(Comparator.comparing(ReviewRow::held));
        for (ReviewRow row : rows) {
            Optional<LookedAfterReview> same = reviews.stream().filter(r -> r.getHeldOn().equals(row.held())).findFirst();
            if (same.isPresent()) {
                unchanged++;
                if (!same.get().getParticipation().equals(row.participation())) {
                    report(row, "REVIEW_CODE", row.participation(), "The review on this day is "
                            + "recorded here with " + same.get().getParticipation() + ", which is kept.", ImportProblem.Severity.WARNING);
                }
                continue;
            }
            Optional<PeriodOfCare> period = LookedAfter.periodOn(episodes, row.held());
            if (period.isEmpty()) {
                report(row, "REVIEW", UkDates.format(row.held()), "The child " + child.getChildRef()
                        + " was not looked after at the end of that day, so the review cannot be loaded.", ImportProblem.Severity.ERROR);
                continue;
            }
            LookedAfterReview review = new LookedAfterReview(child, period.get().start(), 0, row.held(), row.held(), row.participation(), null);
            reviews.add(review);
            made.add(review);
            firstLoadedInPeriod.putIfAbsent(period.get().start(), row);
            created++;
        }
        firstLoadedInPeriod.forEach((start, row) -> placeInPeriod(reviews, start, made, row));
        return reviews.stream().filter(made::contains).toList();
    }

    /** Numbers the period's reviews in date order with their due dates; those recorded here that move are reported. */
    private void placeInPeriod(List<LookedAfterReview> reviews, LocalDate start, Set<LookedAfterReview> made, ReviewRow cause) {
        List<LookedAfterReview> inPeriod = reviews.stream().filter(r -> r.getPeriodStart().equals(start))
                .sorted(Comparator.comparing(LookedAfterReview::getHeldOn)).toList();
        LocalDate last = null;
        for (int i = 0; i < inPeriod.size(); i++) {
            LookedAfterReview review = inPeriod.get(i);
            LocalDate due = ReviewTimetable.nextDue(start, i, last);
            if (!made.contains(review) && review.getSequence() != i + 1) {
                moved.add(review);
            }
            if (!made.contains(review) && (review.getSequence() != i + 1 || !review.getDueDate().equals(due))) {
                report(cause, "REVIEW", UkDates.format(cause.held()),
                        "The review recorded here on " + UkDates.format(review.getHeldOn()) + " becomes number " + (i + 1)
                        + " of its period of care, due " + UkDates.format(due) + ".",
                        ImportProblem.Severity.REPAIR);
            }
            review.placeInPeriod(i + 1, due);
            last = review.getHeldOn();
        }
    }

    /**
     * Before the new reviews are stored: the reviews recorded here that take a new number are first written with their
     * number set aside (beyond any period's) and {@code flush}ed, then given their new number, so that neither a new
     * review nor another moved one meets a number still held in the database (a period's numbers are unique).
     */
    void renumberSafely(Runnable flush) {
        if (moved.isEmpty()) {
            return;
        }
        moved.forEach(r -> r.placeInPeriod(ASIDE + r.getSequence(), r.getDueDate()));
        flush.run();
        moved.forEach(r -> r.placeInPeriod(r.getSequence() - ASIDE, r.getDueDate()));
    }

    /** The episodes by child reference, to find the period of care each review falls in. */
    static Map<String, List<Episode>> byChild(Stream<Episode> episodes) {
        Map<String, List<Episode>> byChild = new HashMap<>();
        episodes.forEach(e -> byChild.computeIfAbsent(e.getChild().getChildRef(), c -> new ArrayList<>()).add(e));
        return byChild;
    }

}
