package org.corporateparenting.domain.access;

/** What an administrator (or the user themselves, or the bootstrap) changed about a user. */
public enum UserChangeAction {
    BOOTSTRAPPED, CREATED, ROLES_SET, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, JOINED_COUNCIL, ALL_CHILDREN_SET
}
