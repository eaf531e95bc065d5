package org.corporateparenting.application.access;

import java.util.Set;
import org.corporateparenting.domain.access.NeedToKnow;

/**
 * The signed-in user as the screens need it: name, council and roles, and whether they must change the
 * password an administrator gave them before doing anything else, and whether a council granted them the all-children
 * permission ({@link NeedToKnow}).
 */
public record CurrentUser(String username, String displayName, Long councilId, String councilName, Set<String> roles,
        boolean mustChangePassword, boolean allChildren) {

    /** The children the user's roles and permission reach ({@link NeedToKnow}). */
    public NeedToKnow.Reach reach() {
        return NeedToKnow.of(roles, allChildren);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
