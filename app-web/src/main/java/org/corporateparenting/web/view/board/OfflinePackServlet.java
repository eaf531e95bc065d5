package org.corporateparenting.web.view.board;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.corporateparenting.application.report.EditionService;
import org.corporateparenting.application.report.EditionFile;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.report.Format;

/**
 * The latest published edition of the board pack as a PDF at a fixed address under {@code /offline/}, which the
 * board's service worker keeps beside the offline copy of the board, so the pack can be read without a
 * connection once the board has been opened. Marked with {@code X-Board-Copy} like the offline page.
 */
@WebServlet("/offline/pack.pdf")
public class OfflinePackServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(OfflinePackServlet.class.getName());

    @Inject
    EditionService editions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EditionFile> pack;
        try {
            pack = editions.latest(ReportKind.BOARD_PACK, Format.PDF);
        } catch (EJBAccessException e) {
            LOG.warning(() -> "Refused the offline board pack to " + request.getRemoteUser());
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Your role does not allow the board's pack.");
            return;
        }
        if (pack.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No board pack has been published yet.");
            return;
        }
        response.setContentType(pack.get().mediaType());
        response.setHeader("Content-Disposition", "inline; filename=\"" + pack.get().fileName() + "\"");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Board-Copy", "1");
        response.getOutputStream().write(pack.get().content());
    }
}
