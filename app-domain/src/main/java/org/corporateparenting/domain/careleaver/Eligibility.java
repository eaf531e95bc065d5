package org.corporateparenting.domain.careleaver;

/**
 * Care leaver eligibility categories (Children Act 1989 as amended by the Children (Leaving Care) Act
 * 2000; Care Leavers (England) Regulations 2010).
 */
public enum Eligibility {
    /** Aged 16 or 17, still looked after, looked after for 13 weeks since the age of 14. */
    ELIGIBLE,
    /** Aged 16 or 17, no longer looked after, was eligible when care ended. */
    RELEVANT,
    /** Aged 18 to 25, was eligible or relevant. */
    FORMER_RELEVANT,
    /** Looked after at 16 or over but not eligible. */
    QUALIFYING
}
