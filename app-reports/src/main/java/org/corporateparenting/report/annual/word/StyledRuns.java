package org.corporateparenting.report.annual.word;

import java.awt.Color;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRStyledTextParser;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.xml.sax.SAXException;

/**
 * Writes the reports' styled text (JasperReports' markup, as {@link org.corporateparenting.report.Styled} and the
 * authors' words are written: {@code <b>}, {@code <i>}, {@code <u>}, {@code <style>}, {@code <sup>}, {@code <br/>},
 * escaped characters) as Word runs, read by the same parser the PDF is drawn with, so both say the same. A blank line
 * starts a new paragraph and a single line break stays a break within it; no markup is left in the words. Text the
 * parser refuses is written as it is, as JasperReports prints it.
 */
final class StyledRuns {

    private StyledRuns() {
    }

    /** Writes {@code styled} into {@code first}, taking a further paragraph from {@code next} at each blank line. */
    static void write(String styled, XWPFParagraph first, Supplier<XWPFParagraph> next) {
        if (styled == null || styled.isEmpty()) {
            return;
        }
        AttributedCharacterIterator text = parse(styled).getAttributedString().getIterator();
        XWPFParagraph paragraph = first;
        boolean written = false;
        int newlines = 0;
        StringBuilder chunk = new StringBuilder();
        for (char c = text.first(); c != AttributedCharacterIterator.DONE; ) {
            int limit = text.getRunLimit();
            Map<AttributedCharacterIterator.Attribute, Object> attributes = text.getAttributes();
            for (; text.getIndex() < limit; c = text.next()) {
                if (c == '\n') {
                    flush(paragraph, chunk, attributes);
                    newlines++;
                    continue;
                }
                if (newlines > 0 && written) {
                    if (newlines == 1) {
                        paragraph.createRun().addBreak();
                    } else {
                        paragraph = next.get();
                    }
                }
                newlines = 0;
                written = true;
                chunk.append(c);
            }
            flush(paragraph, chunk, attributes);
        }
    }

    private static JRStyledText parse(String styled) {
        try {
            return JRStyledTextParser.getInstance().parse(new HashMap<>(), styled, Locale.UK);
        } catch (SAXException e) {
            return new JRStyledText(Locale.UK, styled);
        }
    }

    private static void flush(XWPFParagraph paragraph, StringBuilder chunk, Map<AttributedCharacterIterator.Attribute, Object> attributes) {
        if (chunk.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setText(chunk.toString());
        chunk.setLength(0);
        if (attributes.get(TextAttribute.WEIGHT) instanceof Float weight && weight >= TextAttribute.WEIGHT_BOLD) {
            run.setBold(true);
        }
        if (attributes.get(TextAttribute.POSTURE) instanceof Float posture && posture >= TextAttribute.POSTURE_OBLIQUE) {
            run.setItalic(true);
        }
        if (attributes.get(TextAttribute.UNDERLINE) != null) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (attributes.get(TextAttribute.STRIKETHROUGH) != null) {
            run.setStrikeThrough(true);
        }
        if (attributes.get(TextAttribute.SUPERSCRIPT) instanceof Integer script && script != 0) {
            run.setVerticalAlignment((script > 0 ? VerticalAlign.SUPERSCRIPT : VerticalAlign.SUBSCRIPT).toString().toLowerCase(Locale.ROOT));
        }
        if (attributes.get(TextAttribute.FOREGROUND) instanceof Color colour && !Color.BLACK.equals(colour)) {
            run.setColor(String.format(Locale.ROOT, "%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue()));
        }
    }
}
