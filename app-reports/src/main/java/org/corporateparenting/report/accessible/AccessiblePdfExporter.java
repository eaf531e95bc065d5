package org.corporateparenting.report.accessible;

import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.PdfExporterConfiguration;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * JasperReports' PDF exporter with what PDF/UA-1 adds to a tagged PDF (see the package): its tag helper gives header
 * cells a scope and tables a sound structure, its producer draws lines and backgrounds as artefacts and writes the
 * XMP metadata from the exporter configuration's title, author and subject.
 */
public final class AccessiblePdfExporter extends JRPdfExporter {

    public AccessiblePdfExporter() {
        tagHelper = new AccessibleTagHelper(this);
    }

    @Override
    protected PdfProducer createPdfProducer() {
        PdfExporterConfiguration configuration = getCurrentConfiguration();
        return new AccessiblePdfProducer(createPdfProducerContext(), XmpPacket.of(configuration.getMetadataTitle(),
                configuration.getMetadataAuthor(), configuration.getMetadataSubject(), configuration.getMetadataCreator(),
                configuration.getTagLanguage()));
    }
}
