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
import java.util.List;
import org.corporateparenting.application.careleaver.CareLeaverRecord;
import org.corporateparenting.application.careleaver.CareLeaverService;
import org.corporateparenting.domain.careleaver.ContactMethod;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Care leavers: the leaving-care team records, practitioners read (reads are audited). */
@Path("/care-leavers")
@RequestScoped
@Tag(name = "care leavers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEAVING_CARE, Role.ADMINISTRATOR})
public class CareLeaverResource {

    @EJB
    CareLeaverService leavers;

    @GET
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "The council's care leavers, optionally one personal adviser's caseload, optionally only those whose "
            + "contact is overdue or due within dueWithinDays days")
    public List<CareLeaverRecord> list(@QueryParam("adviser") String adviser, @QueryParam("dueWithinDays") Integer dueWithinDays,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return leavers.list(adviser, dueWithinDays, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a child is entitled to leaving-care support")
    public Response register(Registration request) {
        CareLeaverRecord created = leavers.register(request.childId(), request.eligibility(), request.eligibleFrom());
        return Response.created(URI.create("care-leavers/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "A care leaver's record")
    public CareLeaverRecord get(@PathParam("id") long id) {
        return leavers.get(id);
    }

    @POST
    @Path("/{id}/adviser")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocate a personal adviser (the record's version is required)")
    public CareLeaverRecord adviser(@PathParam("id") long id, @QueryParam("version") Integer version, Adviser request) {
        return leavers.allocateAdviser(id, Versions.required(version), request.personalAdviser());
    }

    @POST
    @Path("/{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a contact or an attempt at one")
    public CareLeaverRecord contact(@PathParam("id") long id, Contact request) {
        return leavers.recordContact(id, request.contactDate(), request.method(), request.successful(), request.worker());
    }

    @POST
    @Path("/{id}/periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a new accommodation (OC3 type and suitability) or activity (OC3 code) from a date")
    public CareLeaverRecord period(@PathParam("id") long id, Period request) {
        return leavers.recordPeriod(id, request.kind(), request.fromDate(), request.code(), request.suitable());
    }

    @POST
    @Path("/{id}/pathway-plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a pathway plan completed or reviewed")
    public CareLeaverRecord plan(@PathParam("id") long id, Plan request) {
        return leavers.recordPathwayPlan(id, request.completedOn());
    }

    @POST
    @Path("/{id}/staying-put")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a staying put arrangement with former foster carers")
    public CareLeaverRecord stayingPut(@PathParam("id") long id, Stay request) {
        return leavers.startStayingPut(id, request.householdId(), request.startDate());
    }

    @POST
    @Path("/{id}/birthday-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the OC3 check for a 17th to 21st birthday")
    public CareLeaverRecord birthdayCheck(@PathParam("id") long id, Check request) {
        return leavers.recordBirthdayCheck(id, request.birthdayAge(), request.inTouch(), request.activity(),
                request.accommodation());
    }

    /** Entitlement to leaving-care support. */
    public record Registration(long childId, Eligibility eligibility, LocalDate eligibleFrom) {
    }

    /** A personal adviser. */
    public record Adviser(String personalAdviser) {
    }

    /** A contact. */
    public record Contact(LocalDate contactDate, ContactMethod method, boolean successful, String worker) {
    }

    /** An accommodation or activity period. */
    public record Period(LivingPeriod.Kind kind, LocalDate fromDate, String code, Boolean suitable) {
    }

    /** A pathway plan. */
    public record Plan(LocalDate completedOn) {
    }

    /** A staying put arrangement. */
    public record Stay(long householdId, LocalDate startDate) {
    }

    /** An OC3 birthday check. */
    public record Check(int birthdayAge, String inTouch, String activity, String accommodation) {
    }
}
