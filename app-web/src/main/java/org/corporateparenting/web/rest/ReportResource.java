package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.corporateparenting.application.report.BoardPackService;
import org.corporateparenting.application.report.EditionFile;
import org.corporateparenting.application.report.EditionView;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.report.Format;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports: the monthly board pack as a draft (PDF or Word, rendered from the month's published figures with small
 * numbers withheld), its reconciliation, publishing it as an edition (performance analysts and administrators),
 * and published editions, downloaded exactly as published.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    @EJB
    BoardPackService packs;

    @GET
    @Path("/board-pack/{month}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "A draft of the month's board pack (format=pdf or docx), not kept")
    public Response draft(@PathParam("month") String month, @QueryParam("format") @DefaultValue("pdf") String format) {
        return download(packs.draft(month, format(format)));
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
        return packs.editions();
    }

    @GET
    @Path("/editions/{id}/file")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
    @Operation(summary = "A published edition's file, exactly as published")
    public Response file(@PathParam("id") long id) {
        return download(packs.file(id));
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
