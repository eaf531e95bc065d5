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
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.application.recruitment.EnquiryView;
import org.corporateparenting.application.recruitment.PanelSummary;
import org.corporateparenting.application.recruitment.PanelView;
import org.corporateparenting.application.recruitment.Pipeline;
import org.corporateparenting.application.recruitment.RecruitmentService;
import org.corporateparenting.domain.recruitment.EnquiryStage;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fostering recruitment pipeline and panel. The fostering team and administrators. */
@Path("/recruitment")
@RequestScoped
@Tag(name = "recruitment")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.FOSTERING, Role.ADMINISTRATOR})
public class RecruitmentResource {

    @EJB
    RecruitmentService recruitment;

    @GET
    @Path("enquiries")
    @Operation(summary = "Enquiries, newest first, with the stages each reached")
    public List<EnquiryView> enquiries() {
        return recruitment.enquiries();
    }

    @POST
    @Path("enquiries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an enquiry received")
    public EnquiryView receive(Enquiry request) {
        return recruitment.receive(request.enquiryRef(), request.source(), request.receivedOn());
    }

    @POST
    @Path("enquiries/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an enquiry to its next stage (the version is required)")
    public EnquiryView advance(@PathParam("id") long id, @QueryParam("version") Integer version, StageReached request) {
        return recruitment.advance(id, Versions.required(version), request.stage(), request.date());
    }

    @POST
    @Path("enquiries/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close an enquiry with the reason (the version is required)")
    public EnquiryView close(@PathParam("id") long id, @QueryParam("version") Integer version, Closure request) {
        return recruitment.close(id, Versions.required(version), request.closedOn(), request.reason());
    }

    @GET
    @Path("pipeline")
    @Operation(summary = "Stages reached and conversion for enquiries received in a window (default the last 12 months)")
    public Pipeline pipeline(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = to == null ? LocalDate.now() : Dates.parse("to", to);
        return recruitment.pipeline(from == null ? end.minusYears(1).plusDays(1) : Dates.parse("from", from), end);
    }

    @GET
    @Path("panels")
    @Operation(summary = "Panel meetings, the latest first, with the cases heard and decided")
    public List<PanelSummary> panels(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return recruitment.panels(page, size);
    }

    @POST
    @Path("panels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a panel meeting")
    public PanelView schedule(Meeting request) {
        return recruitment.schedulePanel(request.meetingDate());
    }

    @GET
    @Path("panels/{id}")
    @Operation(summary = "A panel meeting and its cases")
    public PanelView panel(@PathParam("id") long id) {
        return recruitment.panel(id);
    }

    @POST
    @Path("panels/{id}/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a case heard and the panel's recommendation, about a household or enquiry by id or by reference")
    public PanelView hear(@PathParam("id") long id, Heard request) {
        if (request.reference() != null) {
            return recruitment.hear(id, request.caseType(), request.reference(), request.recommendation());
        }
        return recruitment.hear(id, request.caseType(), request.householdId(), request.enquiryId(), request.recommendation());
    }

    @POST
    @Path("panels/{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the date the minutes were written (the meeting's version is required)")
    public PanelView minutes(@PathParam("id") long id, @QueryParam("version") Integer version, Minutes request) {
        return recruitment.recordMinutes(id, Versions.required(version), request.minutesOn());
    }

    @POST
    @Path("panels/{id}/cancellation")
    @Operation(summary = "Cancel a meeting still to come (the meeting's version is required)")
    public PanelView cancel(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return recruitment.cancelPanel(id, Versions.required(version));
    }

    @POST
    @Path("cases/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the agency decision maker's decision (the case's version is required)")
    public PanelView decide(@PathParam("id") long id, @QueryParam("version") Integer version, Decision request) {
        return recruitment.decide(id, Versions.required(version), request.decision(), request.decisionOn());
    }

    /** An enquiry. */
    public record Enquiry(String enquiryRef, String source, LocalDate receivedOn) {
    }

    /** A stage reached. */
    public record StageReached(EnquiryStage stage, LocalDate date) {
    }

    /** An enquiry closed. */
    public record Closure(LocalDate closedOn, String reason) {
    }

    /** A panel meeting. */
    public record Meeting(LocalDate meetingDate) {
    }

    /** A case heard: about a household or an enquiry, by id or by its reference. */
    public record Heard(String caseType, Long householdId, Long enquiryId, String reference, String recommendation) {
    }

    /** The date minutes were written. */
    public record Minutes(LocalDate minutesOn) {
    }

    /** A decision on a case. */
    public record Decision(String decision, LocalDate decisionOn) {
    }
}
