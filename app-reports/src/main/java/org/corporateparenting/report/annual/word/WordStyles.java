package org.corporateparenting.report.annual.word;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles and page of an annual report's Word file. Styles carry Word's built-in names (Normal, Title, heading 1-3,
 * caption, footer; {@code styles.xml} beside this class) so that a council's template restyles the paper and Word's
 * navigation pane lists its sections; the font is a standard one (Arial) and the language British English. The page
 * is A4 with 2 cm margins, as the councils' committee papers are.
 */
final class WordStyles {

    /** The width between the margins, in twentieths of a point (A4 less 2 cm each side). */
    static final int TEXT_WIDTH = 9638;

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int FOOTER_DISTANCE = 567;

    private WordStyles() {
    }

    static void apply(XWPFDocument document) {
        try (InputStream in = WordStyles.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("No styles.xml beside " + WordStyles.class.getName());
            }
            document.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (IOException | XmlException e) {
            throw new IllegalStateException("The annual report's Word styles could not be read", e);
        }
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }
}
