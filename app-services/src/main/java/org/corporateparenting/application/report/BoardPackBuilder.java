package org.corporateparenting.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.application.indicator.Headline;
import org.corporateparenting.domain.indicator.Area;
import org.corporateparenting.domain.indicator.Direction;
import org.corporateparenting.domain.indicator.Polarity;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Unit;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.report.Styled;
import org.corporateparenting.report.chart.Sparkline;
import org.corporateparenting.report.pack.BoardPack;

/**
 * Writes a published month's summary as the pack's rows. Every figure is written by the domain's one rule
 * ({@link Unit#written}) from the same frozen view the board's screens read, so the pack and the screens agree;
 * a withheld figure reads "withheld" and the page says why.
 */
final class BoardPackBuilder {

    static final String WITHHELD = "withheld";

    private BoardPackBuilder() {
    }

    static BoardPack build(BoardSummary summary, String council) {
        DatasetView view = summary.dataset();
        ReportingMonth month = ReportingMonth.parse(view.month());
        String extract = "Figures taken from the case records on " + UkDates.moment(view.extractedAt()) + " (revision " + view.revision()
                + ", published by " + view.publishedBy() + ").";
        String disclosure = "Published copy: counts from 1 to " + summary.disclosureThreshold() + ", and figures about so few children, "
                + "are withheld to protect their privacy.";
        List<BoardPack.AreaPage> areas = new ArrayList<>();
        List<BoardPack.AppendixLine> appendix = new ArrayList<>();
        for (Area area : Area.values()) {
            List<DatasetView.Row> rows = view.rows().stream().filter(r -> r.area().equals(area.name())).toList();
            if (!rows.isEmpty()) {
                areas.add(new BoardPack.AreaPage(area.title(), rows.stream().map(r -> line(r, view)).toList(), withheldNote(rows, summary),
                        commentary(view, area), benchmarkSources(rows)));
                rows.forEach(r -> appendix.add(new BoardPack.AppendixLine(area.title(), numbered(r), unit(r).words(),
                        r.lastSix().stream().map(p -> p.withheld() ? WITHHELD : unit(r).written(p.value())).toList())));
            }
        }
        List<String> months = view.rows().isEmpty() ? ReportingMonth.ending(month, 6).stream().map(ReportingMonth::label).toList()
                : view.rows().get(0).lastSix().stream().map(p -> ReportingMonth.parse(p.month()).label()).toList();
        return new BoardPack(council, month.title(), extract, disclosure, tiles(summary), headlines(summary), areas, months, appendix,
                summary.key());
    }

    private static List<BoardPack.Tile> tiles(BoardSummary summary) {
        List<BoardPack.Tile> tiles = new ArrayList<>();
        for (String code : summary.tiles()) {
            summary.dataset().rows().stream().filter(r -> r.code().equals(code)).findFirst().ifPresent(r -> tiles.add(
                    new BoardPack.Tile(r.title(), value(r), unit(r).written(r.previous()), unit(r).written(r.sameMonthLastYear()),
                            direction(r))));
        }
        return tiles;
    }

    private static List<BoardPack.Sentence> headlines(BoardSummary summary) {
        List<BoardPack.Sentence> sentences = new ArrayList<>();
        for (Headline h : summary.headlines()) {
            sentences.add(new BoardPack.Sentence(h.topic(), h.parts().stream()
                    .map(p -> p.figure() ? Styled.bold(p.text()) : Styled.plain(p.text())).collect(Collectors.joining())));
        }
        return sentences;
    }

    private static BoardPack.Line line(DatasetView.Row r, DatasetView view) {
        Unit unit = unit(r);
        String basis = unit.words() + " · " + r.basis()
                + (r.cohort().equals(view.month()) ? "" : " · for " + ReportingMonth.parse(r.cohort()).label())
                + r.benchmarks().stream().filter(b -> b.kind().equals("BEST_NEIGHBOUR") || b.kind().equals("TOP_QUARTILE"))
                        .map(b -> " · " + b.label() + " " + unit.written(b.value()) + " (" + b.vintage() + ")").collect(Collectors.joining())
                + yearEnds(r, unit);
        List<BigDecimal> trend = r.lastSix().stream().map(DatasetView.Point::value).toList();
        return new BoardPack.Line(numbered(r), basis, Polarity.valueOf(r.polarity()).words(),
                r.england().map(b -> unit.written(b.value()) + " (" + b.vintage() + ")").orElse("–"),
                r.neighbours().map(b -> unit.written(b.value()) + " (" + b.vintage() + ")").orElse("–"),
                unit.written(r.target()), value(r), unit.written(r.previous()), unit.written(r.sameMonthLastYear()), direction(r),
                Styled.status(r.status(), r.statusShape()), Sparkline.of(r.title(), trend),
                "Trend of " + r.title() + ", oldest first: " + r.lastSix().stream().map(p -> p.withheld() ? WITHHELD : unit.written(p.value()))
                        .collect(Collectors.joining(", ")), r.thresholds(), r.counts(), comment(r));
    }

    /**
     * The earlier years as the packs print them, oldest first: " · 31 March 2024: 50, 2025: 48, 2026: withheld" (a year end
     * not published reads so); empty when the row has none.
     */
    static String yearEnds(DatasetView.Row r, Unit unit) {
        if (r.yearEnds() == null || r.yearEnds().isEmpty()) {
            return "";
        }
        return " · 31 March " + r.yearEnds().stream().map(y -> y.month().substring(0, 4) + ": "
                + (!y.published() ? "not published" : y.withheld() ? WITHHELD : unit.written(y.value()))).collect(Collectors.joining(", "));
    }

    /** The manager's comment on the indicator with its author and date ("… (Head of Service, 3 November 2026)"), or null. */
    static String comment(DatasetView.Row r) {
        DatasetView.Note n = r.note();
        return n == null ? null : n.body().strip() + " (" + n.author() + ", " + UkDates.day(n.writtenAt()) + ")";
    }

    /** The title with the indicator's number before it ("1.2 Rate of children in care"), as the board refers to it. */
    static String numbered(DatasetView.Row r) {
        return r.number() == null ? r.title() : r.number() + " " + r.title();
    }

    /** Which benchmarks an area's page prints, each with its year and source (the neighbour group's too); null for none. */
    static String benchmarkSources(List<DatasetView.Row> rows) {
        Set<String> sources = new LinkedHashSet<>();
        rows.forEach(r -> r.benchmarks().forEach(b -> sources.add(b.label() + " " + b.vintage()
                + (b.source() == null || b.source().isBlank() ? "" : ": " + b.source()))));
        return sources.isEmpty() ? null : "Benchmarks: " + String.join("; ", sources) + ".";
    }

    private static String withheldNote(List<DatasetView.Row> rows, BoardSummary summary) {
        return rows.stream().anyMatch(DatasetView.Row::suppressed) ? summary.withheldMeaning() : null;
    }

    private static List<BoardPack.Comment> commentary(DatasetView view, Area area) {
        List<BoardPack.Comment> comments = new ArrayList<>();
        for (DatasetView.Comment c : view.commentary()) {
            if (c.area().equals(area.name())) {
                String[] paragraphs = c.body().split("\\R\\s*\\R");
                for (int i = 0; i < paragraphs.length; i++) {
                    boolean last = i == paragraphs.length - 1;
                    comments.add(new BoardPack.Comment(paragraphs[i].strip(), last ? c.author() + ", " + UkDates.day(c.writtenAt()) : null));
                }
            }
        }
        if (comments.isEmpty()) {
            comments.add(new BoardPack.Comment("No commentary has been written for " + area.title() + " this month.", null));
        }
        return comments;
    }

    static String value(DatasetView.Row r) {
        return r.suppressed() ? WITHHELD : unit(r).written(r.value());
    }

    /** The mark, and which way the figure moved and whether that is better or worse ("✗ Worse: up from 137 (low is good)"). */
    private static String direction(DatasetView.Row r) {
        Direction direction = Direction.fromWords(r.direction());
        if (direction == Direction.NONE) {
            return "–";
        }
        String words = r.directionDescribed() == null || r.directionDescribed().isBlank() ? direction.words() : r.directionDescribed();
        return direction.symbol() + " " + words;
    }

    private static Unit unit(DatasetView.Row r) {
        return Unit.valueOf(r.unit());
    }
}
