package org.corporateparenting.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.corporateparenting.application.access.SignInRefused;

/**
 * A service refusing the caller's role becomes 403, without saying more than that; a refused single sign-on
 * ({@link SignInRefused}) says why, so the person knows it is their account and not their role.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException e) {
        if (e instanceof SignInRefused refused) {
            return refusal(refused);
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(new Problem(403, "Your role does not allow this.")).build();
    }

    /** 403 with the refusal's reason (it names no one). */
    static Response refusal(SignInRefused refused) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(new Problem(403, refused.getMessage())).build();
    }
}
