package org.corporateparenting.domain.indicator;

/** The window an indicator counts over, relative to the reporting month. */
public enum PeriodBasis {
    /** A snapshot at the last day of the month. */
    MONTH_END("As at month end"),
    /** Events dated within the calendar month. */
    IN_MONTH("In month"),
    /** Events in the 6 months ending with the month. */
    ROLLING_6_MONTHS("Rolling 6 months"),
    /** Events in the 12 months ending with the month. */
    ROLLING_12_MONTHS("Rolling 12 months"),
    /** Events from 1 April to the month end. */
    FINANCIAL_YEAR_TO_DATE("Financial year to date"),
    /** Events from 1 September to the month end. */
    ACADEMIC_YEAR_TO_DATE("Academic year to date");

    private final String label;

    PeriodBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
