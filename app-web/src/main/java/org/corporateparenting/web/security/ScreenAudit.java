package org.corporateparenting.web.security;

import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.application.audit.AccessTrail;

/**
 * Every screen opened that shows child-level data leaves an audit event, as the API's reads do (UK GDPR article 5(2)):
 * the screen's address with its query, the caller's network address, and the child when the address names one
 * ({@code children/12}). A screen whose role check refused it ({@link RouteAccess}) is recorded as a refusal. Screens of
 * aggregates and of the user's own account are left out ({@link #AGGREGATE}): the home page, the board's summary, areas
 * and indicators (never its "Who was counted" list), the dataset's and council's settings, reports, users, password.
 */
public class ScreenAudit {

    /** Screens without child-level data; everything else, "Who was counted" included, is recorded. */
    static final Pattern AGGREGATE = Pattern.compile("^(|board(/[0-9]{4}-[0-9]{2}(/area/[a-z-]+|/indicator/[A-Z0-9_]+)?)?"
            + "|council|dataset|password|reports(/annual/[a-z-]+)?|users)$");
    private static final Pattern CHILD = Pattern.compile("^children/(\\d{1,18})$");

    @EJB
    AccessTrail trail;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addAfterNavigationListener(this::opened));
    }

    private void opened(AfterNavigationEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getUserPrincipal() == null) {
            return;
        }
        String path = event.getLocation().getPath();
        if (event.getActiveChain().stream().anyMatch(AccessDeniedView.class::isInstance)) {
            trail.refusedScreen(request.getUserPrincipal().getName(), childOf(path), address(event.getLocation()),
                    request.getRemoteAddr());
        } else if (!AGGREGATE.matcher(path).matches()) {
            trail.opened(request.getUserPrincipal().getName(), childOf(path), address(event.getLocation()), request.getRemoteAddr());
        }
    }

    /** A search on a list screen: recorded as that screen with the words searched for ({@code children?q=quillf}). */
    public void searched(String screen, String words) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getUserPrincipal() != null) {
            trail.opened(request.getUserPrincipal().getName(), null,
                    screen + "?q=" + URLEncoder.encode(words == null ? "" : words, StandardCharsets.UTF_8), request.getRemoteAddr());
        }
    }

    private static String address(Location location) {
        return location.getPathWithQueryParameters();
    }

    static Long childOf(String path) {
        Matcher child = CHILD.matcher(path);
        return child.matches() ? Long.valueOf(child.group(1)) : null;
    }
}
