package org.corporateparenting.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.corporateparenting.application.access.SignInRefused;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Anything unexpected: 500 with an incident reference the user can quote, never the internal message
 * (which could show a query or a record's values). The error is logged under the same reference, with its
 * classes and stack but not its messages, which may quote personal values ({@link WithoutValues}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        // A refused single sign-on reached through another service's transaction arrives wrapped (rolled back).
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SignInRefused refused) {
                return AccessDeniedMapper.refusal(refused);
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.severe(() -> "Incident " + incident + ": " + WithoutValues.describe(e));
        return Response.serverError().type(MediaType.APPLICATION_JSON)
                .entity(new Problem(500, "Something went wrong on the server (incident " + incident
                        + "). Nothing was saved; please tell your system administrator.")).build();
    }
}
