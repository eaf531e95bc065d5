package org.corporateparenting.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.corporateparenting.domain.shared.RuleViolation;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corporateparenting.application.access.CurrentUser;
import org.corporateparenting.application.access.UserService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is: their council and the roles the server granted. */
@Path("/me")
@RequestScoped
@Tag(name = "access")
public class MeResource {

    @EJB
    UserService users;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in user, their council and roles")
    public CurrentUser me() {
        return users.whoAmI();
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your own password (the current one is required; at least 12 characters, not a common one)")
    public Response changePassword(PasswordChange request) {
        if (request == null) {
            throw RuleViolation.of("newPassword", "Send currentPassword and newPassword.");
        }
        users.changeOwnPassword(chars(request.currentPassword()), chars(request.newPassword()));
        return Response.noContent().build();
    }

    private static char[] chars(String value) {
        return value == null ? null : value.toCharArray();
    }

    /** A password change: the current password and the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }
}
