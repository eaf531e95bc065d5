package org.corporateparenting.domain.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.Role;

/**
 * A person who signs in. The WildFly security realm reads these rows directly (see
 * wildfly-config/src/main/cli/configure.cli): the password is stored only as a salted PBKDF2 hash.
 * A user belongs to one council and sees only that council's children. A disabled user cannot sign in
 * (the realm's query asks for {@code enabled = true}); a user whose password an administrator set must
 * change it before doing anything else.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    /** The longest username the app_user table stores. */
    public static final int MAX_USERNAME = 60;

    @Id
    @Column(length = MAX_USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "password_salt", nullable = false, length = 60)
    private String passwordSalt;

    @Column(name = "password_iterations", nullable = false)
    private int passwordIterations;

    @Column(nullable = false)
    private boolean enabled;

    /** Set by an administrator's reset and for the first administrator: the user must choose a password of their own. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /**
     * The all-children permission a council may grant ({@link NeedToKnow}): the user reaches every child of their council,
     * not only their team's caseload.
     */
    @Column(name = "all_children", nullable = false)
    private boolean allChildren;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 40)
    private Set<String> roles = new LinkedHashSet<>();

    protected AppUser() {
    }

    /**
     * A username: 2 to 60 lower-case letters, digits, dots, hyphens or underscores, the form of every local account
     * (administrators create no other), optionally followed by {@code @} and a domain, the form of a name from the
     * council's provider such as Microsoft Entra ID's {@code preferred_username} ({@code ann@council.gov.uk}). A name
     * with {@code @} is therefore never a local account's, so someone from the provider cannot take a local account's
     * row (README, "Single sign-on").
     */
    public static boolean isValidUsername(String username) {
        return username != null && username.length() <= MAX_USERNAME
                && username.matches("[a-z0-9][a-z0-9._-]+|[a-z0-9][a-z0-9._-]*@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    }

    public AppUser(String username, String displayName, Council council, PasswordHash password) {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("Username must be 2 to " + MAX_USERNAME + " lower-case letters, digits, dots, hyphens or "
                    + "underscores, optionally followed by @ and a domain.");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName, "Display name is required.");
        this.council = council;
        changePassword(password);
        this.enabled = true;
    }

    private void changePassword(PasswordHash password) {
        Objects.requireNonNull(password, "Password is required.");
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.passwordIterations = password.iterations();
    }

    /** An administrator sets the password (a reset): the user must change it at their next sign-in. */
    public void resetPassword(PasswordHash password) {
        changePassword(password);
        this.mustChangePassword = true;
    }

    /** The user chose this password themselves. */
    public void choosePassword(PasswordHash password) {
        changePassword(password);
        this.mustChangePassword = false;
    }

    /** Replaces the user's roles; each must be one of {@link Role#ALL}. */
    public void setRoles(Collection<String> newRoles) {
        for (String role : newRoles) {
            if (!Role.ALL.contains(role)) {
                throw new IllegalArgumentException("Unknown role: " + role);
            }
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Attaches a user who has no council yet (the first administrator) to the council they set up. */
    public void join(Council council) {
        if (this.council != null) {
            throw new IllegalStateException("User " + username + " already belongs to a council.");
        }
        this.council = Objects.requireNonNull(council);
    }

    /** Whether this is the user's current password (checked against the stored hash, in constant time). */
    public boolean passwordMatches(char[] password) {
        return new PasswordHash(passwordHash, passwordSalt, passwordIterations).matches(password);
    }

    /** Grants or withdraws the all-children permission ({@link NeedToKnow}). */
    public void permitAllChildren(boolean permitted) {
        this.allChildren = permitted;
    }

    public boolean hasAllChildren() {
        return allChildren;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void grant(String role) {
        if (!Role.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role: " + role);
        }
        roles.add(role);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Council getCouncil() {
        return council;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
