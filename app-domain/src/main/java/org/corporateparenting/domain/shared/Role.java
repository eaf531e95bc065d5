package org.corporateparenting.domain.shared;

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

    /** Every role, in the order screens list them. */
    public static final List<String> ALL = List.of(
            COUNCILLOR, FOSTERING, ADOPTION, IRO, LEAVING_CARE, PERFORMANCE_ANALYST, ADMINISTRATOR);

    private Role() {
    }
}
