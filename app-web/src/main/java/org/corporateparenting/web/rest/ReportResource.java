package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corporateparenting.application.report.AnnualFigures;
import org.corporateparenting.application.report.AnnualReportService;
import org.corporateparenting.application.report.BoardPackService;
import org.corporateparenting.application.report.EditionFile;
import org.corporateparenting.application.report.EditionService;
import org.corporateparenting.application.report.EditionView;
import org.corporateparenting.application.report.TextView;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.report.Format;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports: the monthly board pack as a draft (PDF or Word, rendered from the month's published figures with small
 * numbers withheld), its reconciliation, publishing it as an edition (performance analysts and administrators);
 * the annual reports (figures, authors' words, draft, check, publish); and published editions, downloaded
 * exactly as published.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    @EJB
    BoardPackService packs;

    @EJB
    EditionService editions;

    @EJB
    AnnualReportService annual;

    /** An author's words for a part of a report, with the version they opened (none the first time). */
    public record TextInput(String body, Integer version) {
    }

    @GET
    @Path("/board-pack/{month}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "A draft of the month's board pack (format=pdf or docx), not kept")
    public Response draft(@PathParam("month") String month, @QueryParam("format") @DefaultValue("pdf") String format) {
        return download(packs.draft(month, format(format)));
    }

    @GET
    @Path("/board-pack/{month}/published")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "The month's pack as last published (format=pdf or docx), exactly as published")
    public Response published(@PathParam("month") String month, @QueryParam("format") @DefaultValue("pdf") String format) {
        return download(packs.published(month, format(format)));
    }

    @GET
    @Path("/board-pack/{month}/check")
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "What reconciliation finds wrong with the month's pack (empty when it may be published)")
    public List<String> check(@PathParam("month") String month) {
        return packs.check(month);
    }

    @POST
    @Path("/board-pack/{month}/publish")
    @RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
    @Operation(summary = "Publish the month's pack as its next edition, in PDF and Word")
    public List<EditionView> publish(@PathParam("month") String month) {
        return packs.publish(month);
    }

    @GET
    @Path("/editions")
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "Published editions, newest first")
    public List<EditionView> editions() {
        return editions.editions();
    }

    @GET
    @Path("/editions/{id}/file")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "A published edition's file, exactly as published")
    public Response file(@PathParam("id") long id) {
        return download(editions.file(id));
    }

    @GET
    @Path("/annual")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "The annual reports the caller may open: name in addresses to title")
    public Map<String, String> annualReports() {
        return annual.reports();
    }

    @GET
    @Path("/annual/years")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "The financial years an annual report can be written for, latest first")
    public List<String> annualYears() {
        return annual.years();
    }

    @GET
    @Path("/annual/{report}/{year}/figures")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "An annual report's figures (report: iro) for a year (e.g. 2025-26) and the year before, as counted (not withheld)")
    public AnnualFigures annualFigures(@PathParam("report") String report, @PathParam("year") String year) {
        return annual.figures(report, year);
    }

    @GET
    @Path("/annual/{report}/{year}/texts")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "The report's cover fields, sections and closing fields as authors edit them")
    public List<TextView> annualTexts(@PathParam("report") String report, @PathParam("year") String year) {
        return annual.texts(report, year);
    }

    @PUT
    @Path("/annual/{report}/{year}/texts/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "Save an author's words (the report's team, analysts, administrators); figures are quoted as {reviews.held}")
    public TextView saveAnnualText(@PathParam("report") String report, @PathParam("year") String year, @PathParam("key") String key,
            TextInput input) {
        return annual.saveText(report, year, key, input == null ? null : input.body(), input == null ? null : input.version());
    }

    @GET
    @Path("/annual/{report}/{year}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "A draft of an annual report (format=pdf or docx), small numbers withheld, not kept")
    public Response annualDraft(@PathParam("report") String report, @PathParam("year") String year,
            @QueryParam("format") @DefaultValue("pdf") String format) {
        return download(annual.draft(report, year, format(format)));
    }

    @GET
    @Path("/annual/{report}/{year}/check")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "What reconciliation finds wrong with an annual report (empty when it may be published)")
    public List<String> annualCheck(@PathParam("report") String report, @PathParam("year") String year) {
        return annual.check(report, year);
    }

    @POST
    @Path("/annual/{report}/{year}/publish")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "Publish an annual report as its next edition, in PDF and Word (the report's team, analysts, administrators)")
    public List<EditionView> annualPublish(@PathParam("report") String report, @PathParam("year") String year) {
        return annual.publish(report, year);
    }

    static Response download(EditionFile file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("format", "Choose format pdf or docx.");
        }
    }
}
