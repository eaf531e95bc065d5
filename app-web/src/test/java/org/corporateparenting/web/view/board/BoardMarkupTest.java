package org.corporateparenting.web.view.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.application.indicator.Headline;
import org.corporateparenting.domain.indicator.Area;
import org.junit.jupiter.api.Test;

class BoardMarkupTest {

    private static DatasetView.Row row(String code, String unit, String value, boolean suppressed) {
        BigDecimal v = value == null ? null : new BigDecimal(value);
        return new DatasetView.Row(code, "Title of " + code, "PROFILE", unit, "LOW", "As at month end", "2023-03", v,
                suppressed ? null : 4.0, null, suppressed, new BigDecimal("440"), null, "Better", new BigDecimal("60.0"),
                "Off target", "square", List.of(new DatasetView.Point("2023-01", null, false),
                        new DatasetView.Point("2023-02", new BigDecimal("440"), false),
                        new DatasetView.Point("2023-03", v, suppressed)),
                List.of(new DatasetView.BenchmarkView("ENGLAND", "England average", "2021/22", new BigDecimal("70.0000"), "DfE")),
                "Green at 60.0 or less; amber over 60.0 and under 70.0; red at 70.0 or more", "Better: down from 440 (low is good)",
                "PERCENT".equals(unit) && !suppressed ? "95 of 150" : null, "1.2",
                new DatasetView.Note("Rise <explained>.", "Head of Service", Instant.parse("2023-04-10T09:00:00Z"), 2), List.of());
    }

    private static BoardSummary summary(List<DatasetView.Row> rows, List<DatasetView.Comment> comments) {
        DatasetView view = new DatasetView("2023-03", "Mar 2023", 1, Instant.parse("2023-04-04T06:15:00Z"), "analyst", rows, comments);
        return new BoardSummary(view, List.of("CIC_COUNT"), List.of(new Headline("Children in care", List.of("CIC_COUNT"),
                List.of(new Headline.Part("We have ", false), new Headline.Part("437", true), new Headline.Part(" children <in care>.", false)))), 5);
    }

    @Test
    void aRowShowsFiguresAtTheUnitsPrecisionAndStatusByWordAndShape() {
        String html = BoardMarkup.table(summary(List.of(row("CIC_RATE", "RATE_PER_10000", "65.1", false)), List.of()), Area.PROFILE,
                code -> "board/2023-03/indicator/" + code);

        assertThat(html).contains(
                "<span class=\"cp-number\">1.2</span> <a href=\"board/2023-03/indicator/CIC_RATE\">Title of CIC_RATE</a>",
                "<td class=\"cp-month cp-current\" data-label=\"Mar 2023\">65.1</td>", "70.0 <span class=\"cp-vintage\">(2021/22)</span>",
                "<td data-label=\"Target\">60.0</td>", "cp-status-red", "<rect", "Off target", "✓</span> Better<span class=\"cp-moved\">: down from 440 (low is good)</span>", "cp-sparkline",
                "<span class=\"cp-thresholds\">Green at 60.0 or less; amber over 60.0 and under 70.0; red at 70.0 or more</span>")
                .doesNotContain("withheld");
    }

    @Test
    void aWithheldMonthOfTheHistoryIsMarkedApartFromAMonthWithNoData() {
        DatasetView.Row r = row("CIC_STARTS", "COUNT", "8", false);
        DatasetView.Row gaps = new DatasetView.Row(r.code(), r.title(), r.area(), r.unit(), r.polarity(), r.basis(), r.cohort(), r.value(),
                r.numerator(), r.denominator(), false, r.previous(), r.sameMonthLastYear(), r.direction(), r.target(), r.status(), r.statusShape(),
                List.of(new DatasetView.Point("2023-01", null, true), new DatasetView.Point("2023-02", null, false),
                        new DatasetView.Point("2023-03", r.value(), false)),
                r.benchmarks(), r.thresholds(), r.directionDescribed(), r.counts(), r.number(), r.note(), r.yearEnds());
        String html = BoardMarkup.table(summary(List.of(gaps), List.of()), Area.PROFILE, null);
        assertThat(html).contains("data-label=\"Jan 2023\"><span class=\"cp-withheld\"", "data-label=\"Feb 2023\">–</td>");
    }

    @Test
    void aPercentageShowsItsCountsBesideItAndACountDoesNot() {
        String html = BoardMarkup.table(summary(List.of(row("HLT_IHA_20D", "PERCENT", "63.3", false), row("CIC_COUNT", "COUNT", "437", false)),
                List.of()), Area.PROFILE, null);
        assertThat(html).contains("data-label=\"Mar 2023\">63.3%<span class=\"cp-counts\">95 of 150</span></td>")
                .contains("data-label=\"Mar 2023\">437</td>");
    }

    @Test
    void theManagersCommentIsBesideTheIndicatorWithItsAuthorAndDate() {
        DatasetView.Row r = row("CIC_RATE", "RATE_PER_10000", "65.1", false);
        String html = BoardMarkup.table(summary(List.of(r), List.of()), Area.PROFILE, null);
        assertThat(html).contains("<span class=\"cp-note-body\">Rise &lt;explained&gt;.</span>",
                "Head of Service, 10 April 2023 (edited; 2 earlier versions kept)");
        assertThat(BoardMarkup.indicatorComment(r, "Mar 2023")).contains("<h2 id=\"cp-comment-title\">Manager's comment</h2>",
                "<p>Rise &lt;explained&gt;.</p>", "Head of Service, 10 April 2023");
    }

    @Test
    void earlierYearsAreTheRowsYearEndsNewestFirst() {
        DatasetView.Row r = row("CIC_RATE", "PERCENT", "65.1", false);
        DatasetView.Row ends = new DatasetView.Row(r.code(), r.title(), r.area(), r.unit(), r.polarity(), r.basis(), r.cohort(), r.value(),
                r.numerator(), r.denominator(), false, r.previous(), r.sameMonthLastYear(), r.direction(), r.target(), r.status(), r.statusShape(),
                r.lastSix(), r.benchmarks(), r.thresholds(), r.directionDescribed(), r.counts(), r.number(), r.note(),
                List.of(new DatasetView.YearEnd("2023-03", null, false, false), new DatasetView.YearEnd("2024-03", null, true, true),
                        new DatasetView.YearEnd("2025-03", new BigDecimal("25.0"), false, true)));
        String html = BoardMarkup.yearEnds(ends, "Title");
        assertThat(html).contains("Title at 31 March").doesNotContain("31 March 2022");
        assertThat(html.indexOf("31 March 2025")).isLessThan(html.indexOf("31 March 2024"));
        assertThat(html).contains("<th scope=\"row\">31 March 2025</th><td>25.0%</td>", "<th scope=\"row\">31 March 2024</th><td>withheld</td>",
                "<th scope=\"row\">31 March 2023</th><td>not published</td>");
    }

    @Test
    void bestNeighbourAndTopQuartileShowWhereHeldAndEveryBenchmarkIsNamedWithItsSource() {
        DatasetView.Row r = row("CIC_RATE", "RATE_PER_10000", "65.1", false);
        DatasetView.Row more = new DatasetView.Row(r.code(), r.title(), r.area(), r.unit(), r.polarity(), r.basis(), r.cohort(), r.value(),
                r.numerator(), r.denominator(), false, r.previous(), r.sameMonthLastYear(), r.direction(), r.target(), r.status(), r.statusShape(),
                r.lastSix(), List.of(r.benchmarks().get(0), new DatasetView.BenchmarkView("BEST_NEIGHBOUR", "Best statistical neighbour", "2022/23",
                        new BigDecimal("41.0"), "DfE LAIT: Kestrel Vale's ten statistical neighbours")), r.thresholds(), r.directionDescribed(),
                r.counts(), r.number(), r.note(), r.yearEnds());
        String html = BoardMarkup.table(summary(List.of(more), List.of()), Area.PROFILE, null);
        assertThat(html).contains("<span class=\"cp-further-benchmarks\">Best statistical neighbour 41.0 (2022/23)</span>",
                "Benchmarks: England average 2021/22: DfE; Best statistical neighbour 2022/23: DfE LAIT: Kestrel Vale's ten statistical neighbours.");
    }

    @Test
    void theKeySaysWhatEachStatusAndDirectionMarkMeans() {
        String html = BoardMarkup.key(summary(List.of(row("CIC_RATE", "RATE_PER_10000", "65.1", false)), List.of()));
        assertThat(html).contains("<h2 id=\"cp-key-title\">Key: status and direction</h2>", "Off target (red, square)",
                "Close to target (amber, triangle)", "✗ Worse", "✓ Better", "a count that rose where low is good is worse");
    }

    @Test
    void aWithheldFigureSaysSoAndTheNoteGivesTheThreshold() {
        String html = BoardMarkup.table(summary(List.of(row("CIC_UASC_COUNT", "COUNT", null, true)), List.of()), Area.PROFILE, null);

        assertThat(html).contains(">withheld</span>", "5 or fewer children, young people or households were counted")
                .doesNotContain("<a href");
    }

    @Test
    void commentaryAndHeadlinesAreEscapedAndFiguresEmphasised() {
        BoardSummary summary = summary(List.of(row("CIC_COUNT", "COUNT", "437", false)),
                List.of(new DatasetView.Comment("PROFILE", "Rise <script>alert(1)</script> explained.\n\nSecond paragraph.", "Head of Service",
                        Instant.parse("2023-04-10T09:00:00Z"))));

        assertThat(BoardMarkup.commentary(summary.dataset(), Area.PROFILE)).contains("<p>Rise &lt;script&gt;alert(1)&lt;/script&gt; explained.</p>",
                "<p>Second paragraph.</p>", "Head of Service, 10 April 2023").doesNotContain("<script>");
        assertThat(BoardMarkup.headlines(summary)).contains("<h3>Children in care</h3>",
                "We have <strong>437</strong> children &lt;in care&gt;.");
        assertThat(BoardMarkup.commentary(summary.dataset(), Area.HEALTH)).contains("No commentary has been written for Health");
    }
}
