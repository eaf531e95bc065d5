package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Set;
import org.corporateparenting.application.review.ReviewRecord;
import org.corporateparenting.application.review.ReviewService;
import org.corporateparenting.domain.review.EscalationStage;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Escalations about a child's plan: raised, moved up stage by stage, closed. IROs and administrators. */
@Path("/children/{childId}/escalations")
@RequestScoped
@Tag(name = "reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.IRO, Role.ADMINISTRATOR})
public class EscalationResource {

    @EJB
    ReviewService reviews;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise an escalation about the child's plan")
    public ReviewRecord raise(@PathParam("childId") long childId, Raised request) {
        return reviews.raise(childId, request.raisedOn(), request.stage(), request.themes());
    }

    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an escalation to a later stage (the escalation's version is required)")
    public ReviewRecord advance(@PathParam("childId") long childId, @PathParam("id") long id,
            @QueryParam("version") Integer version, Advanced request) {
        return reviews.advance(childId, id, Versions.required(version), request.stage(), request.enteredOn());
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close an escalation with its outcome (the escalation's version is required)")
    public ReviewRecord close(@PathParam("childId") long childId, @PathParam("id") long id,
            @QueryParam("version") Integer version, Closed request) {
        return reviews.close(childId, id, Versions.required(version), request.closedOn(), request.outcome());
    }

    /** An escalation raised. */
    public record Raised(LocalDate raisedOn, EscalationStage stage, Set<String> themes) {
    }

    /** A stage entered. */
    public record Advanced(EscalationStage stage, LocalDate enteredOn) {
    }

    /** An escalation closed. */
    public record Closed(LocalDate closedOn, String outcome) {
    }
}
