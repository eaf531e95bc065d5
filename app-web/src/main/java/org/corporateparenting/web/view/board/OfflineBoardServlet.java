package org.corporateparenting.web.view.board;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.report.EditionService;
import org.corporateparenting.application.report.EditionView;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.report.Format;
import org.corporateparenting.domain.indicator.Area;

/**
 * The latest published month as one plain page (summary, every area's table and commentary), which the board's
 * service worker ({@code offline/sw.js}) keeps so a councillor can read it without a connection once it has
 * been opened, with links to the latest published PDF pack and annual reports ({@link OfflinePackServlet}), which it
 * keeps too. It is
 * written by the same {@link BoardMarkup} as the screens, so the copy and the screens agree.
 * Marked with {@code X-Board-Copy} so the service worker never keeps a sign-in page in its place.
 */
@WebServlet("/offline/board")
public class OfflineBoardServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(OfflineBoardServlet.class.getName());

    @Inject
    DatasetService dataset;

    @Inject
    EditionService editions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page;
        try {
            page = page();
        } catch (EJBAccessException e) {
            LOG.warning(() -> "Refused the offline board copy to " + request.getRemoteUser());
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Your role does not allow the board's dataset.");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Board-Copy", "1");
        response.getWriter().write(page);
    }

    /**
     * Links to each annual report's latest published year, which the service worker keeps with this copy (it fetches every
     * {@code report/} link of this page); nothing when none has been published.
     */
    private String annualReports() {
        Map<String, EditionView> latest = new LinkedHashMap<>();
        editions.editions().stream().filter(e -> e.format().equals(Format.PDF.name()))
                .filter(e -> !ReportKind.valueOf(e.kind()).monthly())
                .sorted(Comparator.comparing(EditionView::period).thenComparing(EditionView::edition).reversed())
                .forEach(e -> latest.putIfAbsent(e.kind(), e));
        if (latest.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<p>The latest published annual reports are kept too:</p><ul class=\"cp-offline-reports\">");
        latest.values().forEach(e -> html.append("<li><a href=\"").append(OfflinePackServlet.address(ReportKind.valueOf(e.kind())))
                .append("\">").append(BoardMarkup.escape(e.title())).append(", ").append(BoardMarkup.escape(e.periodLabel())).append("</a></li>"));
        return html.append("</ul>").toString();
    }

    private String page() {
        List<String> months = dataset.publishedMonths();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<link rel=\"stylesheet\" href=\"board.css\"><link rel=\"stylesheet\" href=\"../styles/app.css\">");
        if (months.isEmpty()) {
            return html.append("<title>Board dataset | Corporate Parenting</title></head><body class=\"cp-board\"><main>")
                    .append("<h1>Corporate Parenting Board</h1><p>No month has been published yet.</p></main></body></html>").toString();
        }
        BoardSummary summary = dataset.summary(months.get(0));
        String label = BoardPage.ReportingMonthText.of(summary.dataset().month());
        html.append("<title>Board dataset ").append(label).append(" | Corporate Parenting</title></head><body class=\"cp-board\">")
                .append("<header><p class=\"cp-offline-banner\">Saved copy for reading offline: the latest published month. ")
                .append("<a href=\"../\">Open the application</a></p>")
                .append("<nav aria-label=\"Board sections\" class=\"cp-board-nav\"><a href=\"#summary\">Summary</a>");
        List<Area> areas = List.of(Area.values()).stream()
                .filter(a -> summary.dataset().rows().stream().anyMatch(r -> r.area().equals(a.name()))).toList();
        areas.forEach(a -> html.append("<a href=\"#").append(BoardPage.areaSlug(a)).append("\">").append(a.title()).append("</a>"));
        html.append("</nav></header><main><h1 id=\"summary\">Corporate Parenting Board: ").append(label).append("</h1>")
                .append("<p class=\"cp-extract\">Figures taken from the case records on ").append(UkDates.moment(summary.dataset().extractedAt()))
                .append(" (revision ").append(summary.dataset().revision()).append("). ")
                .append("<a href=\"pack.pdf\" id=\"offline-pack\">The latest published PDF pack</a> is kept with this copy.</p>")
                .append(annualReports())
                .append(BoardPosition.of(summary, null)).append(BoardMarkup.tiles(summary))
                .append("<h2>Headlines</h2>").append(BoardMarkup.headlines(summary));
        for (Area a : areas) {
            html.append("<section aria-labelledby=\"").append(BoardPage.areaSlug(a)).append("\"><h2 id=\"").append(BoardPage.areaSlug(a))
                    .append("\">").append(a.title()).append("</h2>").append(BoardMarkup.table(summary, a, null))
                    .append(BoardMarkup.commentary(summary.dataset(), a)).append("</section>");
        }
        return html.append(BoardMarkup.key(summary)).append("</main><script>if ('serviceWorker' in navigator) { navigator.serviceWorker.register('sw.js'); }</script>")
                .append("</body></html>").toString();
    }
}
