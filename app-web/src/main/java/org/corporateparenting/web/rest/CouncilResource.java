package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.corporateparenting.application.access.CouncilRecord;
import org.corporateparenting.application.access.CouncilSetUp;
import org.corporateparenting.application.audit.AuditEntry;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrator's council: created once by the set-up administrator, then corrected, with its history. */
@Path("/council")
@RequestScoped
@Tag(name = "access")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMINISTRATOR)
public class CouncilResource {

    @EJB
    CouncilSetUp councils;

    @GET
    @Operation(summary = "Your council's set-up")
    public CouncilRecord current() {
        return councils.current();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the council (set-up administrator only, once); you join it")
    public Response create(NewCouncil request) {
        if (request == null) {
            throw RuleViolation.of("laCode", "Send laCode and name.");
        }
        CouncilRecord created = councils.create(request.laCode(), request.name());
        return Response.created(URI.create("council")).entity(created).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the council's name, LA code and standards (the council's version is required)")
    public CouncilRecord change(@QueryParam("version") Integer version, CouncilChange request) {
        if (request == null) {
            throw RuleViolation.of("laCode", "Send laCode, name, contactDays and visitDays.");
        }
        return councils.change(Versions.required(version), request.laCode(), request.name(), request.contactDays(),
                request.visitDays());
    }

    @GET
    @Path("history")
    @Operation(summary = "Every change to the council's set-up, newest first")
    public List<AuditEntry> history() {
        return councils.history();
    }

    /** A council to create. */
    public record NewCouncil(String laCode, String name) {
    }

    /** The council's set-up; null standards keep the installation's default. */
    public record CouncilChange(String laCode, String name, Integer contactDays, Integer visitDays) {
    }
}
