package org.corporateparenting.domain.ssda903;

/**
 * What a rule needs beyond the year's own files. A rule whose need is not met is reported as not run, never as passed:
 * the previous year's return (from the records or a loaded previous-year file set), the postcode lookup (to find a
 * postcode's local authority and the distance between two), the Ofsted provider list (URNs with their type, place and
 * dates of registration).
 */
public enum Need {
    PREVIOUS_YEAR("the previous year's return"),
    POSTCODES("a postcode lookup"),
    PROVIDERS("the Ofsted provider list");

    private final String words;

    Need(String words) {
        this.words = words;
    }

    /** What is missing, in an analyst's words. */
    public String words() {
        return words;
    }
}
