package org.corporateparenting.application.access;

import java.util.Set;

/** The signed-in user as the screens need it: name, council and roles. */
public record CurrentUser(String username, String displayName, Long councilId, String councilName, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
