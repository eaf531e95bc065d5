package org.corporateparenting.domain.household;

/** Under which regulation a household is approved to foster. */
public enum LegalBasis {
    /** Full approval as foster carers (Fostering Services (England) Regulations 2011, reg. 27). */
    FULL,
    /**
     * Temporary approval of a connected person for a named child (Care Planning, Placement and Case Review
     * (England) Regulations 2010, reg. 24): up to 16 weeks, extendable once by up to 8 (reg. 25).
     */
    TEMPORARY_REG24
}
