package org.corporateparenting.application.adoption;

import java.time.LocalDate;

/**
 * One line of the adoption team's list: the child, the latest milestone reached and when, and timeliness against the
 * scorecard thresholds: days from entering care to moving in (A1/A10, 426) once moved in, days from the placement order
 * to the match (A2, 121) once matched, or days waiting since the order while family finding goes on.
 */
public record JourneySummary(long childId, String childRef, String name, String latest, LocalDate latestOn, Long daysToMovingIn,
        boolean movingInWithin, Long daysOrderToMatch, boolean matchWithin, Long daysWaiting, boolean waitingBeyondThreshold) {
}
