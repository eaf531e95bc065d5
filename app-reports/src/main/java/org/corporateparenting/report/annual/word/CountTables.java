package org.corporateparenting.report.annual.word;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.corporateparenting.report.annual.AnnualReport;

/**
 * A report's table of counts as a Word table, as the PDF prints it: its title as a caption above, a header row (this
 * year, its share, last year, its share) repeated on each page, a line per row with the figures exactly as the report
 * gives them (withheld figures included, "&lt;6" or "c"), the total line bold, and the note below. Share columns are
 * left out of a table that has no shares.
 */
final class CountTables {

    private static final int LABEL_WITH_SHARES = 4238;
    private static final int FIGURE_WITH_SHARES = 1350;
    private static final int LABEL = 5638;
    private static final int FIGURE = 2000;

    private CountTables() {
    }

    static void write(XWPFDocument document, AnnualReport.Table table, String thisYear, String lastYear) {
        document.createParagraph().setStyle("Caption");
        document.getLastParagraph().createRun().setText(table.title());
        boolean shares = hasShares(table);
        XWPFTable word = shares
                ? Tables.create(document, table.rows().size() + 1, LABEL_WITH_SHARES, FIGURE_WITH_SHARES, FIGURE_WITH_SHARES,
                        FIGURE_WITH_SHARES, FIGURE_WITH_SHARES)
                : Tables.create(document, table.rows().size() + 1, LABEL, FIGURE, FIGURE);
        Tables.headerRow(word);
        write(word.getRow(0), shares ? List.of("", thisYear, "Share", lastYear, "Share") : List.of("", thisYear, lastYear), true, false);
        for (int r = 0; r < table.rows().size(); r++) {
            AnnualReport.Row row = table.rows().get(r);
            List<String> cells = new ArrayList<>(List.of(row.label(), row.thisYear()));
            if (shares) {
                cells.add(row.thisShare());
            }
            cells.add(row.lastYear());
            if (shares) {
                cells.add(row.lastShare());
            }
            write(word.getRow(r + 1), cells, false, row.total());
        }
        if (table.note() != null && !table.note().isBlank()) {
            document.createParagraph().setStyle("Note");
            document.getLastParagraph().createRun().setText(table.note());
        }
    }

    private static void write(XWPFTableRow row, List<String> cells, boolean heading, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            Tables.text(row.getCell(c), cells.get(c), heading, c > 0, bold);
        }
    }

    private static boolean hasShares(AnnualReport.Table table) {
        return table.shareOf() != null || table.rows().stream().anyMatch(r -> !blank(r.thisShare()) || !blank(r.lastShare()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
