package org.corporateparenting.application.adoption;

import java.time.LocalDate;
import java.util.Map;
import org.corporateparenting.domain.adoption.Milestone;

/**
 * A child's adoption journey: milestones reached, the adopters, and scorecard timeliness (A1 days from
 * entering care to moving in, A2 days from placement order to match, each against its threshold).
 */
public record JourneyView(long id, int version, long childId, LocalDate enteredCare, Map<Milestone, LocalDate> milestones,
        String adopters, Long a1Days, Boolean a1WithinThreshold, Long a2Days, Boolean a2WithinThreshold) {
}
