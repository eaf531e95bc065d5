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
import org.corporateparenting.application.review.ReviewRecord;
import org.corporateparenting.application.review.ReviewService;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A child's looked-after reviews. Practitioners read them; IROs and administrators record them. */
@Path("/children/{id}/reviews")
@RequestScoped
@Tag(name = "reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.IRO, Role.ADMINISTRATOR})
public class ReviewResource {

    @EJB
    ReviewService reviews;

    @GET
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "A child's reviews, the next due by the statutory timetable, the IRO, escalations")
    public ReviewRecord reviewsOf(@PathParam("id") long childId) {
        return reviews.reviewsOf(childId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a review held, with the child's participation (PN0 to PN7); one held less than half its "
            + "interval after the last needs confirmed=true (a review brought forward, reg. 33(3))")
    public ReviewRecord record(@PathParam("id") long childId, Held request) {
        return reviews.record(childId, request.heldOn(), request.participation(), request.recommendations(),
                Boolean.TRUE.equals(request.confirmed()));
    }

    /** A review held. */
    public record Held(LocalDate heldOn, String participation, String recommendations, Boolean confirmed) {
    }
}
