package org.corporateparenting.report.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.PdfText;
import org.corporateparenting.report.Styled;
import org.corporateparenting.report.chart.Sparkline;
import org.junit.jupiter.api.Test;

/** What councillors read in the packs they know: the key, each indicator's bands and the direction in words. */
class BoardPackKeyTest {

    static BoardPack pack(BoardPack.Line line) {
        return new BoardPack("Kestrel Vale Council (fictional)", "October 2026", "Figures taken from the case records.",
                "Counts from 1 to 5 are withheld.", List.of(), List.of(),
                List.of(new BoardPack.AreaPage("Health", List.of(line), null, List.of(new BoardPack.Comment("None.", null)),
                        "Benchmarks: England average 2021/22: DfE CLA statistics 2022.")),
                List.of("M1 2026"), List.of(), List.of("On target (green, circle): the figure meets the year's target.",
                        "✗ Worse: moved the way that is bad for the indicator."));
    }

    static BoardPack.Line line(String direction, String thresholds) {
        String trend = Sparkline.of("Trend", List.of(new BigDecimal("80"), new BigDecimal("85")));
        return new BoardPack.Line("Initial health assessments on time", "Percentage · in month", "High", "–", "–", "90.0%", "87.5%",
                "85.0%", "80.2%", direction, Styled.status("Close to target", "triangle"), trend, "Trend", thresholds, "35 of 40",
                "Two assessments were booked late. (Head of Service, 3 November 2026)");
    }

    @Test
    void theSummaryCarriesTheKeyAndEachLineItsBandsAndDirectionInWords() throws Exception {
        String text = PdfText.text(BoardPackReport.render(pack(line("✓ Better: up from 85.0% (high is good)",
                "Green at 90.0% or more; amber from 85.0% to under 90.0%; red under 85.0%")), Format.PDF)).replaceAll("\\s+", " ");
        assertThat(text).contains("Key: status and direction", "On target (green, circle): the figure meets the year's target.",
                "Worse: moved the way that is bad for the indicator.");
        assertThat(text).contains("Green at 90.0% or more; amber from 85.0% to under 90.0%; red under 85.0%");
        assertThat(text).contains("Better: up from 85.0% (high is good)");
        assertThat(text).contains("87.5% 35 of 40");
        assertThat(text).contains("Benchmarks: England average 2021/22: DfE CLA statistics 2022.");
        assertThat(text).contains("Comment: Two assessments were booked late. (Head of Service, 3 November 2026)");
    }
}
