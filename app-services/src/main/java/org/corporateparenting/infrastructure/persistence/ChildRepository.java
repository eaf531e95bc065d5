package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corporateparenting.domain.access.NeedToKnow;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.LookedAfter;

/**
 * Children and whether they are looked after. A child is looked after on a date when one of their
 * SSDA903 episodes is open at the end of that day: started on or before it, and not ended on or
 * before it (an episode ending on day D no longer counts on D, the next one starting on D does).
 *
 * <p>Open to any caller: the services that use it are the role boundary.
 */
@PermitAll
@Stateless
public class ChildRepository {

    /**
     * Episode {@code e} keeps its child looked after at the end of {@code :day} ({@link LookedAfter}, in JPQL): started on
     * or before it, not ended on or before it, and not a short break ({@code :shortBreaks}). Every query here reads it.
     */
    private static final String OPEN_AT_END_OF_DAY =
            "e.startDate <= :day and (e.endDate is null or e.endDate > :day) and e.legalStatus not in :shortBreaks";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CareLeaverRepository careLeavers;

    /** How many of the council's children are looked after at the end of the day ({@link LookedAfter}). */
    public long countLookedAfterOn(long councilId, LocalDate date) {
        return em.createQuery("select count(distinct e.child.id) from Episode e where e.child.council.id = :council and "
                + OPEN_AT_END_OF_DAY, Long.class)
                .setParameter("council", councilId)
                .setParameter("day", date)
                .setParameter("shortBreaks", LookedAfter.SHORT_BREAKS)
                .getSingleResult();
    }

    /** Of the given children, the ids of those looked after at the end of the given day. */
    public Set<Long> lookedAfterAmong(List<Child> children, LocalDate date) {
        if (children.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select e.child.id from Episode e where e.child in :children and " + OPEN_AT_END_OF_DAY,
                        Long.class)
                .setParameter("children", children)
                .setParameter("shortBreaks", LookedAfter.SHORT_BREAKS)
                .setParameter("day", date)
                .getResultList());
    }

    /**
     * A page of the council's children in the caller's reach ({@link NeedToKnow}), by surname, forename and id (stable
     * across pages); {@code search} (may be blank) as {@link #MATCHING} reads it.
     */
    public List<Child> findPage(long councilId, NeedToKnow.Reach reach, String search, int page, int size) {
        return reached(em.createQuery("select c from Child c where c.council.id = :council" + MATCHING + caseload(reach)
                        + " order by c.surname, c.forename, c.id", Child.class), reach, LocalDate.now())
                .setParameter("council", councilId)
                .setParameter("search", pattern(search)).setParameter("exact", exact(search))
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    /** How many children {@link #findPage} lists over all its pages. */
    public long countChildren(long councilId, NeedToKnow.Reach reach, String search) {
        return reached(em.createQuery("select count(c) from Child c where c.council.id = :council" + MATCHING + caseload(reach),
                        Long.class), reach, LocalDate.now())
                .setParameter("council", councilId)
                .setParameter("search", pattern(search)).setParameter("exact", exact(search))
                .getSingleResult();
    }

    /** Child {@code c} is looked after at the end of {@code :day} ({@link LookedAfter}); {@code extra} narrows the episode. */
    private static String inCareOn(String extra) {
        return "exists (select e.id from Episode e where e.child = c and " + OPEN_AT_END_OF_DAY + extra + ")";
    }

    /**
     * {@link NeedToKnow}'s grounds in the list's query, each read as {@link NeedToKnow.ChildCase#holds} reads it: the
     * condition a child {@code c} meets to be in the reach (nothing for every child).
     */
    static String caseload(NeedToKnow.Reach reach) {
        if (reach.everyChild()) {
            return "";
        }
        List<String> any = new ArrayList<>();
        for (NeedToKnow.Ground ground : NeedToKnow.Ground.values()) {
            if (reach.grounds().contains(ground)) {
                any.add(switch (ground) {
                    case IN_CARE -> inCareOn("");
                    case IN_CARE_AGED_16 -> "(c.dateOfBirth <= :bornBy16 and " + inCareOn("") + ")";
                    case CARE_LEAVER -> "exists (select l.id from CareLeaver l where l.child = c"
                            + " and (l.serviceClosedOn is null or l.serviceClosedOn > :day))";
                    case OWN_CARERS -> "(" + inCareOn(" and e.household is not null") + " or exists (select n.id from NamedChild n"
                            + " where n.child = c and (n.household.deregisteredOn is null or n.household.deregisteredOn > :day)))";
                    case ADOPTION_PLAN -> "exists (select j.id from AdoptionJourney j where j.child = c)";
                });
            }
        }
        return any.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", any) + ")";
    }

    /** Binds the parameters {@link #caseload} uses, and only those (a query refuses a parameter it does not name). */
    private static <T> TypedQuery<T> reached(TypedQuery<T> query, NeedToKnow.Reach reach, LocalDate day) {
        Set<NeedToKnow.Ground> grounds = reach.everyChild() ? Set.of() : reach.grounds();
        if (grounds.stream().anyMatch(g -> g != NeedToKnow.Ground.ADOPTION_PLAN)) {
            query.setParameter("day", day);
        }
        if (grounds.stream().anyMatch(g -> g != NeedToKnow.Ground.ADOPTION_PLAN && g != NeedToKnow.Ground.CARE_LEAVER)) {
            query.setParameter("shortBreaks", LookedAfter.SHORT_BREAKS);
        }
        if (grounds.contains(NeedToKnow.Ground.IN_CARE_AGED_16)) {
            query.setParameter("bornBy16", NeedToKnow.bornBySixteen(day));
        }
        return query;
    }

    /** The child's case as need to know reads it on the day ({@link NeedToKnow.ChildCase}). */
    public NeedToKnow.ChildCase caseOf(Child child, LocalDate day) {
        long id = child.getId();
        CareLeaver leaver = careLeavers.ofChild(id);
        boolean named = em.createQuery("select count(n) from NamedChild n where n.child.id = :c"
                        + " and (n.household.deregisteredOn is null or n.household.deregisteredOn > :day)", Long.class)
                .setParameter("c", id).setParameter("day", day).getSingleResult() > 0;
        boolean journey = em.createQuery("select count(j) from AdoptionJourney j where j.child.id = :c", Long.class)
                .setParameter("c", id).getSingleResult() > 0;
        return new NeedToKnow.ChildCase(day, child, episodesOf(id), leaver, named, journey);
    }

    /**
     * How a search finds a child: a blank search finds every child; otherwise the words match the start of the
     * surname or forename, or "forename surname", ignoring case, or the whole child reference or UPN.
     */
    static final String MATCHING = " and (:search = '%' or lower(c.surname) like :search or lower(c.forename) like :search"
            + " or lower(concat(concat(c.forename, ' '), c.surname)) like :search or upper(c.childRef) = :exact or c.upn = :exact)";

    private static String pattern(String search) {
        String words = search == null ? "" : search.trim().toLowerCase(Locale.UK).replace("%", "").replace("_", "");
        return words + "%";
    }

    private static String exact(String search) {
        return search == null ? "" : search.trim().toUpperCase(Locale.UK);
    }

    /** A child's episodes, earliest first. */
    public List<Episode> episodesOf(long childId) {
        return em.createQuery("select e from Episode e where e.child.id = :child order by e.startDate, e.id", Episode.class)
                .setParameter("child", childId).getResultList();
    }

    /** A child's UASC periods, earliest first. */
    public List<UascPeriod> uascPeriodsOf(long childId) {
        return em.createQuery("select u from UascPeriod u where u.child.id = :child order by u.startDate", UascPeriod.class)
                .setParameter("child", childId).getResultList();
    }

    /** Whether the council already holds a child with this reference (other than {@code exceptId}). */
    public boolean childRefTaken(long councilId, String childRef, Long exceptId) {
        return em.createQuery("select count(c) from Child c where c.council.id = :council and c.childRef = :ref"
                + " and c.id <> :except", Long.class)
                .setParameter("council", councilId).setParameter("ref", childRef)
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }
}
