package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.corporateparenting.application.ssda903.ImportOutcome;
import org.corporateparenting.application.ssda903.ImportProblem;
import org.corporateparenting.application.ssda903.Ssda903CheckService;
import org.corporateparenting.application.ssda903.Ssda903ExportService;
import org.corporateparenting.application.ssda903.Ssda903ImportService;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
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

    @EJB
    Ssda903ImportService load;

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

    @POST
    @Path("/import")
    @Consumes("application/zip")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Load a ZIP of 903 files, a folder per collection year (2023-24/header.csv, 2023-24/episodes.csv, ...): "
            + "all or nothing unless rows=valid; format=csv gives the problems and repairs as a CSV report")
    public Response load(@QueryParam("rows") @DefaultValue("all") String rows, @QueryParam("format") @DefaultValue("json") String format,
            byte[] zip) {
        if (!rows.equals("all") && !rows.equals("valid")) {
            throw RuleViolation.of("rows", "Choose rows=all (nothing is stored if any row has an error) or rows=valid.");
        }
        ImportOutcome outcome = load.load(zip, rows.equals("valid"));
        if (format.equals("csv")) {
            return Response.ok(ImportProblem.report(outcome.problems()), "text/csv").header("X-Import-Stored", outcome.stored())
                    .header("X-Import-Errors", outcome.errors())
                    .header("Content-Disposition", "attachment; filename=\"ssda903-load-report.csv\"").build();
        }
        return Response.ok(outcome, MediaType.APPLICATION_JSON).build();
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
