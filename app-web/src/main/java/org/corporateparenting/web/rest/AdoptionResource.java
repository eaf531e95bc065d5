package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.application.adoption.AdoptersView;
import org.corporateparenting.application.adoption.AdoptionJourneys;
import org.corporateparenting.application.adoption.AdoptionService;
import org.corporateparenting.application.adoption.JourneySummary;
import org.corporateparenting.application.adoption.JourneyView;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adoption journeys and adopter households. The adoption team records; practitioners read. */
@Path("/adoption")
@RequestScoped
@Tag(name = "adoption")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADOPTION, Role.ADMINISTRATOR})
public class AdoptionResource {

    @EJB
    AdoptionService adoption;

    @EJB
    AdoptionJourneys journeys;

    @GET
    @Path("journeys")
    @Operation(summary = "Children with an adoption plan: latest milestone and scorecard timeliness; open=false for every journey")
    public List<JourneySummary> journeys(@QueryParam("open") @DefaultValue("true") boolean open) {
        return journeys.list(open);
    }

    @GET
    @Path("journeys/{childId}")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "A child's adoption journey with scorecard timeliness")
    public JourneyView journey(@PathParam("childId") long childId) {
        return adoption.journeyOf(childId);
    }

    @POST
    @Path("journeys/{childId}")
    @Operation(summary = "Start recording a looked-after child's adoption journey")
    public JourneyView start(@PathParam("childId") long childId) {
        return adoption.start(childId);
    }

    @POST
    @Path("journeys/{childId}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a milestone reached (the journey's version is required)")
    public JourneyView reach(@PathParam("childId") long childId, @QueryParam("version") Integer version, Reached request) {
        return adoption.reach(childId, Versions.required(version), request.milestone(), request.date(),
                request.adopterHouseholdId());
    }

    @GET
    @Path("adopters")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "The council's prospective and approved adopters")
    public List<AdoptersView> adopters() {
        return adoption.adopters();
    }

    @POST
    @Path("adopters")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an adoption enquiry")
    public AdoptersView register(Enquiry request) {
        return adoption.registerAdopters(request.householdRef(), request.enquiryOn());
    }

    @POST
    @Path("adopters/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move adopters to the next stage, or withdraw them (the version is required)")
    public AdoptersView advance(@PathParam("id") long id, @QueryParam("version") Integer version, StageReached request) {
        return adoption.advanceAdopters(id, Versions.required(version), request.stage(), request.date());
    }

    /** A milestone reached. */
    public record Reached(Milestone milestone, LocalDate date, Long adopterHouseholdId) {
    }

    /** An enquiry. */
    public record Enquiry(String householdRef, LocalDate enquiryOn) {
    }

    /** A stage reached. */
    public record StageReached(AdopterHousehold.Stage stage, LocalDate date) {
    }
}
