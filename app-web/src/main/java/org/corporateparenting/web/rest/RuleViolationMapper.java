package org.corporateparenting.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.corporateparenting.domain.shared.RuleViolation;

/** Input that breaks a rule: 422 with each error beside the field it names. Nothing was stored. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Override
    public Response toResponse(RuleViolation e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(new Problem(422, "Nothing was saved: correct the fields named below.", e.errors())).build();
    }
}
