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
import java.time.LocalDate;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.application.child.ChildSummary;
import org.corporateparenting.application.child.Page;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Children of the caller's council. Lists are for practitioner roles; the count is an aggregate. */
@Path("/children")
@RequestScoped
@Tag(name = "children")
public class ChildResource {

    @EJB
    ChildService children;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.IRO, Role.LEAVING_CARE, Role.PERFORMANCE_ANALYST,
            Role.ADMINISTRATOR})
    @Operation(summary = "A page of the council's children, by surname")
    public Page<ChildSummary> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return children.findChildren(page, size);
    }

    @GET
    @Path("/looked-after/count")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many children were looked after at the end of a day (default today)")
    public LookedAfterCount lookedAfter(@QueryParam("on") String on) {
        LocalDate date = on == null ? LocalDate.now() : Dates.parse("on", on);
        return new LookedAfterCount(date, children.countLookedAfterOn(date));
    }

    /** The number of children looked after on a date. */
    public record LookedAfterCount(LocalDate on, long children) {
    }
}
