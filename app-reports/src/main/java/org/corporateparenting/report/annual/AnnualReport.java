package org.corporateparenting.report.annual;

import java.util.List;

/**
 * An annual report to the Corporate Parenting Board as a council committee paper: a cover with the committee
 * fields (portfolio holder, author, recommendation, reason, implications, risk, equalities, appendices, background
 * papers), then numbered sections of narrative, each with its tables, this year beside last year. Narrative arrives
 * as styled text with its figures already filled in from the same tables, so words and tables cannot disagree.
 */
public record AnnualReport(String title, String council, String yearTitle, String thisYear, String lastYear, String status,
        List<CoverField> cover, List<Section> sections) {

    /** A committee cover field and its words. */
    public record CoverField(String label, String text) {
    }

    /** A numbered section: heading, narrative (styled text, may be empty) and its tables. */
    public record Section(String heading, String narrative, List<Table> tables) {
    }

    /**
     * A table of counts: this year and last year, with shares where the parts make a whole; {@code chart} is an SVG
     * picture of it (null for none) whose {@code chartText} says in words what it shows.
     */
    public record Table(String title, String shareOf, List<Row> rows, String note, String chart, String chartText) {

        public Table(String title, String shareOf, List<Row> rows, String note) {
            this(title, shareOf, rows, note, null, null);
        }
    }

    /** A line of a table; {@code total} sets it bold as the sum of the lines above. */
    public record Row(String label, String thisYear, String thisShare, String lastYear, String lastShare, boolean total) {
    }
}
