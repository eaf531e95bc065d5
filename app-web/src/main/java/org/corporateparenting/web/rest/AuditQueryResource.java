package org.corporateparenting.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.corporateparenting.application.audit.AuditChainCheck;
import org.corporateparenting.application.audit.AuditEntry;
import org.corporateparenting.application.audit.AuditSealer;
import org.corporateparenting.application.audit.AuditService;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a user read, changed or was refused: for administrators and auditors (information governance). */
@Path("/audit")
@RequestScoped
@Tag(name = "administration")
@Produces(MediaType.APPLICATION_JSON)
public class AuditQueryResource {

    @EJB
    AuditService audit;

    @EJB
    AuditSealer seals;

    @GET
    @Path("/chain")
    @RolesAllowed({Role.ADMINISTRATOR, Role.AUDITOR})
    @Operation(summary = "Seals what is waiting, then checks the audit trail's hash chain from its first seal: intact, or the first seal "
            + "that fails and why")
    public AuditChainCheck chain() {
        return seals.check();
    }

    @GET
    @RolesAllowed({Role.ADMINISTRATOR, Role.AUDITOR})
    @Operation(summary = "Everything a user read, changed or was refused from one day to another (inclusive, ISO dates; the last 30 days by default), newest first")
    public List<AuditEntry> byUser(@QueryParam("user") String user, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") @DefaultValue("1000") int limit) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user: give the user name whose reads you want");
        }
        LocalDate last = to == null ? LocalDate.now() : Dates.parse("to", to);
        LocalDate first = from == null ? last.minusDays(30) : Dates.parse("from", from);
        return audit.byUser(user, first.atStartOfDay(), LocalDateTime.of(last, LocalTime.MAX), limit);
    }
}
