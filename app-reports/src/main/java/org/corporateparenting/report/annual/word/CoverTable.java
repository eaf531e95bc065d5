package org.corporateparenting.report.annual.word;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.corporateparenting.report.annual.AnnualReport;

/**
 * The committee cover fields (portfolio holder, author, recommendation, reason, implications and the rest) as a table
 * of two columns, the field's name beside the author's words, each row growing with the words and none of a fixed
 * height, as councils' committee report templates set them out.
 */
final class CoverTable {

    private static final int LABEL = 2891;
    private static final int TEXT = WordStyles.TEXT_WIDTH - LABEL;

    private CoverTable() {
    }

    static void write(XWPFDocument document, List<AnnualReport.CoverField> fields) {
        if (fields.isEmpty()) {
            return;
        }
        XWPFTable table = Tables.create(document, fields.size(), LABEL, TEXT);
        for (int r = 0; r < fields.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            Tables.text(row.getCell(0), fields.get(r).label(), true, false, false);
            XWPFTableCell words = row.getCell(1);
            StyledRuns.write(fields.get(r).text(), Tables.paragraph(words, false, false), () -> {
                var next = words.addParagraph();
                next.setStyle("TableText");
                next.setSpacingBefore(120);
                return next;
            });
        }
    }
}
