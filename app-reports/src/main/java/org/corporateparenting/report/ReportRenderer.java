package org.corporateparenting.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.corporateparenting.report.accessible.AccessiblePdfExporter;
import org.corporateparenting.report.accessible.FontDescriptors;

/**
 * Fills a template with rows and exports it. Templates are compiled when the module is built (a broken template
 * fails the build, and no compiler is needed on the server) and loaded once from the class path. PDFs are PDF/UA-1
 * (ISO 14289-1) as veraPDF checks it: tagged for screen readers (language en-GB, headings and tables marked in the
 * templates, header cells with their scope, rules and backgrounds as artefacts, pictures with their alternative
 * text), with XMP metadata and the title shown in the reader's window (see {@link AccessiblePdfExporter}); they carry
 * bookmarks from the templates' headings and embed their fonts (DejaVu, from the JasperReports font extension), so
 * they print the same on any machine. Word files exported from the filled pages (layout tables, fixed row heights) are
 * the board pack's only: the annual reports' editable Word files are written from their rows by
 * {@link org.corporateparenting.report.annual.word.AnnualReportWord}.
 */
public final class ReportRenderer {

    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

    private ReportRenderer() {
    }

    /** A compiled template by its class-path name without extension, e.g. {@code org/corporateparenting/report/pack/BoardPack}. */
    public static JasperReport template(String name) {
        return COMPILED.computeIfAbsent(name, ReportRenderer::load);
    }

    public static byte[] render(JasperReport master, Map<String, Object> parameters, List<? extends Record> rows, Format format,
            Document document) {
        Map<String, Object> filled = new HashMap<>(parameters);
        filled.put(JRParameter.REPORT_LOCALE, Locale.UK);
        try {
            JasperPrint print = JasperFillManager.fillReport(master, filled, new RowSource(rows));
            print.setName(document.title());
            return format == Format.PDF ? pdf(print, document) : docx(print, document);
        } catch (JRException e) {
            throw new IllegalStateException("The report " + master.getName() + " could not be rendered: " + e.getMessage(), e);
        }
    }

    private static byte[] pdf(JasperPrint print, Document document) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessiblePdfExporter exporter = new AccessiblePdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setTagged(true);
        configuration.setTagLanguage("en-GB");
        configuration.setMetadataTitle(document.title());
        configuration.setMetadataAuthor(document.author());
        configuration.setMetadataSubject(document.subject());
        configuration.setMetadataCreator("Corporate Parenting");
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return FontDescriptors.withoutCidSet(out.toByteArray());
    }

    private static byte[] docx(JasperPrint print, Document document) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRDocxExporter exporter = new JRDocxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleDocxExporterConfiguration configuration = new SimpleDocxExporterConfiguration();
        configuration.setMetadataTitle(document.title());
        configuration.setMetadataAuthor(document.author());
        configuration.setMetadataSubject(document.subject());
        configuration.setMetadataApplication("Corporate Parenting");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }

    private static JasperReport load(String name) {
        try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(name + ".jasper")) {
            if (in == null) {
                throw new IllegalStateException("No compiled template " + name + ".jasper on the class path");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("The template " + name + " could not be loaded", e);
        }
    }
}
