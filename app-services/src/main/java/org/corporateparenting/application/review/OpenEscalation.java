package org.corporateparenting.application.review;

import java.time.LocalDate;
import java.util.Set;
import org.corporateparenting.domain.review.EscalationStage;

/** An escalation still open: the child, who raised it and when, the stage it is at and since when, its themes, days open. */
public record OpenEscalation(long childId, String childRef, String raisedBy, LocalDate raisedOn, EscalationStage stage,
        LocalDate stageSince, Set<String> themes, long daysOpen) {
}
