package org.corporateparenting.application.access;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.corporateparenting.domain.access.AppUser;
import org.corporateparenting.domain.access.PasswordHash;
import org.corporateparenting.domain.access.PasswordPolicy;
import org.corporateparenting.domain.access.UserChange;
import org.corporateparenting.domain.access.UserChangeAction;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time step that puts a new installation into service: when the database holds no user at all and
 * {@code CP_BOOTSTRAP_ADMIN} (system property {@code cp.bootstrap.admin}) names one, creates that user as the
 * council's set-up administrator, with the password read from {@code CP_BOOTSTRAP_PASSWORD_FILE} (preferred:
 * the file's first line) or {@code CP_BOOTSTRAP_PASSWORD}. The password must meet {@link PasswordPolicy} and
 * must be changed at first sign-in. Once any user exists the step never runs again, whatever is configured:
 * a leftover variable cannot create a second way in. See README, "Going live".
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    /** The actor recorded in the user-administration trail for the bootstrap. */
    static final String ACTOR = "bootstrap";

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "cp.bootstrap.admin")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "cp.bootstrap.password-file")
    Optional<String> passwordFile;

    @Inject
    @ConfigProperty(name = "cp.bootstrap.password")
    Optional<String> password;

    @PostConstruct
    void createWhenNoUsers() {
        if (username.isEmpty()) {
            return;
        }
        char[] secret = secret();
        if (secret == null) {
            LOG.severe("CP_BOOTSTRAP_ADMIN is set but neither CP_BOOTSTRAP_PASSWORD_FILE nor CP_BOOTSTRAP_PASSWORD gives a password: no administrator created.");
            return;
        }
        try {
            create(username.get().strip(), secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * Creates the set-up administrator if, and only if, the database holds no user at all; whether it did. A
     * password that breaks {@link PasswordPolicy} creates nobody (logged, with the rule broken, never the password).
     */
    public boolean create(String name, char[] secret) {
        long users = em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
        if (users > 0) {
            LOG.warning("CP_BOOTSTRAP_ADMIN is set but users already exist: ignored. Remove the CP_BOOTSTRAP_ settings.");
            return false;
        }
        try {
            PasswordPolicy.check("CP_BOOTSTRAP_PASSWORD", name, secret);
            PasswordHash hash = PasswordHash.of(secret);
            AppUser admin = new AppUser(name, "Set-up administrator", null, hash);
            admin.resetPassword(hash);
            admin.grant(Role.ADMINISTRATOR);
            em.persist(admin);
            em.persist(new UserChange(LocalDateTime.now(), ACTOR, name, UserChangeAction.BOOTSTRAPPED, "roles [administrator]"));
            LOG.info(() -> "First administrator " + name + " created; they must change the password at first sign-in."
                    + " Remove the CP_BOOTSTRAP_ settings now.");
            return true;
        } catch (RuleViolation | IllegalArgumentException e) {
            LOG.severe(() -> "First administrator not created: " + e.getMessage());
            return false;
        }
    }

    private char[] secret() {
        if (passwordFile.isPresent()) {
            try {
                String first = Files.readAllLines(Path.of(passwordFile.get()), StandardCharsets.UTF_8).stream()
                        .findFirst().orElse("");
                return first.strip().toCharArray();
            } catch (IOException e) {
                LOG.severe(() -> "CP_BOOTSTRAP_PASSWORD_FILE cannot be read (" + e.getClass().getSimpleName() + ")");
                return null;
            }
        }
        return password.map(p -> p.toCharArray()).orElse(null);
    }
}
