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

    /** Whether the signed-in user may open a view (the menu offers only those). */
    public static boolean opens(Class<?> view) {
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        VaadinRequest request = VaadinRequest.getCurrent();
        return allowed == null || request != null && Arrays.stream(allowed.value()).anyMatch(request::isUserInRole);
    }

    private void check(BeforeEnterEvent event) {
        if (!opens(event.getNavigationTarget())) {
            VaadinRequest request = VaadinRequest.getCurrent();
            LOG.warning(() -> "Refused " + event.getLocation().getPath() + " to "
                    + (request == null || request.getUserPrincipal() == null ? "?" : request.getUserPrincipal().getName()));
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
