package org.corporateparenting.report.annual.word;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The footer on every page, as the PDF's: the report, its year and the council, then "Page N of M" at the right margin,
 * where N and M are Word's PAGE and NUMPAGES fields, so the numbers stay right however the council edits the paper.
 */
final class PageFooter {

    private PageFooter() {
    }

    static void write(XWPFDocument document, String words) {
        XWPFParagraph paragraph = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setStyle("Footer");
        paragraph.createRun().setText(words);
        paragraph.createRun().addTab();
        paragraph.createRun().setText("Page ");
        field(paragraph, "PAGE");
        paragraph.createRun().setText(" of ");
        field(paragraph, "NUMPAGES");
    }

    /** A complex field (begin, instruction, separator, the last value shown, end), as Word writes one. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText code = paragraph.createRun().getCTR().addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun shown = paragraph.createRun();
        shown.setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
