package org.corporateparenting.web.rest;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.corporateparenting.application.access.UserService;

/**
 * A user whose password an administrator set (a new user, a reset, the first administrator) may only ask who
 * they are and change it: every other API call answers 403 saying so, until they have chosen their own.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PasswordChangeFirst implements ContainerRequestFilter {

    private static final Set<String> OPEN = Set.of("me", "me/password");

    @EJB
    UserService users;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        if (!OPEN.contains(path) && users.mustChangePassword()) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(new Problem(403, "Change the password you were given first: POST /api/me/password.")).build());
        }
    }
}
