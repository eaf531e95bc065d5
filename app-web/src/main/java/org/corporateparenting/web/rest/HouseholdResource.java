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
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.corporateparenting.application.household.HouseholdDetails;
import org.corporateparenting.application.household.HouseholdRecord;
import org.corporateparenting.application.household.HouseholdSearch;
import org.corporateparenting.application.household.HouseholdService;
import org.corporateparenting.application.household.HouseholdSummary;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.HouseholdCarer;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.ReviewOutcome;
import org.corporateparenting.domain.household.TermsDetails;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The fostering service's households. The register and records are for practitioners; approving,
 * varying, deregistering and recording reviews, visits, allegations and complaints are for the
 * fostering team (and administrators).
 */
@Path("/households")
@RequestScoped
@Tag(name = "households")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.FOSTERING, Role.ADMINISTRATOR})
public class HouseholdResource {

    @EJB
    HouseholdService households;

    @GET
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "The household register: filter by type, status today (APPROVED, ON_HOLD, DEREGISTERED; approved=true is APPROVED), vacancies today (vacancy=true for at least "
            + "one, or vacancies=N), a child's age the terms take, and an area (the start of the postcode); a search for vacancies or an age offers "
            + "a connected person's household only for the child named on its approval (childId)")
    public List<HouseholdSummary> list(@QueryParam("type") HouseholdType type,
            @QueryParam("approved") @DefaultValue("false") boolean approved, @QueryParam("status") String status,
            @QueryParam("vacancy") @DefaultValue("false") boolean vacancy,
            @QueryParam("vacancies") @DefaultValue("0") int vacancies,
            @QueryParam("age") Integer age, @QueryParam("area") String area, @QueryParam("childId") Long childId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        HouseholdSearch.Status standing = status != null ? statusOf(status) : approved ? HouseholdSearch.Status.APPROVED : HouseholdSearch.Status.ANY;
        return households.list(new HouseholdSearch(type, standing, vacancy ? Math.max(1, vacancies) : vacancies, age, area,
                childId), page, size);
    }

    private static HouseholdSearch.Status statusOf(String status) {
        try {
            return HouseholdSearch.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("status", "Choose one of " + Arrays.toString(HouseholdSearch.Status.values()) + ".");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a newly approved household with its first terms")
    public Response approve(HouseholdDetails details) {
        HouseholdRecord created = households.approve(details);
        return Response.created(URI.create("households/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "A household's record: terms history, reviews, visits, allegations, complaints, children placed")
    public HouseholdRecord get(@PathParam("id") long id) {
        return households.get(id);
    }

    @POST
    @Path("/{id}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vary the approval terms from a date (the household's version is required)")
    public HouseholdRecord vary(@PathParam("id") long id, @QueryParam("version") Integer version, TermsDetails terms) {
        return households.varyTerms(id, Versions.required(version), terms);
    }

    @POST
    @Path("/{id}/deregistration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deregister the household from a date, with the reason")
    public HouseholdRecord deregister(@PathParam("id") long id, @QueryParam("version") Integer version,
            Deregistration request) {
        return households.deregister(id, Versions.required(version), request.deregisteredOn(), request.reason());
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a review of the approval held on a date; one within ten months of the last needs confirmed=true "
            + "(FSR 2011 reg. 28(2): reviews are a year apart)")
    public HouseholdRecord review(@PathParam("id") long id, Review request) {
        return households.recordReview(id, request.heldOn(), request.outcome(), Boolean.TRUE.equals(request.confirmed()));
    }

    @POST
    @Path("/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a supervising social worker's visit")
    public HouseholdRecord visit(@PathParam("id") long id, Visit request) {
        return households.recordVisit(id, request.visitDate(), request.unannounced(), request.worker());
    }

    @POST
    @Path("/{id}/carers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name a carer of the household (first or second)")
    public HouseholdRecord carer(@PathParam("id") long id, CarerRequest request) {
        return households.addCarer(id, request.name(), request.role());
    }

    @POST
    @Path("/{id}/training")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a course a carer completed (TSD_STANDARDS counts towards the TSD deadline)")
    public HouseholdRecord training(@PathParam("id") long id, TrainingRequest request) {
        return households.recordTraining(id, request.carerName(), request.course(), request.completedOn());
    }

    @POST
    @Path("/{id}/allegations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an allegation against the carers")
    public HouseholdRecord allegation(@PathParam("id") long id, AllegationRequest request) {
        return households.recordAllegation(id, request.childId(), request.incidentDate(), request.referralDate(), request.category());
    }

    @POST
    @Path("/{id}/named-children")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name a child on a connected person's approval (reg. 24), so the child can be placed there")
    public HouseholdRecord nameChild(@PathParam("id") long id, NamedChildRequest request) {
        return households.nameChild(id, request.childId());
    }

    @POST
    @Path("/{id}/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a complaint about the household")
    public HouseholdRecord complaint(@PathParam("id") long id, ComplaintRequest request) {
        return households.recordComplaint(id, request.receivedDate(), request.complainantType(), request.stage());
    }

    @POST
    @Path("/{id}/allegations/{allegationId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the outcome of an allegation (the allegation's version is required)")
    public HouseholdRecord conclude(@PathParam("id") long id, @PathParam("allegationId") long allegationId,
            @QueryParam("version") Integer version, Outcome request) {
        return households.concludeAllegation(id, allegationId, Versions.required(version), request.outcome(), request.date());
    }

    @POST
    @Path("/{id}/complaints/{complaintId}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a complaint with its outcome (the complaint's version is required)")
    public HouseholdRecord close(@PathParam("id") long id, @PathParam("complaintId") long complaintId,
            @QueryParam("version") Integer version, Outcome request) {
        return households.closeComplaint(id, complaintId, Versions.required(version), request.outcome(), request.date());
    }

    @POST
    @Path("/{id}/holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the household on hold (no vacancies offered) from a date, with the reason")
    public HouseholdRecord hold(@PathParam("id") long id, Hold request) {
        return households.putOnHold(id, request.fromDate(), request.reason());
    }

    @POST
    @Path("/{id}/holds/{holdId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a hold on a date (the hold's version is required)")
    public HouseholdRecord endHold(@PathParam("id") long id, @PathParam("holdId") long holdId,
            @QueryParam("version") Integer version, HoldEnd request) {
        return households.endHold(id, holdId, Versions.required(version), request.toDate());
    }

    @POST
    @Path("/{id}/terms/{termsId}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extend a temporary approval once by up to 8 weeks (the terms' version is required)")
    public HouseholdRecord extend(@PathParam("id") long id, @PathParam("termsId") long termsId,
            @QueryParam("version") Integer version, Extension request) {
        return households.extendTemporaryApproval(id, termsId, Versions.required(version), request.weeks());
    }

    /** A hold from a date. */
    public record Hold(LocalDate fromDate, String reason) {
    }

    /** The end of a hold. */
    public record HoldEnd(LocalDate toDate) {
    }

    /** An extension in weeks. */
    public record Extension(int weeks) {
    }

    /** An outcome and its date. */
    public record Outcome(String outcome, LocalDate date) {
    }

    /** Deregistration: from when and why. */
    public record Deregistration(LocalDate deregisteredOn, DeregistrationReason reason) {
    }

    /** A review held. */
    public record Review(LocalDate heldOn, ReviewOutcome outcome, Boolean confirmed) {
    }

    /** A visit made. */
    public record Visit(LocalDate visitDate, boolean unannounced, String worker) {
    }

    /** A carer named. */
    public record CarerRequest(String name, HouseholdCarer.CarerRole role) {
    }

    /** A course completed. */
    public record TrainingRequest(String carerName, String course, LocalDate completedOn) {
    }

    /** An allegation referred. */
    public record AllegationRequest(Long childId, LocalDate incidentDate, LocalDate referralDate, String category) {
    }

    /** A child named on a connected person's approval. */
    public record NamedChildRequest(Long childId) {
    }

    /** A complaint received. */
    public record ComplaintRequest(LocalDate receivedDate, String complainantType, String stage) {
    }
}
