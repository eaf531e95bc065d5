package org.corporateparenting.report.accessible;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStructureElement;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.export.AccessibilityUtil;
import net.sf.jasperreports.export.type.AccessibilityTagEnum;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;

/**
 * Tags tables as PDF/UA-1 asks (ISO 14289-1, 7.5, and PDF 1.7's table rules), on the templates' own table properties
 * ({@code net.sf.jasperreports.export.pdf.tag.table/tr/th/td}):
 * <ul>
 * <li>every header cell (TH) has a Scope: Row for a cell marked {@code net.sf.jasperreports.export.accessibility.tag}
 * {@code rowheader} (a row's label), Column otherwise;</li>
 * <li>a table's header row that JasperReports prints again at the top of a continuation page is a pagination artefact,
 * not a second table nor a row of data: the table goes on, and the repeated row is marked as an artefact;</li>
 * <li>a table that another table's start finds still open is closed first, so nothing lands inside a table but its
 * rows;</li>
 * <li>an element marked {@value #ARTIFACT} {@code full} (the page footer: the report's name and page number, printed on
 * every page, maybe while a table goes on across the page break) is an artefact, outside the structure.</li>
 * </ul>
 */
final class AccessibleTagHelper extends JRPdfExporterTagHelper {

    private static final String TABLE = "net.sf.jasperreports.export.pdf.tag.table";
    private static final String TR = "net.sf.jasperreports.export.pdf.tag.tr";
    private static final PdfName SCOPE = new PdfName("Scope");
    /**
     * The element property that makes an element a pagination artefact. JasperReports 7.0.3 has no such property: this
     * exporter reads it; its name is under {@code net.sf.jasperreports.export} because only such properties reach the
     * printed elements.
     */
    static final String ARTIFACT = "net.sf.jasperreports.export.pdf.tag.artifact";

    /** The design element that opened the table still open (its UUID), and the tag stack's depth below that table. */
    private String openTable;
    private int openTableDepth;
    /** Inside a header row printed again on a continuation page. */
    private boolean repeatedHeader;
    /** Inside an element marked as an artefact. */
    private boolean artifactElement;

    AccessibleTagHelper(JRPdfExporter exporter) {
        super(exporter);
    }

    @Override
    protected void createStartTags(JRPrintElement element) {
        if (element.hasProperties() && "full".equals(element.getPropertiesMap().getProperty(ARTIFACT))) {
            artifactElement = true;
            return;
        }
        if (starts(element, TABLE) && openTable != null) {
            if (openTable.equals(key(element))) {
                repeatedHeader = true;
            } else {
                closeTable();
            }
        }
        if (repeatedHeader) {
            return;
        }
        int depth = tagStack.size();
        super.createStartTags(element);
        if (starts(element, TABLE)) {
            openTable = key(element);
            openTableDepth = depth;
        }
    }

    @Override
    protected void createEndTags(JRPrintElement element) {
        if (artifactElement) {
            artifactElement = false;
            return;
        }
        if (repeatedHeader) {
            if (ends(element, TR)) {
                repeatedHeader = false;
            }
            return;
        }
        super.createEndTags(element);
        if (ends(element, TABLE) && openTable != null) {
            closeTable();
        }
    }

    @Override
    protected void createThStartTag(JRPrintElement element) {
        super.createThStartTag(element);
        PdfStructureElement th = ((ClassicStructureEntry) tagStack.peek()).getElement();
        PdfDictionary attributes = null;
        PdfObject existing = th.get(PdfName.A);
        if (existing instanceof PdfArray array && array.size() > 0 && array.getPdfObject(0) instanceof PdfDictionary first) {
            attributes = first;
        }
        if (attributes == null) {
            attributes = new PdfDictionary();
            attributes.put(PdfName.O, PdfName.TABLE);
            PdfArray array = new PdfArray();
            array.add(attributes);
            th.put(PdfName.A, array);
        }
        boolean rowHeader = AccessibilityTagEnum.ROW_HEADER.getName()
                .equals(element.getPropertiesMap().getProperty(AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG));
        attributes.put(SCOPE, new PdfName(rowHeader ? "Row" : "Column"));
    }

    @Override
    protected void startText(boolean isHyperlink) {
        if (repeatedHeader || artifactElement) {
            beginArtifact();
        } else {
            super.startText(isHyperlink);
        }
    }

    @Override
    protected void startText(String text, boolean isHyperlink) {
        if (repeatedHeader || artifactElement) {
            beginArtifact();
        } else {
            super.startText(text, isHyperlink);
        }
    }

    @Override
    protected void endText() {
        if (repeatedHeader || artifactElement) {
            ((ClassicPdfProducer) pdfProducer).getPdfContentByte().endMarkedContentSequence();
        } else {
            super.endText();
        }
    }

    @Override
    protected void startImage(JRPrintImage image) {
        if (repeatedHeader || artifactElement) {
            beginArtifact();
        } else {
            super.startImage(image);
        }
    }

    @Override
    protected void endImage() {
        if (repeatedHeader || artifactElement) {
            ((ClassicPdfProducer) pdfProducer).getPdfContentByte().endMarkedContentSequence();
        } else {
            super.endImage();
        }
    }

    private void beginArtifact() {
        ((ClassicPdfProducer) pdfProducer).getPdfContentByte().beginMarkedContentSequence(Artifacts.NAME);
    }

    private void closeTable() {
        while (tagStack.size() > openTableDepth) {
            tagStack.pop();
        }
        openTable = null;
    }

    private static String key(JRPrintElement element) {
        return String.valueOf(element.getUUID());
    }

    private static boolean starts(JRPrintElement element, String tag) {
        String value = element.hasProperties() ? element.getPropertiesMap().getProperty(tag) : null;
        return "start".equals(value) || "full".equals(value);
    }

    private static boolean ends(JRPrintElement element, String tag) {
        String value = element.hasProperties() ? element.getPropertiesMap().getProperty(tag) : null;
        return "end".equals(value) || "full".equals(value);
    }
}
