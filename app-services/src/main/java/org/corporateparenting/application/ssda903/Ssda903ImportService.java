package org.corporateparenting.application.ssda903;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * Loads a council's SSDA903 files of one or more collection years (a ZIP with a folder per year) into its records:
 * every file checked ({@link Ssda903Check}), the years stitched into one history ({@link Ssda903Stitch}), then children,
 * episodes, UASC periods and times missing created or brought up to date by {@link Ssda903Merge}, all in one transaction. A load with
 * errors stores nothing unless the user chose to load the valid rows only; a failure while storing stores nothing. The
 * same files loaded again change nothing. Performance analysts and administrators; the log names counts, never children.
 */
@Stateless
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class Ssda903ImportService {

    private static final Logger LOG = Logger.getLogger(Ssda903ImportService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    public ImportOutcome load(byte[] zip, boolean validRowsOnly) {
        Map<CollectionYear, Map<String, String>> years = Ssda903Zip.byYear(zip);
        if (years.keySet().stream().anyMatch(y -> y.compareTo(CollectionYear.FIRST) < 0)) {
            throw RuleViolation.of("file", "Load collection years from " + CollectionYear.FIRST + " onwards.");
        }
        List<ImportProblem> problems = new ArrayList<>();
        years.forEach((year, files) -> Ssda903Check.check(files, year).forEach(p -> problems.add(p.in(year.label()))));
        Set<String> skipped = new HashSet<>();
        problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR)
                .forEach(p -> skipped.add(p.row() <= 1 ? p.file() : p.file() + ":" + p.row()));
        Ssda903Stitch.Stitched stitched = Ssda903Stitch.stitch(years, skipped);
        problems.addAll(stitched.problems());
        if (!validRowsOnly && problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
            return ImportOutcome.refused(problems);
        }
        long council = users.callerCouncilId();
        Ssda903Merge merge = new Ssda903Merge(em.getReference(Council.class, council), existingChildren(council), existingEpisodes(council),
                existingUasc(council), existingMissing(council));
        merge.apply(stitched).forEach(em::persist);
        em.flush();
        ImportOutcome outcome = merge.outcome(problems);
        LOG.info(() -> "SSDA903 load for council " + council + " (" + years.keySet() + "): " + outcome.childrenCreated() + " children created, "
                + outcome.childrenUpdated() + " updated; " + outcome.episodesCreated() + " episodes created, " + outcome.episodesUpdated()
                + " updated, " + outcome.episodesUnchanged() + " unchanged; " + outcome.errors() + " rows with errors left out");
        return outcome;
    }

    private Map<String, Child> existingChildren(long council) {
        Map<String, Child> byRef = new HashMap<>();
        em.createQuery("select c from Child c where c.council.id = :c", Child.class).setParameter("c", council).getResultStream()
                .forEach(c -> byRef.put(c.getChildRef(), c));
        return byRef;
    }

    private Map<String, Episode> existingEpisodes(long council) {
        Map<String, Episode> byKey = new HashMap<>();
        em.createQuery("select e from Episode e join fetch e.child where e.child.council.id = :c", Episode.class)
                .setParameter("c", council).getResultStream().forEach(e -> byKey.put(e.getChild().getChildRef() + "|" + e.getStartDate(), e));
        return byKey;
    }

    private Map<String, MissingEpisode> existingMissing(long council) {
        Map<String, MissingEpisode> byKey = new HashMap<>();
        em.createQuery("select m from MissingEpisode m join fetch m.child where m.child.council.id = :c", MissingEpisode.class)
                .setParameter("c", council).getResultStream().forEach(m -> byKey.put(Ssda903Merge.key(m), m));
        return byKey;
    }

    private Set<String> existingUasc(long council) {
        Set<String> refs = new HashSet<>();
        em.createQuery("select u from UascPeriod u join fetch u.child where u.child.council.id = :c", UascPeriod.class)
                .setParameter("c", council).getResultStream().forEach(u -> refs.add(u.getChild().getChildRef()));
        return refs;
    }
}
