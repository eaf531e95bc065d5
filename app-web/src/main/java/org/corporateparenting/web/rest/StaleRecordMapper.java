package org.corporateparenting.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.corporateparenting.domain.shared.StaleRecord;

/** A save from an out-of-date copy: 409, saying who changed the record since. Nothing was overwritten. */
@Provider
public class StaleRecordMapper implements ExceptionMapper<StaleRecord> {

    @Override
    public Response toResponse(StaleRecord e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                .entity(new Problem(409, e.getMessage())).build();
    }
}
