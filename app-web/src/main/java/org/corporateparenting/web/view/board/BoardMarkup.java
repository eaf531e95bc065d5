package org.corporateparenting.web.view.board;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.application.indicator.Headline;
import org.corporateparenting.domain.indicator.Area;
import org.corporateparenting.domain.indicator.Direction;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.report.chart.Sparkline;

/**
 * The board's tables, tiles and sentences written once as HTML, for the screens and the offline copy alike.
 * Status is given by word and shape as well as colour, direction by word and symbol, and a withheld figure
 * says it is withheld. All text from records or users is escaped. {@code link} gives the address of an
 * indicator's page, or null where there is none (offline).
 */
final class BoardMarkup {

    private BoardMarkup() {
    }

    static String tiles(BoardSummary summary) {
        DatasetView view = summary.dataset();
        StringBuilder html = new StringBuilder("<div class=\"cp-tiles\">");
        for (String code : summary.tiles()) {
            row(view, code).ifPresent(r -> html.append("<div class=\"cp-tile\" data-code=\"").append(r.code()).append("\">")
                    .append("<span class=\"cp-tile-title\">").append(escape(r.title())).append("</span>")
                    .append("<span class=\"cp-tile-value\">").append(value(r.value(), r.unit(), r.suppressed(), summary)).append("</span>")
                    .append("<span class=\"cp-tile-compare\">Previous month ").append(Figures.written(r.previous(), r.unit()))
                    .append(" · Same month last year ").append(Figures.written(r.sameMonthLastYear(), r.unit())).append("</span>")
                    .append(direction(r)).append("</div>"));
        }
        return html.append("</div>").toString();
    }

    static String headlines(BoardSummary summary) {
        Map<String, List<Headline>> byTopic = new LinkedHashMap<>();
        summary.headlines().forEach(h -> byTopic.computeIfAbsent(h.topic(), t -> new ArrayList<>()).add(h));
        StringBuilder html = new StringBuilder("<div class=\"cp-headlines\" id=\"headlines\">");
        byTopic.forEach((topic, sentences) -> {
            html.append("<h3>").append(escape(topic)).append("</h3>");
            for (Headline h : sentences) {
                html.append("<p data-codes=\"").append(String.join(" ", h.codes())).append("\">");
                h.parts().forEach(p -> html.append(p.figure() ? "<strong>" + escape(p.text()) + "</strong>" : escape(p.text())));
                html.append("</p>");
            }
        });
        return html.append("</div>").toString();
    }

    static String table(BoardSummary summary, Area area, Function<String, String> link) {
        DatasetView view = summary.dataset();
        List<DatasetView.Row> rows = view.rows().stream().filter(r -> r.area().equals(area.name())).toList();
        if (rows.isEmpty()) {
            return "<p class=\"cp-empty\">No indicators of this area were published for " + escape(view.label()) + ".</p>";
        }
        List<DatasetView.Point> months = rows.get(0).lastSix();
        StringBuilder html = new StringBuilder("<div class=\"cp-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(escape(area.title())).append(" indicators\"><table class=\"cp-indicators\" data-area=\"").append(area.name())
                .append("\"><caption>").append(escape(area.title())).append(": ").append(escape(view.label())).append("</caption><thead><tr>")
                .append("<th scope=\"col\">Indicator</th><th scope=\"col\" class=\"cp-good\">Good is</th><th scope=\"col\">England</th>")
                .append("<th scope=\"col\">Neighbours</th><th scope=\"col\">Target</th>");
        for (DatasetView.Point p : months) {
            html.append("<th scope=\"col\" class=\"cp-month").append(p.month().equals(view.month()) ? " cp-current" : "").append("\">")
                    .append(ReportingMonth.parse(p.month()).label()).append("</th>");
        }
        html.append("<th scope=\"col\">Same month last year</th><th scope=\"col\">Direction</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Trend</th></tr></thead><tbody>");
        for (DatasetView.Row r : rows) {
            String href = link == null ? null : link.apply(r.code());
            html.append("<tr data-code=\"").append(r.code()).append("\"><th scope=\"row\" data-label=\"Indicator\">")
                    .append(number(r)).append(href == null ? escape(r.title()) : "<a href=\"" + escape(href) + "\">" + escape(r.title()) + "</a>")
                    .append("<span class=\"cp-basis\">").append(Figures.unitWords(r.unit())).append(" · ").append(escape(r.basis()))
                    .append(r.cohort().equals(view.month()) ? "" : " · for " + ReportingMonth.parse(r.cohort()).label()).append("</span>")
                    .append(thresholds(r)).append(furtherBenchmarks(r)).append(note(r)).append("</th>")
                    .append("<td data-label=\"Good is\" class=\"cp-good\">").append(Figures.polarityWords(r.polarity())).append("</td>")
                    .append(cell("England", benchmark(r, r.england())))
                    .append(cell("Neighbours", benchmark(r, r.neighbours())))
                    .append(cell("Target", Figures.written(r.target(), r.unit())));
            for (DatasetView.Point p : r.lastSix()) {
                boolean current = p.month().equals(view.month());
                html.append("<td class=\"cp-month").append(current ? " cp-current" : "").append("\" data-label=\"")
                        .append(ReportingMonth.parse(p.month()).label()).append("\">")
                        .append(current ? value(r.value(), r.unit(), r.suppressed(), summary) + counts(r)
                                : value(p.value(), r.unit(), p.withheld(), summary))
                        .append("</td>");
            }
            html.append(cell("Same month last year", Figures.written(r.sameMonthLastYear(), r.unit())))
                    .append("<td data-label=\"Direction\">").append(direction(r)).append("</td>")
                    .append("<td data-label=\"Status\">").append(status(r.status(), r.statusShape())).append("</td>")
                    .append("<td data-label=\"Trend\" class=\"cp-trend-cell\">")
                    .append(Sparkline.of(r.title(), r.lastSix().stream().map(DatasetView.Point::value).toList())).append("</td></tr>");
        }
        return html.append("</tbody></table></div><p class=\"cp-narrow-note\">Earlier months are on each indicator's page; ")
                .append("turn the tablet sideways or widen the window to see them here.</p>").append(withheldNote(summary)).append(benchmarkSources(rows)).toString();
    }

    /** The key to status and direction, once on each page with a table of indicators (screens and offline copy). */
    static String key(BoardSummary summary) {
        StringBuilder html = new StringBuilder("<section class=\"cp-key\" aria-labelledby=\"cp-key-title\"><h2 id=\"cp-key-title\">")
                .append("Key: status and direction</h2><ul>");
        summary.key().forEach(line -> html.append("<li>").append(escape(line)).append("</li>"));
        return html.append("</ul></section>").toString();
    }

    /**
     * The manager's comment on the indicator for the month, beside it: the words, then the author and date (and how many
     * earlier versions are kept); nothing when none was written.
     */
    static String note(DatasetView.Row r) {
        DatasetView.Note n = r.note();
        if (n == null) {
            return "";
        }
        return "<span class=\"cp-note-indicator\"><span class=\"cp-note-body\">" + escape(n.body()) + "</span> <span class=\"cp-byline\">"
                + escape(n.author()) + ", " + UkDates.day(n.writtenAt()) + (n.earlierVersions() == 0 ? "" : " (edited; "
                + n.earlierVersions() + " earlier version" + (n.earlierVersions() == 1 ? "" : "s") + " kept)") + "</span></span>";
    }

    /**
     * The figure at the last three year ends (31 March), as the packs give earlier years beside this month: from the
     * published months (a year end not published reads so, a withheld one "withheld"); the pack prints the same row's.
     */
    static String yearEnds(DatasetView.Row row, String title) {
        List<DatasetView.YearEnd> marches = row.yearEnds();
        StringBuilder html = new StringBuilder("<section class=\"cp-year-ends\" aria-labelledby=\"cp-year-ends-title\">")
                .append("<h2 id=\"cp-year-ends-title\">Earlier years</h2><table class=\"cp-history\"><caption>")
                .append(escape(title)).append(" at 31 March</caption><thead><tr><th scope=\"col\">Year end</th>")
                .append("<th scope=\"col\">Figure</th></tr></thead><tbody>");
        for (int i = marches.size() - 1; i >= 0; i--) {
            DatasetView.YearEnd p = marches.get(i);
            html.append("<tr><th scope=\"row\">31 March ").append(p.month(), 0, 4).append("</th><td>")
                    .append(!p.published() ? "not published" : p.withheld() ? "withheld" : Figures.written(p.value(), row.unit()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></section>").toString();
    }

    /**
     * The benchmarks beyond England and the neighbours' average, where the council holds them: best statistical neighbour
     * and the national top quartile, each with its year.
     */
    static String furtherBenchmarks(DatasetView.Row r) {
        List<String> further = r.benchmarks().stream().filter(b -> b.kind().equals("BEST_NEIGHBOUR") || b.kind().equals("TOP_QUARTILE"))
                .map(b -> b.label() + " " + Figures.written(b.value(), r.unit()) + " (" + b.vintage() + ")").toList();
        return further.isEmpty() ? "" : "<span class=\"cp-further-benchmarks\">" + escape(String.join(" · ", further)) + "</span>";
    }

    /** Which benchmarks the area's table prints, each named with its year and source (the neighbour group's, too). */
    static String benchmarkSources(List<DatasetView.Row> rows) {
        Set<String> sources = new LinkedHashSet<>();
        rows.forEach(r -> r.benchmarks().forEach(b -> sources.add(b.label() + " " + b.vintage()
                + (b.source() == null || b.source().isBlank() ? "" : ": " + b.source()))));
        return sources.isEmpty() ? "" : "<p class=\"cp-note cp-benchmark-sources\">Benchmarks: " + escape(String.join("; ", sources)) + ".</p>";
    }

    /** The manager's comment as its own section of the indicator's page, saying so when none was written this month. */
    static String indicatorComment(DatasetView.Row r, String monthLabel) {
        StringBuilder html = new StringBuilder("<section class=\"cp-indicator-comment\" aria-labelledby=\"cp-comment-title\">")
                .append("<h2 id=\"cp-comment-title\">Manager's comment</h2>");
        DatasetView.Note n = r.note();
        if (n == null) {
            return html.append("<p>No comment has been written on this indicator for ").append(escape(monthLabel)).append(".</p></section>")
                    .toString();
        }
        for (String paragraph : n.body().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph.strip())).append("</p>");
        }
        return html.append("<p class=\"cp-byline\">").append(escape(n.author())).append(", ").append(UkDates.day(n.writtenAt()))
                .append(n.earlierVersions() == 0 ? "" : " (edited; " + n.earlierVersions() + " earlier version"
                        + (n.earlierVersions() == 1 ? "" : "s") + " kept)").append("</p></section>").toString();
    }

    /** The indicator's number before its title ("1.2 "), as the pack and the minutes refer to it. */
    static String number(DatasetView.Row r) {
        return r.number() == null ? "" : "<span class=\"cp-number\">" + escape(r.number()) + "</span> ";
    }

    /** A percentage's counts beside it ("95 of 150", or "c of c" where withheld); nothing for other figures. */
    static String counts(DatasetView.Row r) {
        return r.counts() == null ? "" : "<span class=\"cp-counts\">" + escape(r.counts()) + "</span>";
    }

    /** An indicator's red, amber and green bands in words, under its title; nothing without a target. */
    static String thresholds(DatasetView.Row r) {
        return r.thresholds() == null ? "" : "<span class=\"cp-thresholds\">" + escape(r.thresholds()) + "</span>";
    }

    static String commentary(DatasetView view, Area area) {
        StringBuilder html = new StringBuilder("<section class=\"cp-commentary\" aria-label=\"Commentary\"><h3>Commentary</h3>");
        List<DatasetView.Comment> comments = view.commentary().stream().filter(c -> c.area().equals(area.name())).toList();
        if (comments.isEmpty()) {
            html.append("<p>No commentary has been written for ").append(escape(area.title())).append(" this month.</p>");
        }
        for (DatasetView.Comment c : comments) {
            for (String paragraph : c.body().split("\\R\\s*\\R")) {
                html.append("<p>").append(escape(paragraph.strip())).append("</p>");
            }
            html.append("<p class=\"cp-byline\">").append(escape(c.author())).append(", ")
                    .append(UkDates.day(c.writtenAt())).append("</p>");
        }
        return html.append("</section>").toString();
    }

    static String value(BigDecimal value, String unit, boolean suppressed, BoardSummary summary) {
        if (suppressed) {
            return "<span class=\"cp-withheld\" title=\"Withheld: " + (summary.disclosureThreshold()) + " or fewer counted\">withheld</span>";
        }
        return Figures.written(value, unit);
    }

    static String status(String words, String shape) {
        String kind = switch (shape) {
            case "circle" -> "green";
            case "triangle" -> "amber";
            case "square" -> "red";
            default -> "none";
        };
        String mark = switch (shape) {
            case "circle" -> "<circle cx=\"6\" cy=\"6\" r=\"5\"/>";
            case "triangle" -> "<path d=\"M6 1 L11 11 L1 11 Z\"/>";
            case "square" -> "<rect x=\"1.5\" y=\"1.5\" width=\"9\" height=\"9\"/>";
            default -> "";
        };
        return "<span class=\"cp-status cp-status-" + kind + "\">" + (mark.isEmpty() ? ""
                : "<svg viewBox=\"0 0 12 12\" width=\"12\" height=\"12\" aria-hidden=\"true\">" + mark + "</svg>") + escape(words) + "</span>";
    }

    /**
     * The direction of travel by mark and words, with which way the number moved and whether that is better or worse for
     * the indicator ("✗ Worse: up from 137 (low is good)"), so a rising count is never read as "declined".
     */
    static String direction(DatasetView.Row row) {
        Direction direction = Direction.fromWords(row.direction());
        if (direction == Direction.NONE) {
            return "<span class=\"cp-direction\">–</span>";
        }
        String described = row.directionDescribed() == null ? "" : row.directionDescribed();
        String moved = described.startsWith(direction.words()) ? described.substring(direction.words().length()).replaceFirst("^:? ", "")
                : described;
        return "<span class=\"cp-direction cp-direction-" + direction.name().toLowerCase() + "\"><span aria-hidden=\"true\">"
                + direction.symbol() + "</span> " + escape(direction.words()) + (moved.isEmpty() ? ""
                        : "<span class=\"cp-moved\">" + (described.startsWith(direction.words() + ":") ? ": " : " ") + escape(moved) + "</span>")
                + "</span>";
    }

    private static String withheldNote(BoardSummary summary) {
        boolean any = summary.dataset().rows().stream().anyMatch(DatasetView.Row::suppressed);
        return any ? "<p class=\"cp-note\">" + escape(summary.withheldMeaning()) + "</p>" : "";
    }

    private static String benchmark(DatasetView.Row row, Optional<DatasetView.BenchmarkView> benchmark) {
        return benchmark.map(b -> Figures.written(b.value(), row.unit()) + " <span class=\"cp-vintage\">(" + escape(b.vintage()) + ")</span>")
                .orElse("–");
    }

    private static String cell(String label, String html) {
        return "<td data-label=\"" + escape(label) + "\">" + html + "</td>";
    }

    static Optional<DatasetView.Row> row(DatasetView view, String code) {
        return view.rows().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
