package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.corporateparenting.application.access.UserAdministration;
import org.corporateparenting.application.access.UserChangeEntry;
import org.corporateparenting.application.access.UserRecord;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The council's users, for its administrators: create, roles, the all-children permission, disable and enable, password
 * reset, trail.
 */
@Path("/users")
@RequestScoped
@Tag(name = "access")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMINISTRATOR)
public class UserResource {

    @EJB
    UserAdministration users;

    @GET
    @Operation(summary = "The council's users")
    public List<UserRecord> list() {
        return users.list();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user of the council")
    public UserRecord one(@PathParam("username") String username) {
        return users.find(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user with a one-time password they must change at first sign-in")
    public Response create(NewUser request) {
        if (request == null) {
            throw RuleViolation.of("username", "Send username, displayName, roles and password.");
        }
        UserRecord created = users.create(request.username(), request.displayName(), request.roles(),
                chars(request.password()));
        return Response.created(URI.create("users/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the user's roles (effective at their next sign-in)")
    public UserRecord roles(@PathParam("username") String username, Roles request) {
        return users.setRoles(username, request == null ? null : request.roles());
    }

    @PUT
    @Path("{username}/all-children")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant or withdraw the all-children permission (need to know: without it the user reaches their "
            + "team's caseload)")
    public UserRecord allChildren(@PathParam("username") String username, AllChildren request) {
        if (request == null || request.allChildren() == null) {
            throw RuleViolation.of("allChildren", "Send allChildren: true or false.");
        }
        return users.permitAllChildren(username, request.allChildren());
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable the user: they can no longer sign in")
    public UserRecord disable(@PathParam("username") String username) {
        return users.disable(username);
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "Re-enable a disabled user")
    public UserRecord enable(@PathParam("username") String username) {
        return users.enable(username);
    }

    @POST
    @Path("{username}/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a one-time password the user must change at next sign-in")
    public UserRecord reset(@PathParam("username") String username, PasswordReset request) {
        return users.resetPassword(username, request == null ? null : chars(request.password()));
    }

    @GET
    @Path("{username}/changes")
    @Operation(summary = "Who changed this user, how and when, newest first")
    public List<UserChangeEntry> changes(@PathParam("username") String username) {
        return users.changes(username);
    }

    private static char[] chars(String value) {
        return value == null ? null : value.toCharArray();
    }

    /** A new user. */
    public record NewUser(String username, String displayName, List<String> roles, String password) {
    }

    /** The roles a user is to hold. */
    public record Roles(List<String> roles) {
    }

    /** Whether the user holds the all-children permission. */
    public record AllChildren(Boolean allChildren) {
    }

    /** A one-time password. */
    public record PasswordReset(String password) {
    }
}
