package org.corporateparenting.report.annual.word;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles and page of an annual report's Word file. Styles carry Word's built-in names (Normal, Title, heading 1-3,
 * caption, footer; {@code styles.xml} beside this class) so that a council's template restyles the paper and Word's
 * navigation pane lists its sections; the font is a standard one (Arial) and the language British English. The page
 * is A4 with 2 cm margins, as the councils' committee papers are. The file says it is in the current Word's format
 * (compatibility mode 15), so Word opens it for editing with all its features rather than in "Compatibility Mode".
 */
final class WordStyles {

    /** The width between the margins, in twentieths of a point (A4 less 2 cm each side). */
    static final int TEXT_WIDTH = 9638;

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int FOOTER_DISTANCE = 567;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

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
        settings(document);
    }

    /** {@code w:compat} (compatibility mode 15) and {@code w:themeFontLang} en-GB, in the settings' schema order. */
    private static void settings(XWPFDocument document) {
        try (XmlCursor cursor = document.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(W, "compat", "w"));
            cursor.beginElement(new QName(W, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), "15");
            cursor.toNextToken();
            cursor.toNextToken();
            cursor.beginElement(new QName(W, "themeFontLang", "w"));
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), "en-GB");
        }
    }
}
