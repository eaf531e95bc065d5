package org.corporateparenting.application.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A published month as the board reads it: each indicator's figure with its definition, the months before,
 * the same month last year, direction of travel, target and status, and benchmarks; then the commentary.
 * Figures withheld by the disclosure rule have {@code suppressed} set and no value, numerator or denominator.
 */
public record DatasetView(String month, String label, int revision, Instant extractedAt, String publishedBy,
        List<Row> rows, List<Comment> commentary) {

    /**
     * One indicator's line. {@code lastSix} runs from five months before to this month. {@code thresholds} are the red, amber
     * and green bands in words (null without a target or for information only); {@code directionDescribed} says which way the
     * number moved and whether that is better or worse ("Worse: up from 137 (low is good)"; "" without a comparison);
     * {@code counts} a percentage's numerator and denominator as printed beside it ("95 of 150", or "c of c" where they would
     * give a withheld count back; null otherwise). Numerator and denominator are null wherever the counts are withheld.
     * {@code number} is the indicator's stable number ({@code IndicatorNumbers}: "1.2"), to refer to it in the meeting and the minutes;
     * {@code note} the manager's latest comment on the indicator for the month, or null; {@code yearEnds} the figure at the
     * last three 31 March year ends on or before the month, oldest first ({@code ReportingMonth.yearEndsUpTo}).
     */
    public record Row(String code, String title, String area, String unit, String polarity, String basis, String cohort,
            BigDecimal value, Double numerator, Long denominator, boolean suppressed, BigDecimal previous,
            BigDecimal sameMonthLastYear, String direction, BigDecimal target, String status, String statusShape,
            List<Point> lastSix, List<BenchmarkView> benchmarks, String thresholds, String directionDescribed, String counts,
            String number, Note note, List<YearEnd> yearEnds) {

        /** The England benchmark, as every page and pack shows it. */
        public Optional<BenchmarkView> england() {
            return benchmark("ENGLAND");
        }

        /** The neighbours' benchmark: good and outstanding neighbours where the council keeps it, else statistical. */
        public Optional<BenchmarkView> neighbours() {
            return benchmark("GOOD_OUTSTANDING_NEIGHBOURS").or(() -> benchmark("STATISTICAL_NEIGHBOURS"));
        }

        private Optional<BenchmarkView> benchmark(String kind) {
            return benchmarks.stream().filter(b -> b.kind().equals(kind)).findFirst();
        }
    }

    /** A month's shown value (null when not published, not computable or withheld; {@code withheld} tells them apart). */
    public record Point(String month, BigDecimal value, boolean withheld) {
    }

    /** A year end's shown figure: null when withheld, not published or not computable; the flags tell them apart. */
    public record YearEnd(String month, BigDecimal value, boolean withheld, boolean published) {
    }

    public record BenchmarkView(String kind, String label, String vintage, BigDecimal value, String source) {
    }

    public record Comment(String area, String body, String author, Instant writtenAt) {
    }

    /** A manager's comment on one indicator for the month: the latest version, and how many earlier ones are kept. */
    public record Note(String body, String author, Instant writtenAt, int earlierVersions) {
    }
}
