package org.corporateparenting.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a rendered report back as a reader would: its text (in the order it was drawn: row by row, cell by cell), bookmarks, fonts, and
 * pictures of its pages. Shared with the deployment tests (test jar).
 */
public final class PdfText {

    private PdfText() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The bookmark titles, depth first. */
    public static List<String> bookmarks(byte[] pdf) throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                    titles.add(item.getTitle());
                    item.children().forEach(child -> titles.add(child.getTitle()));
                }
            }
        }
        return titles;
    }

    /** Names of fonts used on any page that are not embedded in the file. */
    public static List<String> unembeddedFonts(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        names.add(font.getName());
                    }
                }
            }
        }
        return names;
    }

    /** Whether the file is tagged (marked, with a structure tree) and its declared language. */
    public static String taggedLanguage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            boolean tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked() && catalog.getStructureTreeRoot() != null;
            return tagged ? catalog.getLanguage() : null;
        }
    }

    /** The alternative text of every figure (image) in the file's structure tree, in document order. */
    public static List<String> figureAlternatives(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> alternatives = new ArrayList<>();
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                for (Object kid : root.getKids()) {
                    collectFigures(kid, alternatives);
                }
            }
            return alternatives;
        }
    }

    private static void collectFigures(Object node, List<String> alternatives) {
        if (node instanceof PDStructureElement element) {
            if ("Figure".equals(element.getStructureType()) || "Image".equals(element.getStructureType())) {
                alternatives.add(element.getAlternateDescription());
            }
            for (Object kid : element.getKids()) {
                collectFigures(kid, alternatives);
            }
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Writes page {@code index} (from 0) as a PNG, kept as a test artefact. */
    public static Path picture(byte[] pdf, int index, Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, 80);
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        }
        return file;
    }

    /** The text of a DOCX file's body (word/document.xml without its markup). */
    public static String docxText(byte[] docx) throws IOException {
        return docxXml(docx).replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }

    /** A DOCX file's body as it is stored (word/document.xml). */
    public static String docxXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("Not a Word document: no word/document.xml");
    }
}
