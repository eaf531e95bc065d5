package org.corporateparenting.application.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.corporateparenting.domain.access.AppUser;
import org.corporateparenting.domain.access.LastAdministrator;
import org.corporateparenting.domain.access.PasswordHash;
import org.corporateparenting.domain.access.PasswordPolicy;
import org.corporateparenting.domain.access.UserChange;
import org.corporateparenting.domain.access.UserChangeAction;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * An administrator's work on the users of their own council: create (with a one-time password the user must
 * change at first sign-in), set roles, grant or withdraw the all-children permission, disable and re-enable, reset a
 * password, and read who changed what.
 * Every change is written to the user-administration trail with the administrator's name; a council is never
 * left without an enabled administrator ({@link LastAdministrator}). Users of another council are reported as
 * not found. Role changes reach a user at their next sign-in (the realm reads roles when it authenticates).
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class UserAdministration {

    private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserService users;

    /** The caller's council's users (for the set-up administrator before any council exists: users without one). */
    public List<UserRecord> list() {
        Long council = users.whoAmI().councilId();
        List<AppUser> found = council == null
                ? em.createQuery("select u from AppUser u where u.council is null order by u.username", AppUser.class).getResultList()
                : em.createQuery("select u from AppUser u where u.council.id = :council order by u.username", AppUser.class)
                        .setParameter("council", council).getResultList();
        return found.stream().map(UserRecord::of).toList();
    }

    public UserRecord find(String username) {
        return UserRecord.of(user(username));
    }

    /** A new user in the caller's council, with a one-time password they must change when they first sign in. */
    public UserRecord create(String username, String displayName, Collection<String> roles, char[] password) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            errors.add(new FieldError("username", "Username must be 2 to 60 lower-case letters, digits, dots, hyphens or underscores."));
        } else if (em.find(AppUser.class, username) != null) {
            errors.add(new FieldError("username", "Username " + username + " is already taken."));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            errors.add(new FieldError("displayName", "Display name is required (at most 120 characters)."));
        }
        errors.addAll(roleProblems(roles));
        errors.addAll(PasswordPolicy.problems("password", username, password));
        RuleViolation.throwIfAny(errors);
        Long councilId = users.whoAmI().councilId();
        Council council = councilId == null ? null : em.find(Council.class, councilId);
        PasswordHash hash = PasswordHash.of(password);
        AppUser user = new AppUser(username, displayName.strip(), council, hash);
        user.resetPassword(hash);
        user.setRoles(new LinkedHashSet<>(roles));
        em.persist(user);
        note(username, UserChangeAction.CREATED, "roles " + sorted(roles) + (council == null ? "" : ", council " + council.getLaCode()));
        return UserRecord.of(user);
    }

    public UserRecord setRoles(String username, Collection<String> roles) {
        AppUser user = user(username);
        RuleViolation.throwIfAny(roleProblems(roles));
        LastAdministrator.check(user, roles.contains(Role.ADMINISTRATOR), otherAdministrators(user), "roles");
        String before = sorted(user.getRoles()).toString();
        user.setRoles(new LinkedHashSet<>(roles));
        note(username, UserChangeAction.ROLES_SET, "from " + before + " to " + sorted(roles));
        return UserRecord.of(user);
    }

    public UserRecord disable(String username) {
        AppUser user = user(username);
        if (!user.isEnabled()) {
            return UserRecord.of(user);
        }
        LastAdministrator.check(user, false, otherAdministrators(user), "enabled");
        user.disable();
        note(username, UserChangeAction.DISABLED, null);
        return UserRecord.of(user);
    }

    public UserRecord enable(String username) {
        AppUser user = user(username);
        if (!user.isEnabled()) {
            user.enable();
            note(username, UserChangeAction.ENABLED, null);
        }
        return UserRecord.of(user);
    }

    /**
     * Grants or withdraws the all-children permission ({@link org.corporateparenting.domain.access.NeedToKnow}): with it
     * the user reaches every child of the council, not only their team's caseload. Takes effect at once.
     */
    public UserRecord permitAllChildren(String username, boolean permitted) {
        AppUser user = user(username);
        if (user.hasAllChildren() != permitted) {
            user.permitAllChildren(permitted);
            note(username, UserChangeAction.ALL_CHILDREN_SET, permitted ? "granted" : "withdrawn");
        }
        return UserRecord.of(user);
    }

    /** Sets a one-time password (told to the user by the administrator); the user must change it at next sign-in. */
    public UserRecord resetPassword(String username, char[] password) {
        AppUser user = user(username);
        PasswordPolicy.check("password", username, password);
        user.resetPassword(PasswordHash.of(password));
        note(username, UserChangeAction.PASSWORD_RESET, null);
        return UserRecord.of(user);
    }

    /** The user's administration trail, newest first. */
    public List<UserChangeEntry> changes(String username) {
        user(username);
        return em.createQuery("select c from UserChange c where c.username = :u order by c.happenedAt desc, c.id desc", UserChange.class)
                .setParameter("u", username).setMaxResults(500).getResultStream().map(UserChangeEntry::of).toList();
    }

    private AppUser user(String username) {
        AppUser user = username == null ? null : em.find(AppUser.class, username);
        if (user == null || !Objects.equals(councilOf(user), users.whoAmI().councilId())) {
            throw new RecordNotFound("There is no user " + username + " in your council.");
        }
        return user;
    }

    private static Long councilOf(AppUser user) {
        return user.getCouncil() == null ? null : user.getCouncil().getId();
    }

    private long otherAdministrators(AppUser user) {
        Long council = councilOf(user);
        String jpql = "select count(u) from AppUser u join u.roles r where r = :admin and u.enabled = true and u.username <> :me and "
                + (council == null ? "u.council is null" : "u.council.id = :council");
        var query = em.createQuery(jpql, Long.class).setParameter("admin", Role.ADMINISTRATOR).setParameter("me", user.getUsername());
        if (council != null) {
            query.setParameter("council", council);
        }
        return query.getSingleResult();
    }

    private static List<FieldError> roleProblems(Collection<String> roles) {
        List<FieldError> errors = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "Give the user at least one role."));
        } else {
            roles.stream().filter(r -> r == null || !Role.ALL.contains(r)).findFirst()
                    .ifPresent(r -> errors.add(new FieldError("roles", "Unknown role: " + r + " (one of " + Role.ALL + ").")));
        }
        return errors;
    }

    private static List<String> sorted(Collection<String> roles) {
        return Role.ALL.stream().filter(Set.copyOf(roles)::contains).toList();
    }

    private void note(String username, UserChangeAction action, String detail) {
        String actor = context.getCallerPrincipal().getName();
        em.persist(new UserChange(LocalDateTime.now(), actor, username, action, detail));
        LOG.info(() -> "User " + username + " " + action + " by " + actor);
    }
}
