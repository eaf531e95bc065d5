package org.corporateparenting.application.access;

import java.util.Set;
import org.corporateparenting.domain.access.AppUser;

/** A user as administrators see them, with the all-children permission: never a password or its hash. */
public record UserRecord(String username, String displayName, Long councilId, Set<String> roles, boolean enabled,
        boolean mustChangePassword, boolean allChildren) {

    static UserRecord of(AppUser user) {
        return new UserRecord(user.getUsername(), user.getDisplayName(),
                user.getCouncil() == null ? null : user.getCouncil().getId(), Set.copyOf(user.getRoles()),
                user.isEnabled(), user.isMustChangePassword(), user.hasAllChildren());
    }
}
