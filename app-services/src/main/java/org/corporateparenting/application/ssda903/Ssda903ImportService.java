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
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * Loads a council's SSDA903 files of one or more collection years (a ZIP with a folder per year) into its records:
 * every file checked ({@link Ssda903Check}), the years stitched into one history ({@link Ssda903Stitch}), then children,
 * episodes, UASC periods and times missing created or brought up to date by {@link Ssda903Merge}, reviews by
 * {@link Ssda903Reviews} and OC3 birthday checks by {@link Ssda903Oc3}, all in one transaction. A load with
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

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

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
        Map<String, Child> children = existingChildren(council);
        Map<String, Episode> episodes = existingEpisodes(council);
        Ssda903Merge merge = new Ssda903Merge(em.getReference(Council.class, council), children, episodes, existingUasc(council),
                existingMissing(council));
        List<Object> created = merge.apply(stitched);
        Map<String, List<Episode>> episodesByChild = Ssda903Reviews.byChild(java.util.stream.Stream.concat(episodes.values().stream(),
                created.stream().filter(Episode.class::isInstance).map(Episode.class::cast)));
        Ssda903Reviews reviews = new Ssda903Reviews();
        created.addAll(reviews.apply(stitched.reviews(), children, episodesByChild, existingReviews(council)));
        Ssda903Oc3 oc3 = new Ssda903Oc3();
        created.addAll(oc3.apply(stitched.oc3(), children, episodesByChild, existingLeavers(council), existingChecks(council)));
        List<ImportProblem> merging = new ArrayList<>(reviews.problems());
        merging.addAll(oc3.problems());
        problems.addAll(merging);
        if (!validRowsOnly && merging.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
            context.setRollbackOnly();
            return ImportOutcome.refused(problems);
        }
        created.forEach(em::persist);
        em.flush();
        ImportOutcome outcome = merge.outcome(problems, reviews, oc3);
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

    private Map<String, List<LookedAfterReview>> existingReviews(long council) {
        Map<String, List<LookedAfterReview>> byChild = new HashMap<>();
        em.createQuery("select r from LookedAfterReview r join fetch r.child where r.child.council.id = :c", LookedAfterReview.class)
                .setParameter("c", council).getResultStream()
                .forEach(r -> byChild.computeIfAbsent(r.getChild().getChildRef(), c -> new ArrayList<>()).add(r));
        return byChild;
    }

    private Map<String, CareLeaver> existingLeavers(long council) {
        Map<String, CareLeaver> byChild = new HashMap<>();
        em.createQuery("select l from CareLeaver l join fetch l.child where l.child.council.id = :c", CareLeaver.class)
                .setParameter("c", council).getResultStream().forEach(l -> byChild.put(l.getChild().getChildRef(), l));
        return byChild;
    }

    private Map<String, BirthdayCheck> existingChecks(long council) {
        Map<String, BirthdayCheck> byKey = new HashMap<>();
        // The care leavers and their children are already read (existingLeavers), so this reads no more per check.
        em.createQuery("select b from BirthdayCheck b join fetch b.careLeaver where b.careLeaver.child.council.id = :c", BirthdayCheck.class).setParameter("c", council).getResultStream()
                .forEach(b -> byKey.put(b.getCareLeaver().getChild().getChildRef() + "|" + b.getBirthdayAge(), b));
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
