package org.corporateparenting.web.view.board;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.corporateparenting.application.report.EditionFile;
import org.corporateparenting.application.report.EditionService;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.report.Format;

/**
 * The latest published editions as PDFs at fixed addresses under {@code /offline/}, which the board's service worker
 * keeps beside the offline copy of the board, so they can be read without a connection once the board has been
 * opened: the board pack at {@code offline/pack.pdf}, and each annual report's latest published year at
 * {@code offline/report/<report>.pdf} ({@link #address}). Marked with {@code X-Board-Copy} like the offline page.
 */
@WebServlet({"/offline/pack.pdf", "/offline/report/*"})
public class OfflinePackServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(OfflinePackServlet.class.getName());

    @Inject
    EditionService editions;

    /** Where the offline copy links an annual report, relative to {@code /offline/}: {@code report/iro-annual.pdf}. */
    static String address(ReportKind kind) {
        return "report/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ReportKind> kind = request.getPathInfo() == null ? Optional.of(ReportKind.BOARD_PACK)
                : Arrays.stream(ReportKind.values()).filter(k -> !k.monthly())
                        .filter(k -> address(k).equals("report" + request.getPathInfo())).findFirst();
        if (kind.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such report.");
            return;
        }
        Optional<EditionFile> file;
        try {
            file = editions.latest(kind.get(), Format.PDF);
        } catch (EJBAccessException e) {
            LOG.warning(() -> "Refused the offline " + kind.get() + " to " + request.getRemoteUser());
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Your role does not allow the board's reports.");
            return;
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No " + kind.get().title() + " has been published yet.");
            return;
        }
        response.setContentType(file.get().mediaType());
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.get().fileName() + "\"");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Board-Copy", "1");
        response.getOutputStream().write(file.get().content());
    }
}
