package org.corporateparenting.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.corporateparenting.application.indicator.DatasetPublisher;
import org.corporateparenting.domain.indicator.ReportingMonth;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.corporateparenting.domain.access.AppUser;
import org.corporateparenting.domain.access.PasswordHash;
import org.corporateparenting.domain.adoption.AdoptionAgency;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode ({@code care.demo.enabled=true}, set by the run command; off by default and so in
 * production) fills an empty database with the fictional council and one demo user per role, all
 * with the password given by {@code care.demo.password}. A database that already holds a council is
 * never touched, so real data cannot be mixed with demo data.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataLoader {

    /** The demo users and the role each holds; README lists them. */
    public static final Map<String, String> USERS = Map.ofEntries(
            Map.entry("councillor", Role.COUNCILLOR),
            Map.entry("fostering", Role.FOSTERING),
            Map.entry("adoption", Role.ADOPTION),
            Map.entry("iro", Role.IRO),
            Map.entry("leaving-care", Role.LEAVING_CARE),
            Map.entry("fostering-team", Role.FOSTERING),
            Map.entry("adoption-team", Role.ADOPTION),
            Map.entry("iro-team", Role.IRO),
            Map.entry("leaving-care-team", Role.LEAVING_CARE),
            Map.entry("analyst", Role.PERFORMANCE_ANALYST),
            Map.entry("admin", Role.ADMINISTRATOR),
            Map.entry("auditor", Role.AUDITOR));

    /**
     * The demo users a council granted the all-children permission (need to know, README "Security"), so the walkthroughs
     * open any child; the {@code -team} users of the same roles reach only their team's caseload.
     */
    static final Set<String> ALL_CHILDREN = Set.of("fostering", "adoption", "iro", "leaving-care");

    /** The demo IRO, who chairs the demo council's reviews. */
    static final String IRO = "iro";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** The regional adoption agency the demo council hosts. */
    public static final String AGENCY = "Kestrel and Merlin Adoption (fictional)";

    /** Months of the dataset the demo publishes: two years, as the board's trend charts show. */
    static final int PUBLISHED_MONTHS = 24;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatasetPublisher publisher;

    @Inject
    @ConfigProperty(name = "care.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "care.demo.children", defaultValue = "400")
    int childCount;

    @Inject
    @ConfigProperty(name = "care.demo.seed", defaultValue = "20261123")
    long seed;

    @Inject
    @ConfigProperty(name = "care.demo.password", defaultValue = "demo-password")
    String password;

    @PostConstruct
    void loadWhenEmpty() {
        if (!enabled) {
            return;
        }
        long councils = em.createQuery("select count(c) from Council c", Long.class).getSingleResult();
        if (councils > 0) {
            LOG.info("Demo mode: the database already holds data, nothing loaded");
            return;
        }
        DemoCouncil demo = DemoCouncilGenerator.generate(new Council("999", "Kestrel Vale Council (fictional)"),
                new DemoCouncilGenerator.Settings(seed, childCount, 6, LocalDate.now()));
        demo.records().forEach(em::persist);
        long inCare = demo.episodes().stream().filter(e -> e.isOpen()).map(e -> e.getChild()).distinct().count();
        DemoDataset.settle(em, demo.council(), inCare, LocalDate.now());
        em.flush();
        publisher.publish(demo.council().getId(),
                ReportingMonth.ending(ReportingMonth.lastCompleteBefore(LocalDate.now()), PUBLISHED_MONTHS), "demo", false);
        partner(demo.council());
        USERS.forEach((username, role) -> {
            String display = "Demo " + username.replace('-', ' ');
            AppUser user = new AppUser(username, display, demo.council(), PasswordHash.of(password.toCharArray()));
            user.grant(role);
            user.permitAllChildren(ALL_CHILDREN.contains(username));
            em.persist(user);
        });
        LOG.info(() -> "Demo mode: loaded council 999 with " + demo.children().size() + " children, "
                + demo.episodes().size() + " episodes, " + demo.households().size() + " households ("
                + demo.householdReviews().size() + " reviews, " + demo.visits().size() + " visits), "
                + demo.careLeavers().size() + " care leavers, " + demo.reviews().size() + " reviews and users " + List.copyOf(USERS.keySet()));
    }

    /**
     * A second fictional council, half the size, with no users of its own: with the demo council it makes a regional
     * adoption agency the demo council hosts, so the agency's annual report has two councils to count.
     */
    private void partner(Council host) {
        DemoCouncil partner = DemoCouncilGenerator.generate(new Council("998", "Merlin Downs Council (fictional)"),
                new DemoCouncilGenerator.Settings(seed + 1, Math.max(1, childCount / 2), 6, LocalDate.now()));
        partner.records().forEach(em::persist);
        AdoptionAgency agency = new AdoptionAgency(AGENCY, host);
        agency.join(partner.council());
        em.persist(agency);
        LOG.info(() -> "Demo mode: loaded council 998 with " + partner.children().size() + " children, in the adoption agency " + AGENCY);
    }
}
