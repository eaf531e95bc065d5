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
import org.corporateparenting.application.ssda903.LoadProgress;
import org.corporateparenting.application.ssda903.Ssda903ExportService;
import org.corporateparenting.application.ssda903.Ssda903ImportService;
import org.corporateparenting.application.ssda903.Ssda903Loads;
import org.corporateparenting.application.ssda903.LoadSummary;
import org.corporateparenting.application.ssda903.Ssda903ValidationService;
import org.corporateparenting.application.ssda903.ValidationReport;
import org.corporateparenting.application.ssda903.ValidationWorkbook;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The council's SSDA903 return for a collection year, written from its records; loading 903 files; and the one check of a
 * return by the DfE's validation rules, of uploaded files or of the council's own records before export, as CSV, an
 * Excel workbook or JSON.
 */
@Path("/ssda903")
@RequestScoped
@Tag(name = "SSDA903")
public class Ssda903Resource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    Ssda903ExportService export;

    @EJB
    Ssda903ValidationService validation;

    @EJB
    Ssda903ImportService load;

    @EJB
    Ssda903Loads loads;

    @GET
    @Path("/loads")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "The council's stored 903 loads, newest first: who, when, years, files with their SHA-256, totals per file, "
            + "records made and changed, and whether each was undone")
    public List<LoadSummary> loads() {
        return loads.loads();
    }

    @POST
    @Path("/loads/{year}/undo")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Undo the council's most recent stored 903 load, which loaded the collection year starting {year}: the "
            + "records it changed are put back and those it made removed, all or nothing (422 when a later load is stored or a "
            + "record it made or changed was changed since)")
    public LoadSummary undo(@PathParam("year") int year) {
        return loads.undoLatest(year);
    }

    @POST
    @Path("/{year}/validate")
    @Consumes({"application/zip", "application/xml", "text/xml", "application/octet-stream"})
    @Produces({"text/csv", MediaType.APPLICATION_JSON, XLSX})
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Check a ZIP of a year's 903 CSV or XML files, or one XML return (Content-Type application/xml), by the DfE's rules for the year (the previous year's files in a folder "
            + "named after it run the rules comparing the two); nothing is stored. format=csv (part=rows, rules or children), xlsx or json")
    public Response validate(@PathParam("year") int year, @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("part") @DefaultValue("rows") String part, byte[] zip) {
        checkFormat(format, part);
        return report(validation.checkFiles(year, zip), format, part, "ssda903-validation-" + new CollectionYear(year).label());
    }

    @GET
    @Path("/{year}/validate")
    @Produces({"text/csv", MediaType.APPLICATION_JSON, XLSX})
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Check the return the council's records give for a year (as the export writes it, with the previous year's "
            + "from the records) by the DfE's rules, before exporting it. format=csv (part=rows, rules or children), xlsx or json")
    public Response validateRecords(@PathParam("year") int year, @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("part") @DefaultValue("rows") String part) {
        checkFormat(format, part);
        return report(validation.checkRecords(year), format, part, "ssda903-return-check-" + new CollectionYear(year).label());
    }

    /** The former check of uploaded files: now the same check as {@code validate}, as CSV. */
    @POST
    @Path("/{year}/check")
    @Consumes({"application/zip", "application/xml", "text/xml", "application/octet-stream"})
    @Produces("text/csv")
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "As POST /{year}/validate, as CSV (kept for scripts written before the DfE's rules were checked)")
    public Response check(@PathParam("year") int year, byte[] zip) {
        return validate(year, "csv", "rows", zip);
    }

    private static void checkFormat(String format, String part) {
        if (!List.of("csv", "xlsx", "json").contains(format)) {
            throw RuleViolation.of("format", "Choose format=csv, xlsx or json.");
        }
        if (!List.of("rows", "rules", "children").contains(part)) {
            throw RuleViolation.of("part", "Choose part=rows (every failing row), rules (the summary by rule) or children (by child).");
        }
    }

    private static Response report(ValidationReport report, String format, String part, String name) {
        Response.ResponseBuilder response = switch (format) {
            case "xlsx" -> Response.ok(ValidationWorkbook.of(report), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            case "json" -> Response.ok(report, MediaType.APPLICATION_JSON);
            default -> Response.ok(switch (part) {
                case "rules" -> report.rulesCsv();
                case "children" -> report.childrenCsv();
                default -> report.csv();
            }, "text/csv").header("Content-Disposition", "attachment; filename=\"" + name + (part.equals("rows") ? "" : "-" + part) + ".csv\"");
        };
        return response.header("X-Validation-Failures", report.failures().size()).header("X-Validation-Errors", report.errors())
                .header("X-Validation-Not-Run", report.notRun().size()).build();
    }

    @POST
    @Path("/import")
    @Consumes({"application/zip", "application/xml", "text/xml", "application/octet-stream"})
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Load a ZIP of 903 files, a folder per collection year (2023-24/header.csv, 2023-24/episodes.csv, ..., or 2023-24/return.xml), "
            + "or one XML return with year=2023 for its collection year: "
            + "all or nothing unless rows=valid; format=csv gives the problems and repairs as a CSV report")
    public Response load(@QueryParam("rows") @DefaultValue("all") String rows, @QueryParam("format") @DefaultValue("json") String format,
            @QueryParam("year") Integer year, byte[] zip) {
        if (!rows.equals("all") && !rows.equals("valid")) {
            throw RuleViolation.of("rows", "Choose rows=all (nothing is stored if any row has an error) or rows=valid.");
        }
        ImportOutcome outcome = load.load(zip, year, rows.equals("valid"), LoadProgress.NONE);
        if (format.equals("csv")) {
            return Response.ok(ImportProblem.report(outcome.problems(), outcome.files()), "text/csv").header("X-Import-Stored", outcome.stored())
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
