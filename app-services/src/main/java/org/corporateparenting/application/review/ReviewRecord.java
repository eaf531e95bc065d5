package org.corporateparenting.application.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.review.EscalationStage;

/**
 * A child's reviews as the IRO service sees them: reviews held, the next review due in the current
 * period of care (none when not looked after), whether it is overdue, the IRO now, and escalations.
 */
public record ReviewRecord(long childId, List<Review> reviews, LocalDate currentPeriodStart, LocalDate nextDue,
        boolean overdue, String iro, List<Allocation> allocations, List<EscalationView> escalations) {

    /** A review held. */
    public record Review(long id, LocalDate periodStart, int sequence, LocalDate dueDate, LocalDate heldOn,
            boolean onTime, String participation, String chairedBy, String recommendations) {
    }

    /** An IRO allocation. */
    public record Allocation(String iro, LocalDate fromDate, LocalDate toDate) {
    }

    /** An escalation with its stage history. */
    public record EscalationView(long id, int version, String raisedBy, LocalDate raisedOn, EscalationStage stage,
            Set<String> themes, List<Step> steps, LocalDate closedOn, String outcome) {
    }

    /** A stage entered. */
    public record Step(EscalationStage stage, LocalDate enteredOn) {
    }
}
