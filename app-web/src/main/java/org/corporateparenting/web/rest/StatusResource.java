package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.infrastructure.migration.DatabaseStatus;
import org.corporateparenting.infrastructure.migration.SchemaMigration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The database as the application sees it now. WildFly's /health/ready reports the deployment (which
 * fails to start if a migration fails) but does not run health checks from inside an EAR (WFLY-12835),
 * so the live database check is here, for administrators.
 */
@Path("/status")
@RequestScoped
@Tag(name = "administration")
public class StatusResource {

    @EJB
    SchemaMigration migration;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMINISTRATOR)
    @Operation(summary = "Whether the database answers, which product it is, and the schema version")
    public DatabaseStatus status() {
        return migration.status();
    }
}
