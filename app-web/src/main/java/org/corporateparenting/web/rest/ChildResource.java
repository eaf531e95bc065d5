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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.application.child.ChildRecord;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.application.child.ChronologyEntry;
import org.corporateparenting.application.child.ChronologyService;
import org.corporateparenting.application.child.ChildSummary;
import org.corporateparenting.application.child.EpisodeService;
import org.corporateparenting.application.child.EpisodeView;
import org.corporateparenting.application.child.Page;
import org.corporateparenting.domain.child.ChildDetails;
import org.corporateparenting.domain.episode.EpisodeDetails;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Children of the caller's council and their episodes. Records are read by practitioners and recorded or corrected
 * only by {@link Role#CASE_RECORDERS} (analysts and IROs read them); the count of children looked after is an aggregate
 * open to every role. Changes send back the version they were
 * based on: a save from an older version is refused with 409.
 */
@Path("/children")
@RequestScoped
@Tag(name = "children")
@Produces(MediaType.APPLICATION_JSON)
public class ChildResource {

    @EJB
    ChildService children;

    @EJB
    EpisodeService episodes;

    @EJB
    ChronologyService chronology;

    @GET
    @Path("/{id}/chronology")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "The child's chronology: every dated event of their records, newest first (the read is audited)")
    public List<ChronologyEntry> chronology(@PathParam("id") long id) {
        return chronology.of(id);
    }

    @GET
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "A page of the council's children, by surname; q finds by the start of a name, or the whole reference or UPN")
    public Page<ChildSummary> list(@QueryParam("q") String search, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return children.findChildren(search, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    @Operation(summary = "Register a child")
    public Response register(ChildDetails details) {
        ChildRecord created = children.register(details);
        return Response.created(URI.create("children/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "A child's record: details, episodes, periods of care, UASC periods (the read is audited)")
    public ChildRecord get(@PathParam("id") long id) {
        return children.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    @Operation(summary = "Correct a child's details, from the version given")
    public ChildRecord revise(@PathParam("id") long id, @QueryParam("version") Integer version, ChildDetails details) {
        return children.revise(id, Versions.required(version), details);
    }

    @GET
    @Path("/{id}/episodes")
    @RolesAllowed(Role.PRACTITIONER)
    @Operation(summary = "A child's SSDA903 episodes, earliest first")
    public List<EpisodeView> episodes(@PathParam("id") long id) {
        return episodes.episodesOf(id);
    }

    @POST
    @Path("/{id}/episodes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    @Operation(summary = "Add an episode to a child's history")
    public Response addEpisode(@PathParam("id") long id, EpisodeDetails details) {
        EpisodeView created = episodes.add(id, details);
        return Response.created(URI.create("episodes/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/uasc-periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    @Operation(summary = "Record a period as an unaccompanied asylum-seeking child (SSDA903 UASC)")
    public ChildRecord addUascPeriod(@PathParam("id") long id, UascRequest request) {
        return children.addUascPeriod(id, request.startDate(), request.endDate());
    }

    /** A UASC period: from, and to when status ceased (open while it continues). */
    public record UascRequest(LocalDate startDate, LocalDate endDate) {
    }

    @GET
    @Path("/looked-after/count")
    @Operation(summary = "How many children were looked after at the end of a day (default today)")
    public LookedAfterCount lookedAfter(@QueryParam("on") String on) {
        LocalDate date = on == null ? LocalDate.now() : Dates.parse("on", on);
        return new LookedAfterCount(date, children.countLookedAfterOn(date));
    }

    /** The number of children looked after on a date. */
    public record LookedAfterCount(LocalDate on, long children) {
    }
}
