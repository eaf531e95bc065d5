package org.corporateparenting.report.annual.word;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.w3c.dom.svg.SVGDocument;

/**
 * A table's chart as a picture in the Word file: the report's SVG drawn to a PNG (with Batik, which JasperReports
 * brings, at three times its size so it prints sharp), as wide as the PDF's at most, with the chart's words as its
 * alternative text. If the SVG cannot be drawn, the chart's words stand in its place as a paragraph, so nothing the
 * chart says is lost.
 */
final class ChartPicture {

    private static final double SCALE = 3;
    /** The widest a chart is set, in points: the PDF's picture box. */
    private static final double WIDEST = 480;

    private ChartPicture() {
    }

    static void write(XWPFDocument document, String svg, String words) {
        XWPFParagraph paragraph = document.createParagraph();
        Optional<Drawn> drawn = draw(svg);
        if (drawn.isEmpty()) {
            paragraph.createRun().setText(words == null ? "" : words);
            return;
        }
        try {
            XWPFRun run = paragraph.createRun();
            double width = Math.min(WIDEST, drawn.get().width());
            double height = width * drawn.get().height() / drawn.get().width();
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(drawn.get().png()), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(width), Units.toEMU(height));
            // Word wants each drawing's id unique and not 0; the alternative text goes on both of the picture's names
            long id = document.getAllPictures().size();
            String alternative = words == null ? "" : words;
            CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setId(id);
            inline.getDocPr().setName("Chart " + id);
            inline.getDocPr().setDescr(alternative);
            picture.getCTPicture().getNvPicPr().getCNvPr().setId(id);
            picture.getCTPicture().getNvPicPr().getCNvPr().setName("Chart " + id);
            picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(alternative);
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("The chart could not be put in the Word file", e);
        }
    }

    private record Drawn(byte[] png, double width, double height) {
    }

    private static Optional<Drawn> draw(String svg) {
        try {
            SVGDocument parsed = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
                    .createSVGDocument("file:///chart.svg", new StringReader(svg));
            UserAgentAdapter agent = new UserAgentAdapter();
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            context.setDynamicState(BridgeContext.STATIC);
            GraphicsNode node = new GVTBuilder().build(context, parsed);
            Dimension2D size = context.getDocumentSize();
            BufferedImage image = new BufferedImage((int) Math.ceil(size.getWidth() * SCALE), (int) Math.ceil(size.getHeight() * SCALE),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            node.paint(g);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Optional.of(new Drawn(png.toByteArray(), size.getWidth(), size.getHeight()));
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
