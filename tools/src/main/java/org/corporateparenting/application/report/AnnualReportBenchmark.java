package org.corporateparenting.application.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corporateparenting.application.demo.DemoCouncil;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
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
import org.corporateparenting.report.annual.AnnualReportReport;

/**
 * Benchmark (not a test): counts and renders every annual report for synthetic councils of several sizes, and
 * prints, per report, the time to count its figures from the records, to render it as PDF and as Word, the PDF's
 * size and the heap in use. Run with {@code mvn -q -pl app-services exec:java
 * -Dexec.mainClass=org.corporateparenting.application.report.AnnualReportBenchmark -Dexec.args="1250 5000 20000"}
 * (children over the generated ten-year history). The regional adoption agency's report counts the same council three
 * times over, as an agency of three councils of that size.
 */
public final class AnnualReportBenchmark {

    private AnnualReportBenchmark() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"1250", "5000", "20000"} : args;
        LocalDate today = LocalDate.of(2026, 11, 23);
        ReportingYear year = ReportingYear.lastEndedBy(today);
        Catalogue catalogue = Catalogue.of(Standards.DEFAULT);
        IndicatorEngine engine = catalogue.engine();
        System.out.printf("%-9s %-22s %-11s %-8s %-9s %-10s %-8s%n", "children", "report", "figures ms", "PDF ms", "Word ms", "PDF bytes",
                "heap MB");
        for (String size : sizes) {
            DemoCouncil council = DemoCouncilGenerator.generate(new Council("999", "Benchmark council (synthetic)"),
                    new DemoCouncilGenerator.Settings(20261123L, Integer.parseInt(size), 10, today));
            List<Object> records = council.records();
            CouncilHistory history = CouncilHistory.of(records, Map.of(2020, 1_000_000));
            List<PanelMeeting> meetings = records.stream().filter(PanelMeeting.class::isInstance).map(PanelMeeting.class::cast).toList();
            List<PanelCase> cases = records.stream().filter(PanelCase.class::isInstance).map(PanelCase.class::cast).toList();
            ReportingMonth march = ReportingMonth.of(year.startYear() + 1, 3);
            Map<ReportSpec, Supplier<AnnualFigures>> reports = new LinkedHashMap<>();
            reports.put(IroReportSpec.SPEC, () -> IroYearFigures.of(history, year, Map.of(), Map.of()));
            reports.put(FosteringReportSpec.SPEC, () -> FosteringYearFigures.of(history, year));
            reports.put(PanelReportSpec.SPEC, () -> PanelYearFigures.of(meetings, cases, year));
            reports.put(AdoptionReportSpec.SPEC, () -> AdoptionYearFigures.of(history, year, Map.of(), List.of()));
            reports.put(AgencyReportSpec.SPEC, () -> {
                Map<String, AnnualFigures> members = new LinkedHashMap<>();
                for (int member = 1; member <= 3; member++) {
                    members.put("Member council " + member, AdoptionYearFigures.of(history, year, Map.of(), List.of()));
                }
                return AgencyYearFigures.of(members);
            });
            reports.put(CareLeaverReportSpec.SPEC, () -> {
                List<Dataset> d = engine.compute(history, List.of(march, march.minus(12)));
                return CareLeaverYearFigures.of(year.label(), year.previous().label(), d.get(0), d.get(1));
            });
            reports.put(BoardReportSpec.SPEC, () -> {
                List<Dataset> d = engine.compute(history, List.of(march, march.minus(12)));
                return BoardYearFigures.of(year.label(), year.previous().label(), catalogue.definitions(), d.get(0), d.get(1));
            });
            reports.forEach((spec, figures) -> {
                long start = System.nanoTime();
                AnnualFigures f = figures.get();
                long counted = System.nanoTime();
                var rows = new AnnualReportWriter(f, Map.of(), new Disclosure(5), "Benchmark council (synthetic)").write(spec, "Benchmark");
                Map<Format, Long> took = new EnumMap<>(Format.class);
                int bytes = 0;
                for (Format format : Format.values()) {
                    long from = System.nanoTime();
                    byte[] file = AnnualReportReport.render(rows, format);
                    took.put(format, System.nanoTime() - from);
                    bytes = format == Format.PDF ? file.length : bytes;
                }
                Runtime runtime = Runtime.getRuntime();
                System.out.printf("%-9s %-22s %-11d %-8d %-9d %-10d %-8d%n", size, spec.kind().name().toLowerCase(), (counted - start) / 1_000_000,
                        took.get(Format.PDF) / 1_000_000, took.get(Format.DOCX) / 1_000_000, bytes,
                        (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
            });
        }
    }
}
