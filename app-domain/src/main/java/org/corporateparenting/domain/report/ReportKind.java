package org.corporateparenting.domain.report;

/**
 * The reports the system publishes, with the title a reader sees and whether one covers a month (the board pack)
 * or a financial year (the annual reports).
 */
public enum ReportKind {
    BOARD_PACK("Corporate Parenting Board performance pack", true),
    IRO_ANNUAL("Independent Reviewing Officer annual report", false),
    CARE_LEAVERS_ANNUAL("Leaving care service annual report", false),
    BOARD_ANNUAL("Corporate Parenting Board annual report", false),
    FOSTERING_ANNUAL("Fostering service annual report", false),
    FOSTERING_PANEL_ANNUAL("Fostering panel chair's annual report", false),
    ADOPTION_ANNUAL("Adoption service annual report", false),
    ADOPTION_AGENCY_ANNUAL("Regional adoption agency annual report", false);

    private final String title;
    private final boolean monthly;

    ReportKind(String title, boolean monthly) {
        this.title = title;
        this.monthly = monthly;
    }

    public String title() {
        return title;
    }

    public boolean monthly() {
        return monthly;
    }
}
