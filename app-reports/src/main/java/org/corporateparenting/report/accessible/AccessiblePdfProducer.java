package org.corporateparenting.report.accessible;

import net.sf.jasperreports.pdf.classic.ClassicPdfContent;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfContent;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/** The OpenPDF producer whose drawing is marked as artefacts ({@link ArtifactContent}) and whose file carries the XMP packet. */
final class AccessiblePdfProducer extends ClassicPdfProducer {

    private final byte[] xmp;
    private ArtifactContent content;

    AccessiblePdfProducer(PdfProducerContext context, byte[] xmp) {
        super(context);
        this.xmp = xmp;
    }

    @Override
    public PdfContent createPdfContent() {
        content = new ArtifactContent((ClassicPdfContent) super.createPdfContent());
        return content;
    }

    @Override
    public PdfContent getPdfContent() {
        return content;
    }

    @Override
    public void close() {
        getPdfWriter().setXmpMetadata(xmp);
        super.close();
    }
}
