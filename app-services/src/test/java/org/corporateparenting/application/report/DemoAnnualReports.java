package org.corporateparenting.application.report;

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
import org.corporateparenting.report.annual.AnnualReport;
import org.corporateparenting.report.pack.BoardPack;

/**
 * The seven annual reports of 2025-26 (as rows, before rendering) and the October 2026 board pack, counted and written
 * from a council generated as the demo council is (400 children over six years, the demo's seed), with the starting
 * words of each section.
 */
final class DemoAnnualReports {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Council COUNCIL = new Council("999", "Kestrel Vale Council (fictional)");

    private final List<Object> records;
    private final ReportingYear year = ReportingYear.lastEndedBy(TODAY);

    DemoAnnualReports() {
        DemoCouncil demo = DemoCouncilGenerator.generate(COUNCIL, new DemoCouncilGenerator.Settings(20261123L, 400, 6, TODAY));
        records = demo.records();
    }

    ReportingYear year() {
        return year;
    }

    /** Each report's rows by its title and year, in the order the reports page lists them. */
    Map<String, AnnualReport> reports() {
        Catalogue catalogue = Catalogue.of(Standards.DEFAULT);
        IndicatorEngine engine = catalogue.engine();
        CouncilHistory history = CouncilHistory.of(records, Map.of(2020, 90_000));
        ReportingMonth march = ReportingMonth.of(year.startYear() + 1, 3);
        List<Dataset> marches = engine.compute(history, List.of(march, march.minus(12)));
        List<PanelMeeting> meetings = records.stream().filter(PanelMeeting.class::isInstance).map(PanelMeeting.class::cast).toList();
        List<PanelCase> cases = records.stream().filter(PanelCase.class::isInstance).map(PanelCase.class::cast).toList();

        Map<ReportSpec, AnnualFigures> figures = new LinkedHashMap<>();
        figures.put(IroReportSpec.SPEC, IroYearFigures.of(history, year, Map.of(), Map.of()));
        figures.put(FosteringReportSpec.SPEC, FosteringYearFigures.of(history, year));
        figures.put(PanelReportSpec.SPEC, PanelYearFigures.of(meetings, cases, year));
        figures.put(AdoptionReportSpec.SPEC, AdoptionYearFigures.of(history, year, Map.of(), List.of()));
        Map<String, AnnualFigures> members = new LinkedHashMap<>();
        members.put(COUNCIL.getName(), AdoptionYearFigures.of(history, year, Map.of(), List.of()));
        figures.put(AgencyReportSpec.SPEC, AgencyYearFigures.of(members));
        figures.put(CareLeaverReportSpec.SPEC, CareLeaverYearFigures.of(year.label(), year.previous().label(), marches.get(0), marches.get(1)));
        figures.put(BoardReportSpec.SPEC, BoardYearFigures.of(year.label(), year.previous().label(), catalogue.definitions(), marches.get(0),
                marches.get(1)));
        Map<String, AnnualReport> reports = new LinkedHashMap<>();
        figures.forEach((spec, f) -> reports.put(spec.title() + " " + year.label(),
                new AnnualReportWriter(f, Map.of(), new Disclosure(5), COUNCIL.getName()).write(spec, "Draft, not yet published.")));
        return reports;
    }

    /** The October 2026 board pack. */
    BoardPack pack() {
        return BoardPackBuilder.build(DemoBoardSummary.of(COUNCIL, records, ReportingMonth.of(2026, 10), 5), COUNCIL.getName());
    }
}
