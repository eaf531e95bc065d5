package org.corporateparenting.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.corporateparenting.domain.shared.RecordNotFound;

/** No such record for the caller's council: 404 (another council's records are not admitted to exist). */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFound> {

    @Override
    public Response toResponse(RecordNotFound e) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(new Problem(404, e.getMessage())).build();
    }
}
