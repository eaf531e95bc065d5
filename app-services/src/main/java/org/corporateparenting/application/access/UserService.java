package org.corporateparenting.application.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.corporateparenting.domain.access.AppUser;
import org.corporateparenting.domain.access.PasswordHash;
import org.corporateparenting.domain.access.PasswordPolicy;
import org.corporateparenting.domain.access.UserChange;
import org.corporateparenting.domain.access.UserChangeAction;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.Role;

/**
 * The people who sign in. The security realm reads the same table, so a user created here can sign in
 * at once. Administrators manage users ({@link UserAdministration}); anyone signed in may ask who they are
 * and change their own password.
 */
@Stateless
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The caller, with the roles the server granted this session (not only those stored). */
    @PermitAll
    public CurrentUser whoAmI() {
        String name = context.getCallerPrincipal().getName();
        AppUser user = em.find(AppUser.class, name);
        if (user == null) {
            throw new EJBAccessException("Not signed in");
        }
        Set<String> granted = new TreeSet<>();
        for (String role : Role.ALL) {
            if (context.isCallerInRole(role)) {
                granted.add(role);
            }
        }
        Council council = user.getCouncil();
        return new CurrentUser(user.getUsername(), user.getDisplayName(),
                council == null ? null : council.getId(), council == null ? null : council.getName(), granted,
                user.isMustChangePassword());
    }

    /** The council the caller acts for; every case record they see or change must be that council's. */
    @PermitAll
    public long callerCouncilId() {
        CurrentUser user = whoAmI();
        if (user.councilId() == null) {
            throw new EJBAccessException("User " + user.username() + " is not attached to a council.");
        }
        return user.councilId();
    }

    /** Whether the caller must change the password an administrator set before doing anything else. */
    @PermitAll
    public boolean mustChangePassword() {
        AppUser user = em.find(AppUser.class, context.getCallerPrincipal().getName());
        return user != null && user.isMustChangePassword();
    }

    /**
     * The caller chooses a new password: the current one must be given (so an unattended session cannot be
     * taken over) and the new one must meet {@link PasswordPolicy} and differ from the current one.
     */
    @PermitAll
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        String username = context.getCallerPrincipal().getName();
        AppUser user = em.find(AppUser.class, username);
        if (user == null) {
            throw new EJBAccessException("Not signed in");
        }
        if (currentPassword == null || !user.passwordMatches(currentPassword)) {
            throw RuleViolation.of("currentPassword", "The current password is not right.");
        }
        List<FieldError> errors = new ArrayList<>(PasswordPolicy.problems("newPassword", username, newPassword));
        if (errors.isEmpty() && user.passwordMatches(newPassword)) {
            errors.add(new FieldError("newPassword", "Choose a password different from the current one."));
        }
        RuleViolation.throwIfAny(errors);
        user.choosePassword(PasswordHash.of(newPassword));
        em.persist(new UserChange(LocalDateTime.now(), username, username, UserChangeAction.PASSWORD_CHANGED, null));
        LOG.info(() -> "User " + username + " changed their password");
    }
}
