package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.application.review.Caseload;
import org.corporateparenting.application.review.ReviewRecord;
import org.corporateparenting.application.review.ReviewService;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** IRO allocations and caseloads. */
@Path("/iro")
@RequestScoped
@Tag(name = "reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.IRO, Role.ADMINISTRATOR})
public class IroResource {

    @EJB
    ReviewService reviews;

    @POST
    @Path("allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocate an IRO to a child from a date")
    public ReviewRecord allocate(Allocation request) {
        return reviews.allocate(request.childId(), request.iro(), request.fromDate());
    }

    @GET
    @Path("caseloads")
    @RolesAllowed({Role.IRO, Role.ADMINISTRATOR, Role.PERFORMANCE_ANALYST})
    @Operation(summary = "Children looked after allocated to each IRO on a date (default today)")
    public List<Caseload> caseloads(@QueryParam("on") String on) {
        return reviews.caseloads(on == null ? LocalDate.now() : Dates.parse("on", on));
    }

    /** An IRO allocation. */
    public record Allocation(long childId, String iro, LocalDate fromDate) {
    }
}
