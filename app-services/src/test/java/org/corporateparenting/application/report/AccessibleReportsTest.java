package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.demo.DemoCouncil;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.application.indicator.DemoBoardSummary;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.indicator.IndicatorEngine;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Standards;
import org.corporateparenting.domain.recruitment.PanelCase;
import org.corporateparenting.domain.recruitment.PanelMeeting;
import org.corporateparenting.domain.report.ReportingYear;
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

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Map<String, byte[]> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void render() {
        Council council = new Council("999", "Kestrel Vale Council (fictional)");
        DemoCouncil demo = DemoCouncilGenerator.generate(council, new DemoCouncilGenerator.Settings(20261123L, 400, 6, TODAY));
        List<Object> records = demo.records();
        ReportingYear year = ReportingYear.lastEndedBy(TODAY);
        Catalogue catalogue = Catalogue.of(Standards.DEFAULT);
        IndicatorEngine engine = catalogue.engine();
        CouncilHistory history = CouncilHistory.of(records, Map.of(2020, 90_000));
        ReportingMonth march = ReportingMonth.of(year.startYear() + 1, 3);
        List<Dataset> marches = engine.compute(history, List.of(march, march.minus(12)));
        List<PanelMeeting> meetings = records.stream().filter(PanelMeeting.class::isInstance).map(PanelMeeting.class::cast).toList();
        List<PanelCase> cases = records.stream().filter(PanelCase.class::isInstance).map(PanelCase.class::cast).toList();

        Map<ReportSpec, AnnualFigures> reports = new LinkedHashMap<>();
        reports.put(IroReportSpec.SPEC, IroYearFigures.of(history, year, Map.of(), Map.of()));
        reports.put(FosteringReportSpec.SPEC, FosteringYearFigures.of(history, year));
        reports.put(PanelReportSpec.SPEC, PanelYearFigures.of(meetings, cases, year));
        reports.put(AdoptionReportSpec.SPEC, AdoptionYearFigures.of(history, year, Map.of(), List.of()));
        Map<String, AnnualFigures> members = new LinkedHashMap<>();
        members.put("Kestrel Vale Council (fictional)", AdoptionYearFigures.of(history, year, Map.of(), List.of()));
        reports.put(AgencyReportSpec.SPEC, AgencyYearFigures.of(members));
        reports.put(CareLeaverReportSpec.SPEC, CareLeaverYearFigures.of(year.label(), year.previous().label(), marches.get(0), marches.get(1)));
        reports.put(BoardReportSpec.SPEC, BoardYearFigures.of(year.label(), year.previous().label(), catalogue.definitions(), marches.get(0),
                marches.get(1)));
        reports.forEach((spec, figures) -> {
            var rows = new AnnualReportWriter(figures, Map.of(), new Disclosure(5), council.getName()).write(spec, "Draft, not yet published.");
            long start = System.nanoTime();
            PDFS.put(spec.title() + " " + year.label(), AnnualReportReport.render(rows, Format.PDF));
            System.out.printf("PDF/UA render: %-55s %5d ms%n", spec.title(), (System.nanoTime() - start) / 1_000_000);
        });

        ReportingMonth october = ReportingMonth.of(2026, 10);
        var pack = BoardPackBuilder.build(DemoBoardSummary.of(council, records, october, 5), council.getName());
        long start = System.nanoTime();
        PDFS.put("Board pack " + october, BoardPackReport.render(pack, Format.PDF));
        System.out.printf("PDF/UA render: %-55s %5d ms%n", "Board pack " + october, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void everyAnnualReportAndTheBoardPackPassPdfUa1() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-artefacts", "pdfua"));
        for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
            java.nio.file.Files.write(folder.resolve(pdf.getKey().replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf"), pdf.getValue());
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
