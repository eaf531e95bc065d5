package org.corporateparenting.web.view.board;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.domain.indicator.Direction;

/**
 * The month's position in one view, first on the board's summary: the indicators off target, close to target, improved
 * and declined since the previous month, each a link to its page. It reads the status and direction the month's dataset
 * already carries (so it agrees with every area table); a withheld figure carries no judgement and is left out.
 * {@code link} gives an indicator page's address, or null where there is none (offline).
 */
final class BoardPosition {

    private BoardPosition() {
    }

    static String of(BoardSummary summary, Function<String, String> link) {
        List<DatasetView.Row> judged = summary.dataset().rows().stream().filter(r -> !r.suppressed()).toList();
        StringBuilder html = new StringBuilder("<section class=\"cp-position\" id=\"position\" aria-labelledby=\"position-title\">")
                .append("<h2 id=\"position-title\">This month's position</h2><div class=\"cp-position-groups\">");
        group(html, "off-target", "Off target", "None of the indicators with a target is off target.",
                judged, r -> "square".equals(r.statusShape()), link);
        group(html, "close", "Close to target", "None is close to its target without meeting it.",
                judged, r -> "triangle".equals(r.statusShape()), link);
        group(html, "improved", "Better since last month", "None is better than last month.",
                judged, r -> direction(r) == Direction.IMPROVED, link);
        group(html, "declined", "Worse since last month", "None is worse than last month.",
                judged, r -> direction(r) == Direction.DECLINED, link);
        return html.append("</div></section>").toString();
    }

    private static void group(StringBuilder html, String kind, String title, String none, List<DatasetView.Row> rows,
            Predicate<DatasetView.Row> in, Function<String, String> link) {
        List<DatasetView.Row> chosen = rows.stream().filter(in).toList();
        html.append("<div class=\"cp-position-group cp-position-").append(kind).append("\" data-group=\"").append(kind).append("\">")
                .append("<h3>").append(title).append(" <span class=\"cp-position-count\">(").append(chosen.size()).append(")</span></h3>");
        if (chosen.isEmpty()) {
            html.append("<p>").append(none).append("</p></div>");
            return;
        }
        html.append("<ul>");
        for (DatasetView.Row r : chosen) {
            String href = link == null ? null : link.apply(r.code());
            html.append("<li data-code=\"").append(r.code()).append("\">")
                    .append(href == null ? BoardMarkup.escape(r.title())
                            : "<a href=\"" + BoardMarkup.escape(href) + "\">" + BoardMarkup.escape(r.title()) + "</a>")
                    .append(": ").append(Figures.written(r.value(), r.unit())).append("</li>");
        }
        html.append("</ul></div>");
    }

    private static Direction direction(DatasetView.Row row) {
        return Direction.fromWords(row.direction());
    }
}
