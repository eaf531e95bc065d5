package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.corporateparenting.application.ssda903.Ssda903ExportService;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The council's SSDA903 return for a collection year, written from its records. */
@Path("/ssda903")
@RequestScoped
@Tag(name = "SSDA903")
public class Ssda903Resource {

    @EJB
    Ssda903ExportService export;

    @GET
    @Path("/{year}")
    @Produces("application/zip")
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "The return's CSV files for a collection year (its first year: 2023 for 2023-24), as a ZIP")
    public Response export(@PathParam("year") int year) {
        return Response.ok(export.export(year), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"ssda903-" + new CollectionYear(year).label() + ".zip\"")
                .build();
    }
}
