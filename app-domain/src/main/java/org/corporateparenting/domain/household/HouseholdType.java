package org.corporateparenting.domain.household;

/** Kinds of fostering approval (Fostering Services Regulations 2011; Care Planning Regulations 2010 reg. 24). */
public enum HouseholdType {
    /** Approved foster carers recruited by the council. */
    MAINSTREAM,
    /** Family or friends approved for a named child (SSDA903 placement codes U1 to U3). */
    CONNECTED_PERSON,
    /** Dually approved as foster carers and adopters (early permanence). */
    FOSTER_FOR_ADOPTION
}
