package org.corporateparenting.domain.adoption;

import static org.corporateparenting.domain.shared.UkDates.format;

import java.time.LocalDate;
import java.util.Map;
import org.corporateparenting.domain.shared.FieldError;

/**
 * The order of an adoption journey: a milestone is recorded once, not in the future, not before the
 * child entered care, and not before the milestone it follows (a placement order after the decision, a
 * match after the placement order, a placement after the match, an adoption order after the placement
 * and at least ten weeks after it, as the child must live with the adopters for ten weeks before the
 * application: Adoption and Children Act 2002, s.42(2)). A revoked order, a disruption or a reversed
 * decision (after the decision) ends the journey: nothing can follow them. A match needs approved adopters.
 */
public final class AdoptionJourneyRules {

    public static final int WEEKS_BEFORE_ORDER = 10;

    private AdoptionJourneyRules() {
    }

    /** The broken rule, or null when the milestone may be recorded. */
    public static FieldError check(AdoptionJourney journey, Milestone milestone, LocalDate on, AdopterHousehold adopters,
            LocalDate today) {
        Map<Milestone, LocalDate> reached = journey.milestones();
        if (milestone == null) {
            return new FieldError("milestone", "Choose the milestone reached.");
        }
        if (on == null || on.isAfter(today) || on.isBefore(journey.getEnteredCare())) {
            return new FieldError("date", "Give a date between entering care on " + format(journey.getEnteredCare())
                    + " and today.");
        }
        if (reached.containsKey(milestone)) {
            return new FieldError("milestone", milestone + " was already recorded on " + format(reached.get(milestone)) + ".");
        }
        if (journey.endedWithoutAdoptionBy(LocalDate.MAX)) {
            return new FieldError("milestone", "The journey has ended (placement order revoked, disrupted or decision reversed).");
        }
        Milestone before = switch (milestone) {
            case SHOULD_BE_PLACED -> null;
            case PLACEMENT_ORDER, EARLY_PERMANENCE, DECISION_REVERSED -> Milestone.SHOULD_BE_PLACED;
            case MATCHED, PLACEMENT_ORDER_REVOKED -> Milestone.PLACEMENT_ORDER;
            case PLACED -> Milestone.MATCHED;
            case ADOPTION_ORDER, DISRUPTED -> Milestone.PLACED;
        };
        if (before != null && !reached.containsKey(before)) {
            return new FieldError("milestone", "Record " + before + " before " + milestone + ".");
        }
        if (before != null && on.isBefore(reached.get(before))) {
            return new FieldError("date", milestone + " cannot be before " + before + " on " + format(reached.get(before)) + ".");
        }
        if (milestone == Milestone.ADOPTION_ORDER && on.isBefore(reached.get(Milestone.PLACED).plusWeeks(WEEKS_BEFORE_ORDER))) {
            return new FieldError("date", "An adoption order comes at least " + WEEKS_BEFORE_ORDER
                    + " weeks after the placement on " + format(reached.get(Milestone.PLACED)) + ".");
        }
        if (milestone == Milestone.MATCHED && (adopters == null || !adopters.isApprovedOn(on))) {
            return new FieldError("adopterHouseholdId", "A match needs adopters approved on " + format(on) + ".");
        }
        return null;
    }
}
