package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.corporateparenting.application.health.HealthRecord;
import org.corporateparenting.application.health.HealthService;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A child's health assessments and checks, and missing episodes. Practitioners only. */
@Path("/children/{id}/health")
@RequestScoped
@Tag(name = "health")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PRACTITIONER)
public class HealthResource {

    @EJB
    HealthService health;

    @GET
    @Operation(summary = "Health assessments with the next due, checks, and missing episodes")
    public HealthRecord healthOf(@PathParam("id") long childId) {
        return health.healthOf(childId);
    }

    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    @Operation(summary = "Record a health assessment completed")
    public HealthRecord assessment(@PathParam("id") long childId, Assessment request) {
        return health.recordAssessment(childId, request.kind(), request.completedOn());
    }

    @POST
    @Path("checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    @Operation(summary = "Record a dental check, immunisation check, SDQ score or health passport")
    public HealthRecord check(@PathParam("id") long childId, Check request) {
        return health.recordCheck(childId, request.kind(), request.checkedOn(), request.upToDate(), request.score());
    }

    @POST
    @Path("missing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    @Operation(summary = "Record a missing or absent episode and its return interview")
    public HealthRecord missing(@PathParam("id") long childId, Missing request) {
        return health.recordMissing(childId, request.kind(), request.startDate(), request.endDate(),
                request.interviewOfferedOn(), request.interviewAccepted());
    }

    /** A health assessment completed. */
    public record Assessment(HealthAssessment.Kind kind, LocalDate completedOn) {
    }

    /** A health check. */
    public record Check(HealthCheck.Kind kind, LocalDate checkedOn, Boolean upToDate, Integer score) {
    }

    /** A missing episode. */
    public record Missing(MissingEpisode.Kind kind, LocalDate startDate, LocalDate endDate, LocalDate interviewOfferedOn,
            Boolean interviewAccepted) {
    }
}
