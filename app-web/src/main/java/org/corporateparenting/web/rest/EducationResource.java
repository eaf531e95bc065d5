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
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.corporateparenting.application.education.EducationService;
import org.corporateparenting.application.education.EducationView;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A child's education records and attendance. Practitioners only. */
@Path("/children/{id}/education")
@RequestScoped
@Tag(name = "education")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PRACTITIONER)
public class EducationResource {

    @EJB
    EducationService education;

    @GET
    @Operation(summary = "PEPs, suspensions, EHCPs, reduced timetables and termly attendance")
    public EducationView educationOf(@PathParam("id") long childId) {
        return education.educationOf(childId);
    }

    @POST
    @Path("records")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    @Operation(summary = "Record a PEP, a suspension or exclusion, an EHCP or a reduced timetable")
    public EducationView record(@PathParam("id") long childId, Item request) {
        return education.record(childId, request.kind(), request.fromDate(), request.toDate(), request.sessions());
    }

    @POST
    @Path("attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    @Operation(summary = "Record one term's attendance")
    public EducationView attendance(@PathParam("id") long childId, Term request) {
        return education.recordAttendance(childId, request.academicYear(), request.term(), request.sessionsPossible(),
                request.sessionsAttended(), request.unauthorisedAbsences());
    }

    /** An education record. */
    public record Item(EducationRecord.Kind kind, LocalDate fromDate, LocalDate toDate, Integer sessions) {
    }

    /** A term's attendance. */
    public record Term(int academicYear, String term, int sessionsPossible, int sessionsAttended,
            int unauthorisedAbsences) {
    }
}
