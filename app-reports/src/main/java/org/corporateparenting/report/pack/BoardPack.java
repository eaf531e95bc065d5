package org.corporateparenting.report.pack;

import java.util.List;

/**
 * The monthly Corporate Parenting performance pack as printed: a summary page (the headline tiles and sentences),
 * one page per area with its indicators' table and the area's commentary, and an appendix with the last six months
 * of every indicator, and the key to status and direction ({@code key}, one line each) on the summary page. Every figure arrives already written, by the same rule the board's screens use, from the
 * month's frozen published figures with small numbers withheld, so the pack and the screens cannot disagree.
 */
public record BoardPack(String council, String monthLabel, String extract, String disclosure, List<Tile> tiles,
        List<Sentence> headlines, List<AreaPage> areas, List<String> appendixMonths, List<AppendixLine> appendix, List<String> key) {

    /** A pack without a key. */
    public BoardPack(String council, String monthLabel, String extract, String disclosure, List<Tile> tiles, List<Sentence> headlines,
            List<AreaPage> areas, List<String> appendixMonths, List<AppendixLine> appendix) {
        this(council, monthLabel, extract, disclosure, tiles, headlines, areas, appendixMonths, appendix, List.of());
    }

    /** A headline figure with the previous month, the same month last year and the direction of travel. */
    public record Tile(String title, String value, String previous, String lastYear, String direction) {
    }

    /** A headline sentence under its topic; {@code markup} is styled text (see {@code Styled}). */
    public record Sentence(String topic, String markup) {
    }

    /**
     * An area's page: its indicators, a note on withheld figures (or null), its commentary, and which benchmarks it prints,
     * each named with its year and source (or null).
     */
    public record AreaPage(String title, List<Line> lines, String withheld, List<Comment> commentary, String benchmarks) {

        /** An area page without a note of its benchmarks. */
        public AreaPage(String title, List<Line> lines, String withheld, List<Comment> commentary) {
            this(title, lines, withheld, commentary, null);
        }
    }

    /**
     * An indicator's line on its area's page. {@code status} is styled text; {@code trend} is the sparkline as SVG
     * and {@code trendText} its words for screen readers; {@code thresholds} the red, amber and green bands in words (or null); {@code counts} a
     * percentage's numerator and denominator as printed beside it ("95 of 150"; or null); {@code comment} the manager's
     * comment on the indicator with its author and date (or null).
     */
    public record Line(String title, String basis, String goodIs, String england, String neighbours, String target,
            String value, String previous, String lastYear, String direction, String status, String trend, String trendText,
            String thresholds, String counts, String comment) {

        /** A line without thresholds, counts or comment. */
        public Line(String title, String basis, String goodIs, String england, String neighbours, String target, String value,
                String previous, String lastYear, String direction, String status, String trend, String trendText) {
            this(title, basis, goodIs, england, neighbours, target, value, previous, lastYear, direction, status, trend, trendText, null, null, null);
        }
    }

    /** A commentary paragraph with its author and date on the last paragraph only. */
    public record Comment(String body, String byline) {
    }

    /** An indicator's last six months (oldest first), for the appendix, grouped by area. */
    public record AppendixLine(String area, String title, String unit, List<String> months) {
    }
}
