package org.corporateparenting.domain.report;

/** The reports the system publishes, with the title a reader sees. The annual reports join as they are built. */
public enum ReportKind {
    BOARD_PACK("Corporate Parenting Board performance pack");

    private final String title;

    ReportKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
