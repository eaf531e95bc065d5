package org.corporateparenting.application.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.corporateparenting.domain.access.AppUser;
import org.corporateparenting.domain.access.PasswordHash;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.Role;

/**
 * The people who sign in. The security realm reads the same table, so a user created here can sign in
 * at once. Only administrators create users; anyone signed in may ask who they are.
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
                council == null ? null : council.getId(), council == null ? null : council.getName(), granted);
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

    @RolesAllowed(Role.ADMINISTRATOR)
    public void create(String username, String displayName, Long councilId, char[] password, List<String> roles) {
        if (em.find(AppUser.class, username) != null) {
            throw new IllegalArgumentException("Username " + username + " is already taken.");
        }
        Council council = councilId == null ? null : em.find(Council.class, councilId);
        AppUser user = new AppUser(username, displayName, council, PasswordHash.of(password));
        roles.forEach(user::grant);
        em.persist(user);
        LOG.info(() -> "User " + username + " created with roles " + roles);
    }
}
