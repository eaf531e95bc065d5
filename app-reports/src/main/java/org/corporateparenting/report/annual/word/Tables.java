package org.corporateparenting.report.annual.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Word tables as a council edits them: the "Table Grid" style (restyled by the council's template), the full text
 * width, columns of given widths, and rows with no height of their own, so added words wrap and the row grows; a table
 * of figures keeps each line on one page, and its header row is repeated at the top of each page the table runs onto.
 */
final class Tables {

    private Tables() {
    }

    /** A table of {@code rows} rows whose columns are {@code widths} (twentieths of a point, summing to the text width). */
    static XWPFTable create(XWPFDocument document, int rows, int... widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        table.setStyleID("TableGrid");
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(WordStyles.TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(Integer.toString(widths[c]));
                row.getCell(c).setWidthType(TableWidthType.DXA);
            }
        }
        return table;
    }

    /** Marks the first row as the header row Word repeats on each page, and keeps each line on one page. */
    static void headerRow(XWPFTable table) {
        table.getRow(0).setRepeatHeader(true);
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
        }
    }

    /** The cell's one paragraph, in the "Table text" style (or "Table heading"), aligned as given. */
    static XWPFParagraph paragraph(XWPFTableCell cell, boolean heading, boolean right) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle(heading ? "TableHeading" : "TableText");
        if (right) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        return paragraph;
    }

    /** Writes plain words into a cell (no markup: figures and labels as the report gives them), bold if asked. */
    static void text(XWPFTableCell cell, String words, boolean heading, boolean right, boolean bold) {
        XWPFParagraph paragraph = paragraph(cell, heading, right);
        if (words != null && !words.isEmpty()) {
            var run = paragraph.createRun();
            run.setText(words);
            if (bold) {
                run.setBold(true);
            }
        }
    }
}
