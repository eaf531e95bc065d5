package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.disclosure.Mark;
import org.corporateparenting.domain.indicator.Disclosure;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.report.annual.AnnualReport;
import org.junit.jupiter.api.Test;

/** Words quote figures by reference; published tables and words withhold small numbers, and totals cannot give them back. */
class AnnualReportWriterTest {

    static final Disclosure RULE = new Disclosure(5);

    static final AnnualFigures FIGURES = new AnnualFigures("2025-26", "2024-25", List.of(
            new CountTable("codes", "Codes", "of reviews", List.of(Count.of("PN1", 10, 12), Count.of("PN2", 3, 0), Count.of("PN7", 20, 9)),
                    Count.of("Total", 33, 21), null, true),
            new CountTable("staff", "Caseloads", null, List.of(Count.of("IROs", 2, 2)), null, null, false)),
            List.of(Reference.count("reviews.held", "Reviews held", 33), Reference.count("escalations.raised", "Escalations raised", 4),
                    Reference.percent("reviews.onTimePct", "On time", 30, 33), Reference.count("iro.count", "IROs", 2).aboutStaff(),
                    Reference.average("panel.casesPerMeeting", "Cases per meeting", 1, 12)));

    @Test
    void aSingleSmallCountIsWithheldWithTheNextSmallestSoTheTotalCannotGiveItBack() {
        PeriodDisclosure alone = PeriodDisclosure.of(List.of(PeriodDisclosure.Output.alone("iro", "IRO", 1, FIGURES)), RULE.rule());
        PeriodDisclosure.Column now = alone.columns("iro", "codes")[0];
        assertThat(now.parts()).containsExactly(Mark.CONFIDENTIAL, Mark.SMALL, Mark.SHOWN);
        assertThat(now.total()).isEqualTo(Mark.SHOWN);
        assertThat(alone.exposed()).isEmpty();
        PeriodDisclosure.Column before = alone.columns("iro", "codes")[1];
        assertThat(before.parts()).as("zero is never withheld").containsOnly(Mark.SHOWN);
        assertThat(alone.columns("iro", "staff")[0].parts()).as("staff are not children").containsExactly(Mark.SHOWN);
    }

    @Test
    void tablesPrintASmallCountAsLessThanSixAndTheCountWithheldToProtectItAsC() {
        AnnualReport report = writer(Map.of()).write(spec("Counted {reviews.held}."), "Draft");
        AnnualReport.Table codes = report.sections().get(0).tables().get(0);
        assertThat(codes.rows()).extracting(AnnualReport.Row::thisYear).as("10 is not under 6, so never \"<6\"")
                .containsExactly("c", "<6", "20", "33");
        assertThat(codes.rows()).extracting(AnnualReport.Row::thisShare).containsExactly("c", "c", "60.6%", "100.0%");
        assertThat(codes.rows()).extracting(AnnualReport.Row::lastYear).containsExactly("12", "0", "9", "21");
        assertThat(codes.note()).contains("<6: a count from 1 to 5").contains("c: withheld so that another figure cannot be worked out");
    }

    @Test
    void aShareOfItsOwnDenominatorCannotGiveBackASmallComplement() {
        // care leavers: 27 of 28 in suitable accommodation; printed "<6" today although it is 27, and 96.4% of 28 gives back 1
        AnnualFigures figures = new AnnualFigures("2025-26", "2024-25", List.of(new CountTable("acc", "Accommodation", "of care leavers",
                List.of(new Count("Suitable accommodation", 27, 20, 28L, 30L)), null, null, true)), List.of());
        AnnualReport.Table t = new AnnualReportWriter(figures, Map.of(), RULE, "Test council").write(spec("", "acc"), "Draft")
                .sections().get(0).tables().get(0);
        assertThat(t.rows().get(0).thisYear()).isEqualTo("c");
        assertThat(t.rows().get(0).thisShare()).isEqualTo("c");
        assertThat(t.rows().get(0).lastYear()).isEqualTo("20");
        assertThat(t.rows().get(0).lastShare()).isEqualTo("66.7%");
    }

    @Test
    void wordsDoNotGiveBackACountATableWithholdsAndOneIroIsSingular() {
        AnnualFigures figures = new AnnualFigures("2025-26", "2024-25", FIGURES.tables(), List.of(Reference.count("pn1", "PN1", 10),
                Reference.count("iro.count", "IROs", 1).aboutStaff()));
        String words = new AnnualReportWriter(figures, Map.of("s", "PN1 {pn1}; {iro.count} IROs."), RULE, "Test council")
                .write(spec(""), "Draft").sections().get(0).narrative();
        assertThat(words).isEqualTo("PN1 <b>a withheld figure</b>; <b>1</b> IRO.");
    }

    @Test
    void wordsQuoteFiguresFromTheSameTablesWithSmallOnesWithheld() {
        // 30 of 33 on time: 90.9% with its 33 would give back the 3 not on time
        AnnualReportWriter writer = writer(Map.of("s", "In {year}: {reviews.held} reviews, {reviews.onTimePct} on time, "
                + "{escalations.raised} escalations, {iro.count} IROs, {panel.casesPerMeeting} a meeting. <b>plain</b> & {nope}"));
        String words = writer.write(spec(""), "Draft").sections().get(0).narrative();
        assertThat(words).isEqualTo("In <b>2025-26</b>: <b>33</b> reviews, <b>a withheld figure</b> on time, <b>fewer than 6</b> escalations, "
                + "<b>2</b> IROs, <b>a withheld figure</b> a meeting. &lt;b&gt;plain&lt;/b&gt; &amp; {nope}");
        assertThat(writer.unknownReferences("{nope} and {reviews.held} and {year} and {kpi.CIC_COUNT}")).containsExactly("nope", "kpi.CIC_COUNT");
    }

    @Test
    void aWithheldFigureThatStartsASentenceStartsWithACapital() {
        AnnualReportWriter writer = writer(Map.of("s", "{escalations.raised} escalations. {escalations.raised} again;\n{escalations.raised}, "
                + "{escalations.raised}"));
        assertThat(writer.write(spec(""), "Draft").sections().get(0).narrative()).isEqualTo("<b>Fewer than 6</b> escalations. "
                + "<b>Fewer than 6</b> again;<br/><b>Fewer than 6</b>, <b>fewer than 6</b>");
    }

    @Test
    void closingFieldsFollowTheSectionsNumberedOn() {
        List<AnnualReport.Section> sections = writer(Map.of("risk", "Low, at {year}.")).write(spec(""), "Draft").sections();
        assertThat(sections).extracting(AnnualReport.Section::heading).startsWith("1. Section", "2. Financial implications")
                .contains("6. Risk assessment").endsWith("9. Background papers");
        assertThat(sections.get(5).narrative()).isEqualTo("Low, at <b>2025-26</b>.");
    }

    @Test
    void reconciliationNamesAPartsTotalMismatchAndAnUnknownFigure() {
        AnnualFigures broken = new AnnualFigures("2025-26", "2024-25", List.of(new CountTable("codes", "Codes", null,
                List.of(Count.of("PN1", 10, 1)), Count.of("Total", 11, 1), null, true)), List.of());
        AnnualReportWriter writer = new AnnualReportWriter(broken, Map.of("s", "See {missing}."), RULE, "Test council");
        ReportSpec spec = spec("");
        assertThat(AnnualReconciliation.failures(broken, spec, writer, Map.of("Children in care", Map.of("table", 5L, "dataset", 6L))))
                .containsExactlyInAnyOrder("Codes (2025-26): the lines add up to 10 but the total is 11.",
                        "1. Section quotes {missing}, which is not a figure of this report.",
                        "Children in care differs between places: " + Map.of("table", 5L, "dataset", 6L) + ".",
                        "Portfolio holder is empty: the committee needs it.", "Report author is empty: the committee needs it.");
    }

    static AnnualReportWriter writer(Map<String, String> texts) {
        return new AnnualReportWriter(FIGURES, texts, RULE, "Test council");
    }

    @Test
    void aChartedTableIsDrawnOnlyWhenNoCountInItIsWithheld() {
        ReportSpec charted = spec("").charting("codes", "staff");
        List<AnnualReport.Table> tables = writer(Map.of()).write(charted, "Draft").sections().get(0).tables();
        assertThat(tables.get(0).chart()).as("PN2's 3 is withheld, so a bar would give it back").isNull();
        assertThat(tables.get(0).note()).contains("No chart is drawn");
        assertThat(tables.get(1).chart()).startsWith("<svg").contains("IROs 2 and 2", "2025-26", "2024-25");
        assertThat(tables.get(1).chartText()).contains("caseloads", "2025-26 beside 2024-25");
        assertThat(writer(Map.of()).write(spec(""), "Draft").sections().get(0).tables().get(1).chart()).as("only tables asked for").isNull();
    }

    static ReportSpec spec(String starting) {
        return spec(starting, "codes", "staff");
    }

    static ReportSpec spec(String starting, String... tables) {
        return new ReportSpec(ReportKind.IRO_ANNUAL, "Test report",
                ReportSpec.committeeCover("In short.", "Note {year}.", "Because."),
                List.of(new ReportSpec.Section("s", "1. Section", List.of(tables), starting)), ReportSpec.committeeClosing("None."));
    }
}
