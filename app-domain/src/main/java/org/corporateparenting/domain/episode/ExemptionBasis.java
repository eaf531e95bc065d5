package org.corporateparenting.domain.episode;

/**
 * Under what a foster placement outside the household's approval may still be made, as the placing authority records
 * it.
 */
public enum ExemptionBasis {
    /**
     * The local authority's exemption from the usual fostering limit of three children (Children Act 1989, Sch. 7,
     * paras 2 and 4): it covers more children than three and more than the household's approved places.
     */
    USUAL_FOSTERING_LIMIT,
    /**
     * An exception to the household's terms of approval (Fostering Services (England) Regulations 2011, reg. 27(5) and
     * reg. 28: the terms are the fostering service's, and are varied by it), agreed for this child while the terms are
     * reviewed: it covers places beyond the approved number (up to three children) and an age outside the approved range.
     */
    TERMS_OF_APPROVAL;

    /** How a person reads the basis. */
    public String words() {
        return this == USUAL_FOSTERING_LIMIT ? "exemption from the usual fostering limit (Children Act 1989, Sch. 7)"
                : "exception to the terms of approval (FSR 2011, reg. 27 and 28)";
    }
}
