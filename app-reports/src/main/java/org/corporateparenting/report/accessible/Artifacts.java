package org.corporateparenting.report.accessible;

import com.lowagie.text.pdf.PdfName;

/** The marked-content tag of content that is not part of the document's meaning (ISO 32000-1, 14.8.2.2). */
final class Artifacts {

    static final PdfName NAME = new PdfName("Artifact");

    private Artifacts() {
    }
}
