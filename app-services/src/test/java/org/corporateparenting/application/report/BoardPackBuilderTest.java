package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.report.pack.BoardPack;
import org.junit.jupiter.api.Test;

/** The pack's lines carry what the screens show: the number, the bands, the counts and the direction in words. */
class BoardPackBuilderTest {

    private static DatasetView.Row row() {
        return new DatasetView.Row("HLT_IHA_20D", "Initial health assessments on time", "HEALTH", "PERCENT", "HIGH", "In month", "2026-10",
                new BigDecimal("63.3"), 95.0, 150L, false, new BigDecimal("60.0"), null, "Better", new BigDecimal("90"), "Off target",
                "square", List.of(new DatasetView.Point("2026-10", new BigDecimal("63.3"), false)),
                List.of(new DatasetView.BenchmarkView("TOP_QUARTILE", "National top quartile threshold", "2022/23", new BigDecimal("92.0"),
                        "DfE CLA statistics 2023")),
                "Green at 90.0% or more; amber from 85.0% to under 90.0%; red under 85.0%", "Better: up from 60.0% (high is good)",
                "95 of 150", "2.1", new DatasetView.Note("Two assessments were booked late.", "Head of Service",
                Instant.parse("2026-11-03T09:00:00Z"), 1),
                List.of(new DatasetView.YearEnd("2024-03", null, false, false), new DatasetView.YearEnd("2025-03", null, true, true),
                        new DatasetView.YearEnd("2026-03", new BigDecimal("71.0"), false, true)));
    }

    static BoardPack pack() {
        DatasetView view = new DatasetView("2026-10", "Oct 2026", 1, Instant.parse("2026-11-02T06:00:00Z"), "analyst", List.of(row()),
                List.of());
        return BoardPackBuilder.build(new BoardSummary(view, List.of(), List.of(), 5), "Kestrel Vale Council (fictional)");
    }

    @Test
    void aLineCarriesItsNumberBandsCountsAndDirectionInWords() {
        BoardPack.Line line = pack().areas().get(0).lines().get(0);
        assertThat(line.title()).isEqualTo("2.1 Initial health assessments on time");
        assertThat(line.thresholds()).isEqualTo("Green at 90.0% or more; amber from 85.0% to under 90.0%; red under 85.0%");
        assertThat(line.counts()).isEqualTo("95 of 150");
        assertThat(line.direction()).isEqualTo("✓ Better: up from 60.0% (high is good)");
        assertThat(pack().appendix().get(0).title()).startsWith("2.1 ");
        assertThat(line.comment()).isEqualTo("Two assessments were booked late. (Head of Service, 3 November 2026)");
    }

    @Test
    void aLineCarriesTheEarlierYearEndsOldestFirst() {
        assertThat(pack().areas().get(0).lines().get(0).basis())
                .endsWith(" · 31 March 2024: not published, 2025: withheld, 2026: 71.0%");
    }

    @Test
    void thePackCarriesTheKey() {
        assertThat(String.join(" ", pack().key())).contains("Off target (red, square)", "✗ Worse");
    }

    @Test
    void aFigureWhoseCountsAreWithheldIsNotReconciledAgainstThem() {
        DatasetView.Row r = row();
        DatasetView.Row hidden = new DatasetView.Row(r.code(), r.title(), r.area(), r.unit(), r.polarity(), r.basis(), r.cohort(), r.value(),
                null, null, false, r.previous(), r.sameMonthLastYear(), r.direction(), r.target(), r.status(), r.statusShape(), r.lastSix(),
                r.benchmarks(), r.thresholds(), r.directionDescribed(), "c of c", r.number(), null, r.yearEnds());
        DatasetView view = new DatasetView("2026-10", "Oct 2026", 1, Instant.parse("2026-11-02T06:00:00Z"), "analyst", List.of(hidden),
                List.of());
        BoardPack pack = BoardPackBuilder.build(new BoardSummary(view, List.of(), List.of(), 5), "A council");
        assertThat(PackReconciliation.failures(view, pack)).isEmpty();
        assertThat(pack.areas().get(0).lines().get(0).counts()).isEqualTo("c of c");
    }

    @Test
    void theTopQuartileIsBesideTheIndicatorAndTheAreaNamesItsBenchmarksWithTheirSource() {
        BoardPack.AreaPage page = pack().areas().get(0);
        assertThat(page.lines().get(0).basis()).contains(" · National top quartile threshold 92.0% (2022/23) · 31 March");
        assertThat(page.benchmarks()).isEqualTo("Benchmarks: National top quartile threshold 2022/23: DfE CLA statistics 2023.");
    }
}
