package org.corporateparenting.application.access;

import java.util.Set;

/**
 * The signed-in user as the screens need it: name, council and roles, and whether they must change the
 * password an administrator gave them before doing anything else.
 */
public record CurrentUser(String username, String displayName, Long councilId, String councilName, Set<String> roles,
        boolean mustChangePassword) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
