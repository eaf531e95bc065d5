package org.corporateparenting.application.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.review.IroAllocation;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.shared.Role;

/**
 * The IRO service's work list: every child of the council looked after today with the next review due on the statutory
 * timetable (the same rule as the child's own record, {@link ReviewRecords#nextDue}), overdue when before today, and the
 * IRO allocated; one IRO's or all, overdue only or not, the soonest due first. Read in three queries whatever the number
 * of children. IROs, performance analysts and administrators.
 */
@Stateless
@RolesAllowed({Role.IRO, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class ReviewsDue {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    /**
     * Read, never changed here: no snapshots to compare, no flush of what was read before the next query, and the whole
     * caseload kept out of the shared cache.
     */
    private static final String READ_ONLY = "org.hibernate.readOnly";
    private static final String CACHE = "jakarta.persistence.cache.storeMode";

    /**
     * Only the records of children looked after at the end of today, reached from the episode open then (episodes of a
     * child never overlap, so one each), whatever the length of the council's history.
     */
    private static final String OPEN_TODAY = "o.startDate <= :today and (o.endDate is null or o.endDate > :today)";

    /** {@code iro}: one IRO's children (null: all); {@code overdueOnly}: only reviews already overdue. */
    public List<ReviewDue> list(String iro, boolean overdueOnly) {
        long council = users.callerCouncilId();
        LocalDate today = LocalDate.now();
        Map<Child, List<Episode>> episodes = new HashMap<>();
        em.createQuery("select e from Episode o, Episode e join fetch e.child where e.child = o.child and o.child.council.id = :c and "
                + OPEN_TODAY, Episode.class).setParameter("c", council).setParameter("today", today)
                .setHint(READ_ONLY, true).setHint(CACHE, CacheStoreMode.BYPASS).setFlushMode(FlushModeType.COMMIT).getResultStream()
                .forEach(e -> episodes.computeIfAbsent(e.getChild(), c -> new ArrayList<>()).add(e));
        Map<Long, List<LookedAfterReview>> reviews = new HashMap<>();
        em.createQuery("select r from Episode o, LookedAfterReview r where r.child = o.child and o.child.council.id = :c and "
                + OPEN_TODAY, LookedAfterReview.class).setParameter("c", council).setParameter("today", today)
                .setHint(READ_ONLY, true).setHint(CACHE, CacheStoreMode.BYPASS).setFlushMode(FlushModeType.COMMIT).getResultStream()
                .forEach(r -> reviews.computeIfAbsent(r.getChild().getId(), c -> new ArrayList<>()).add(r));
        Map<Long, String> iros = new HashMap<>();
        em.createQuery("select a from IroAllocation a where a.child.council.id = :c and a.toDate is null", IroAllocation.class)
                .setParameter("c", council).setFlushMode(FlushModeType.COMMIT).getResultStream().forEach(a -> iros.put(a.getChild().getId(), a.getIro()));
        // Sorted here, not by the database: a sort of a whole caseload spills to disk in H2.
        episodes.values().forEach(list -> list.sort(Comparator.comparing(Episode::getStartDate)));
        reviews.values().forEach(list -> list.sort(Comparator.comparing(LookedAfterReview::getHeldOn)));
        List<ReviewDue> due = new ArrayList<>();
        episodes.forEach((child, childEpisodes) -> {
            LocalDate next = ReviewRecords.nextDue(childEpisodes, reviews.getOrDefault(child.getId(), List.of()), today);
            String allocated = iros.get(child.getId());
            if (next != null && (iro == null || iro.equals(allocated)) && (!overdueOnly || next.isBefore(today))) {
                due.add(new ReviewDue(child.getId(), child.getChildRef(), child.getForename() + " " + child.getSurname(), allocated, next,
                        next.isBefore(today)));
            }
        });
        due.sort(Comparator.comparing(ReviewDue::nextDue).thenComparing(ReviewDue::childRef));
        return due;
    }
}
