package org.corporateparenting.web.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Checks every navigation against the view's {@link RolesAllowed}: a view without it is open to any
 * signed-in user (the web descriptor already demands one); a view with it needs one of its roles.
 * A refused navigation shows the access-denied page and is logged with the user name only.
 */
public class RouteAccess {

    private static final Logger LOG = Logger.getLogger(RouteAccess.class.getName());

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        RolesAllowed allowed = event.getNavigationTarget().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || Arrays.stream(allowed.value()).noneMatch(request::isUserInRole)) {
            LOG.warning(() -> "Refused " + event.getLocation().getPath() + " to "
                    + (request == null || request.getUserPrincipal() == null ? "?" : request.getUserPrincipal().getName()));
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
