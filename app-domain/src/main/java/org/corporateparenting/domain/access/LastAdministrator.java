package org.corporateparenting.domain.access;

import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * A council is never left without an enabled administrator: otherwise nobody could create users, reset a
 * password or re-enable an account, and only a database edit would bring it back. So an administrator
 * cannot take away their own administrator role or disable themselves while they are the last one, nor
 * do it to the last one.
 */
public final class LastAdministrator {

    private LastAdministrator() {
    }

    /**
     * Refuses the change when the user is an enabled administrator now, would not be one after it, and
     * {@code otherEnabledAdministrators} (in the same council) is zero. {@code field} names the field changed.
     */
    public static void check(AppUser user, boolean administratorAfter, long otherEnabledAdministrators, String field) {
        boolean administratorNow = user.isEnabled() && user.getRoles().contains(Role.ADMINISTRATOR);
        if (administratorNow && !administratorAfter && otherEnabledAdministrators == 0) {
            throw RuleViolation.of(field, "User " + user.getUsername()
                    + " is the council's last administrator: give another user the administrator role first.");
        }
    }
}
