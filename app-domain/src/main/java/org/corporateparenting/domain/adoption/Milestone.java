package org.corporateparenting.domain.adoption;

/**
 * Milestones of a child's adoption journey, in the order they happen. Revocation of the placement
 * order, disruption and reversal of the decision end a journey early; early permanence (fostering for adoption or concurrent
 * planning) starts the placement with the future adopters before the match.
 */
public enum Milestone {
    /** The agency decision maker's decision that the child should be placed for adoption. */
    SHOULD_BE_PLACED,
    PLACEMENT_ORDER,
    /** Early permanence: placed with carers approved as both foster carers and adopters. */
    EARLY_PERMANENCE,
    MATCHED,
    PLACED,
    ADOPTION_ORDER,
    PLACEMENT_ORDER_REVOKED,
    DISRUPTED,
    /**
     * The decision that the child should be placed for adoption was reversed (SSDA903 PlacedAdoption,
     * DATE_PLACED_CEASED, with its reason RD1 to RD4): the journey ends without an adoption.
     */
    DECISION_REVERSED
}
