package org.corporateparenting.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API call needs a signed-in user: without one (no valid Basic credentials and no signed-in
 * browser session) the answer is 401 with a Basic challenge, before any resource runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignedInOnly implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Corporate Parenting\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new Problem(401, "Sign in first: send your user name and password (HTTP Basic).")).build());
        }
    }
}
