package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.corporateparenting.application.review.OpenEscalation;
import org.corporateparenting.application.review.OpenEscalations;
import org.corporateparenting.application.review.ReviewDue;
import org.corporateparenting.application.review.ReviewsDue;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The IRO service's work lists: the next review due for every child looked after today, soonest first; and the
 * escalations still open, the longest open first.
 */
@Path("/reviews")
@RequestScoped
@Tag(name = "reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.IRO, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class ReviewsDueResource {

    @EJB
    ReviewsDue due;

    @EJB
    OpenEscalations escalations;

    @GET
    @Path("escalations")
    @Operation(summary = "Escalations still open, the longest open first; raisedBy for one IRO's")
    public List<OpenEscalation> escalations(@QueryParam("raisedBy") String raisedBy) {
        return escalations.list(raisedBy == null || raisedBy.isBlank() ? null : raisedBy);
    }

    @GET
    @Path("due")
    @Operation(summary = "Children looked after today with their next review due; iro for one IRO's, overdue=true for overdue only")
    public List<ReviewDue> list(@QueryParam("iro") String iro, @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        return due.list(iro == null || iro.isBlank() ? null : iro, overdue);
    }
}
