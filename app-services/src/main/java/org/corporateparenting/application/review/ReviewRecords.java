package org.corporateparenting.application.review;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.LookedAfter;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.review.IroAllocation;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.review.ReviewTimetable;
import org.corporateparenting.infrastructure.persistence.ChildRepository;
import org.corporateparenting.infrastructure.persistence.ReviewRepository;

/** Assembles a child's review record, including the next review due in the open period of care. */
final class ReviewRecords {

    private ReviewRecords() {
    }

    /**
     * The next review due in the period of care open today (null when the child is not looked after): the statutory
     * timetable from the period's start and the reviews already held in it ({@code reviews} in the order held).
     */
    static LocalDate nextDue(List<Episode> episodes, List<LookedAfterReview> reviews, LocalDate today) {
        PeriodOfCare current = LookedAfter.periodOn(episodes, today).orElse(null);
        return current == null ? null : ReviewTimetable.nextDue(current.start(), reviews, null);
    }

    static ReviewRecord of(long childId, ReviewRepository repository, ChildRepository children, LocalDate today) {
        List<LookedAfterReview> reviews = repository.reviewsOf(childId);
        List<Episode> episodes = children.episodesOf(childId);
        PeriodOfCare current = LookedAfter.periodOn(episodes, today).orElse(null);
        LocalDate nextDue = nextDue(episodes, reviews, today);
        List<IroAllocation> allocations = repository.allocationsOf(childId);
        String iro = allocations.stream().filter(a -> a.getToDate() == null).map(IroAllocation::getIro).findFirst()
                .orElse(null);
        return new ReviewRecord(childId,
                reviews.stream().map(r -> new ReviewRecord.Review(r.getId(), r.getPeriodStart(), r.getSequence(),
                        r.getDueDate(), r.getHeldOn(), r.wasOnTime(), r.getParticipation(), r.getChairedBy(), r.getRecommendations())).toList(),
                current == null ? null : current.start(), nextDue, nextDue != null && nextDue.isBefore(today), iro,
                allocations.stream().map(a -> new ReviewRecord.Allocation(a.getIro(), a.getFromDate(), a.getToDate()))
                        .toList(),
                repository.escalationsOf(childId).stream().map(e -> new ReviewRecord.EscalationView(e.getId(),
                        e.getVersion(), e.getRaisedBy(), e.getRaisedOn(), e.getStage(), e.getThemes(),
                        repository.stepsOf(e.getId()).stream()
                                .map(s -> new ReviewRecord.Step(s.getStage(), s.getEnteredOn())).toList(),
                        e.getClosedOn(), e.getOutcome())).toList());
    }
}
