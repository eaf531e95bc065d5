package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.corporateparenting.application.child.EpisodeService;
import org.corporateparenting.application.child.EpisodeView;
import org.corporateparenting.domain.episode.EpisodeDetails;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Correcting and removing a recorded episode, from the version the user opened; {@link Role#CASE_RECORDERS} only. */
@Path("/episodes/{id}")
@RequestScoped
@Tag(name = "children")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
public class EpisodeResource {

    @EJB
    EpisodeService episodes;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an episode (for example, end it), from the version given")
    public EpisodeView revise(@PathParam("id") long id, @QueryParam("version") Integer version, EpisodeDetails details) {
        return episodes.revise(id, Versions.required(version), details);
    }

    @DELETE
    @Operation(summary = "Remove an episode recorded in error, from the version given")
    public void remove(@PathParam("id") long id, @QueryParam("version") Integer version) {
        episodes.remove(id, Versions.required(version));
    }
}
