package org.corporateparenting.report.annual.word;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The contents as Word's own table-of-contents field over the Heading 1 paragraphs (TOC with the switches o "1-1", h, z and u),
 * so Word rebuilds it with page numbers when the council updates fields (F9, or on printing) after editing. Until
 * then it shows the section headings as they are written, one a line, in Word's "toc 1" style.
 */
final class Contents {

    private Contents() {
    }

    static void write(XWPFDocument document, List<String> headings) {
        if (headings.isEmpty()) {
            return;
        }
        XWPFParagraph title = document.createParagraph();
        title.setStyle("TOCHeading");
        title.createRun().setText("Contents");
        for (int i = 0; i < headings.size(); i++) {
            XWPFParagraph line = document.createParagraph();
            line.setStyle("TOC1");
            if (i == 0) {
                line.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                CTText code = line.createRun().getCTR().addNewInstrText();
                code.setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
                code.setSpace(SpaceAttribute.Space.PRESERVE);
                line.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            }
            line.createRun().setText(headings.get(i));
            if (i == headings.size() - 1) {
                line.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
        }
    }
}
