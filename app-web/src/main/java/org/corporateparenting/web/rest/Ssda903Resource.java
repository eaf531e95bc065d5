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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.corporateparenting.application.ssda903.ImportProblem;
import org.corporateparenting.application.ssda903.Ssda903CheckService;
import org.corporateparenting.application.ssda903.Ssda903ExportService;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The council's SSDA903 return for a collection year, written from its records; checking a set of 903 files. */
@Path("/ssda903")
@RequestScoped
@Tag(name = "SSDA903")
public class Ssda903Resource {

    @EJB
    Ssda903ExportService export;

    @EJB
    Ssda903CheckService check;

    @POST
    @Path("/{year}/check")
    @Consumes("application/zip")
    @Produces("text/csv")
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Check a ZIP of a year's 903 CSV files: every problem by file, row, column and value (nothing is stored)")
    public Response check(@PathParam("year") int year, byte[] zip) {
        List<ImportProblem> problems = check.check(year, zip);
        long errors = problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).count();
        return Response.ok(ImportProblem.report(problems), "text/csv")
                .header("X-Import-Errors", errors)
                .header("Content-Disposition", "attachment; filename=\"ssda903-check-" + new CollectionYear(year).label() + ".csv\"")
                .build();
    }

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
