package org.corporateparenting.report.accessible;

import com.lowagie.text.pdf.PdfName;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import net.sf.jasperreports.pdf.classic.ClassicPdfContent;
import net.sf.jasperreports.pdf.common.LineCapStyle;
import net.sf.jasperreports.pdf.common.PdfContent;

/**
 * The page's drawing surface, on which every line, rectangle and ellipse the exporter draws (cell borders, table rules,
 * backgrounds of header cells) is marked as an artefact: it carries no meaning of its own, so a screen reader skips it,
 * as PDF/UA-1 asks (7.1: content is either tagged or an artefact). Text and images are tagged by the tag helper and
 * are not drawn through these methods.
 */
final class ArtifactContent implements PdfContent {

    private final ClassicPdfContent content;

    ArtifactContent(ClassicPdfContent content) {
        this.content = content;
    }

    private void artifact(Runnable drawing) {
        content.getPdfContentByte().beginMarkedContentSequence(Artifacts.NAME);
        drawing.run();
        content.getPdfContentByte().endMarkedContentSequence();
    }

    @Override
    public void strokeLine(float x1, float y1, float x2, float y2) {
        artifact(() -> content.strokeLine(x1, y1, x2, y2));
    }

    @Override
    public void fillRectangle(float x, float y, float width, float height) {
        artifact(() -> content.fillRectangle(x, y, width, height));
    }

    @Override
    public void fillRoundRectangle(float x, float y, float width, float height, float radius) {
        artifact(() -> content.fillRoundRectangle(x, y, width, height, radius));
    }

    @Override
    public void strokeRoundRectangle(float x, float y, float width, float height, float radius) {
        artifact(() -> content.strokeRoundRectangle(x, y, width, height, radius));
    }

    @Override
    public void fillEllipse(float x1, float y1, float x2, float y2) {
        artifact(() -> content.fillEllipse(x1, y1, x2, y2));
    }

    @Override
    public void strokeEllipse(float x1, float y1, float x2, float y2) {
        artifact(() -> content.strokeEllipse(x1, y1, x2, y2));
    }

    @Override
    public void setFillColor(Color color) {
        content.setFillColor(color);
    }

    @Override
    public void setFillColorAlpha(int alpha) {
        content.setFillColorAlpha(alpha);
    }

    @Override
    public void resetFillColor() {
        content.resetFillColor();
    }

    @Override
    public void setStrokeColor(Color color) {
        content.setStrokeColor(color);
    }

    @Override
    public void resetStrokeColor() {
        content.resetStrokeColor();
    }

    @Override
    public void setLineWidth(float width) {
        content.setLineWidth(width);
    }

    @Override
    public void setLineCap(LineCapStyle style) {
        content.setLineCap(style);
    }

    @Override
    public void setLineDash(float phase) {
        content.setLineDash(phase);
    }

    @Override
    public void setLineDash(float unitsOn, float unitsOff, float phase) {
        content.setLineDash(unitsOn, unitsOff, phase);
    }

    @Override
    public void setLiteral(String literal) {
        content.setLiteral(literal);
    }

    @Override
    public void transform(AffineTransform transform) {
        content.transform(transform);
    }
}
