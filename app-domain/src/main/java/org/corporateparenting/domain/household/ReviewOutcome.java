package org.corporateparenting.domain.household;

/** What a foster carer review recommended (Fostering Services Regulations 2011, reg. 28). */
public enum ReviewOutcome {
    CONTINUE, VARY_TERMS, TERMINATE
}
