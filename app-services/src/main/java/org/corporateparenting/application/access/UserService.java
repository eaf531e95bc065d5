package org.corporateparenting.application.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.corporateparenting.domain.access.AppUser;
import org.corporateparenting.domain.access.PasswordHash;
import org.corporateparenting.domain.access.PasswordPolicy;
import org.corporateparenting.domain.access.ProviderName;
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
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The caller, with the roles the server granted this session (not only those stored). */
    @PermitAll
    public CurrentUser whoAmI() {
        String name = context.getCallerPrincipal().getName();
        AppUser user = em.find(AppUser.class, name);
        Set<String> granted = new TreeSet<>();
        for (String role : Role.ALL) {
            if (context.isCallerInRole(role)) {
                granted.add(role);
            }
        }
        if (user == null && !granted.isEmpty()) {
            user = singleSignOn(name);
        }
        if (user == null) {
            throw new EJBAccessException("Not signed in");
        }
        Council council = user.getCouncil();
        return new CurrentUser(user.getUsername(), user.getDisplayName(),
                council == null ? null : council.getId(), council == null ? null : council.getName(), granted,
                user.isMustChangePassword(), user.hasAllChildren());
    }

    /**
     * Someone the council's OpenID Connect provider signed in, found by the local name {@link ProviderName} gives the
     * provider's name (the same row however the directory cases it), or given a row at their first sign-in. A name with
     * no local name (over-long, or not a username's form) is refused with its reason logged by length, never the name.
     */
    private AppUser singleSignOn(String providerName) {
        ProviderName mapped = ProviderName.of(providerName);
        if (!mapped.accepted()) {
            LOG.warning(() -> "Single sign-on refused: " + mapped.refusal());
            throw new SignInRefused("Your council's sign-in service gave a name this system cannot hold ("
                    + mapped.refusal() + "). Ask your administrator to check your account in the directory.");
        }
        AppUser known = em.find(AppUser.class, mapped.localUsername());
        return known != null ? known : firstSingleSignOn(mapped.localUsername());
    }

    /**
     * Someone the council's OpenID Connect provider signed in for the first time (README, "Single sign-on"): the
     * server granted them roles from their directory groups, but they have no row yet (a local account always has
     * one, since the local realm reads it). They get one, so the council and the audit trail know them: attached to
     * the council whose LA code is {@code care.oidc.council} / {@code CARE_OIDC_COUNCIL}, or without that setting to
     * the council if the installation holds exactly one, with no stored roles (their roles come from the directory at
     * every sign-in) and a random password nobody knows, so there is no local sign-in until an administrator resets it.
     * The name is already the local one ({@link ProviderName}).
     */
    private AppUser firstSingleSignOn(String name) {
        String laCode = setting("care.oidc.council", "CARE_OIDC_COUNCIL");
        List<Council> councils = laCode == null
                ? em.createQuery("select c from Council c", Council.class).setMaxResults(2).getResultList()
                : em.createQuery("select c from Council c where c.laCode = :code", Council.class).setParameter("code", laCode)
                        .setMaxResults(2).getResultList();
        char[] unknown = new char[32];
        for (int i = 0; i < unknown.length; i++) {
            unknown[i] = (char) ('a' + RANDOM.nextInt(26));
        }
        AppUser user = new AppUser(name, name, councils.size() == 1 ? councils.get(0) : null, PasswordHash.of(unknown));
        em.persist(user);
        em.persist(new UserChange(LocalDateTime.now(), name, name, UserChangeAction.CREATED, "first single sign-on"));
        LOG.info(() -> "User " + name + " signed in through single sign-on for the first time");
        return user;
    }

    /** A setting from a system property, else an environment variable; null when neither is set. */
    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value.strip();
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
