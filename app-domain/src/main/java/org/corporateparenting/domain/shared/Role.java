package org.corporateparenting.domain.shared;

import java.util.Collection;
import java.util.List;

/**
 * The product's roles, as granted by the security realm. Councillors see aggregates only; the
 * practitioner roles may see children's records; administrators manage users and configuration.
 */
public final class Role {

    public static final String COUNCILLOR = "councillor";
    public static final String FOSTERING = "fostering";
    public static final String ADOPTION = "adoption";
    public static final String IRO = "iro";
    public static final String LEAVING_CARE = "leaving-care";
    public static final String PERFORMANCE_ANALYST = "performance-analyst";
    public static final String ADMINISTRATOR = "administrator";
    /** Information governance: reads the audit trail (who read what), and no child's record. */
    public static final String AUDITOR = "auditor";

    /**
     * Granted by the security domain's role mapper to every role that works with children's records
     * (all but councillor): see wildfly-config's configure.cli. Not stored on users.
     */
    public static final String PRACTITIONER = "practitioner";

    /**
     * The roles that record and correct a child's own case record (identifying details, care episodes, UASC periods):
     * the teams that hold the child's case and administrators. Need to know: performance analysts read case records for
     * the returns and never change them; IROs review the plan (reviews, escalations) but do not keep the child's details.
     * The services' and resources' {@code @RolesAllowed} on those writes name exactly these roles, and screens offer the
     * writes only to them ({@link #recordsCases}).
     */
    public static final List<String> CASE_RECORDERS = List.of(FOSTERING, ADOPTION, LEAVING_CARE, ADMINISTRATOR);

    /** Whether a user with these roles may record and correct a child's case record ({@link #CASE_RECORDERS}). */
    public static boolean recordsCases(Collection<String> roles) {
        return roles.stream().anyMatch(CASE_RECORDERS::contains);
    }

    /** Every role a user can be given, in the order screens list them. */
    public static final List<String> ALL = List.of(
            COUNCILLOR, FOSTERING, ADOPTION, IRO, LEAVING_CARE, PERFORMANCE_ANALYST, ADMINISTRATOR, AUDITOR);

    private Role() {
    }
}
