package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.PdfText;
import org.corporateparenting.report.PdfUa;
import org.corporateparenting.report.annual.AnnualReportReport;
import org.corporateparenting.report.pack.BoardPackReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seven annual reports of 2025-26 and the October 2026 board pack, counted and written from a council generated as
 * the demo council is (400 children over six years, the demo's seed) and rendered as PDF, pass PDF/UA-1 as veraPDF
 * checks it. The deployment test {@code AccessiblePdfIT} checks the same files as the application serves them.
 */
class AccessibleReportsTest {

    static final Map<String, byte[]> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void render() {
        DemoAnnualReports demo = new DemoAnnualReports();
        demo.reports().forEach((name, rows) -> {
            long start = System.nanoTime();
            PDFS.put(name, AnnualReportReport.render(rows, Format.PDF));
            System.out.printf("PDF/UA render: %-55s %5d ms%n", rows.title(), (System.nanoTime() - start) / 1_000_000);
        });
        long start = System.nanoTime();
        PDFS.put("Board pack 2026-10", BoardPackReport.render(demo.pack(), Format.PDF));
        System.out.printf("PDF/UA render: %-55s %5d ms%n", "Board pack 2026-10", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void everyAnnualReportAndTheBoardPackPassPdfUa1() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "report-artefacts", "pdfua"));
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            Files.write(folder.resolve(pdf.getKey().replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf"), pdf.getValue());
        }
        Map<String, List<PdfUa.Failure>> failures = new LinkedHashMap<>();
        PDFS.forEach((name, pdf) -> {
            List<PdfUa.Failure> broken = PdfUa.failures(pdf);
            if (!broken.isEmpty()) {
                failures.put(name, broken);
            }
        });
        assertThat(PDFS).hasSize(8);
        assertThat(failures).as("PDF/UA-1 rules broken, by file").isEmpty();
    }

    @Test
    void eachIsTaggedInBritishEnglishWithItsFontsEmbedded() throws Exception {
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            assertThat(PdfText.taggedLanguage(pdf.getValue())).as(pdf.getKey()).isEqualTo("en-GB");
            assertThat(PdfText.unembeddedFonts(pdf.getValue())).as(pdf.getKey()).isEmpty();
        }
    }
}
