package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.corporateparenting.application.audit.AuditEntry;
import org.corporateparenting.application.audit.AuditService;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who created, changed or read a child's records, and when. Administrators only. */
@Path("/children/{id}/audit")
@RequestScoped
@Tag(name = "administration")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditService audit;

    @GET
    @RolesAllowed(Role.ADMINISTRATOR)
    @Operation(summary = "The audit trail of a child's records, newest first")
    public List<AuditEntry> trail(@PathParam("id") long childId, @QueryParam("limit") @DefaultValue("100") int limit) {
        return audit.trailOfChild(childId, limit);
    }
}
