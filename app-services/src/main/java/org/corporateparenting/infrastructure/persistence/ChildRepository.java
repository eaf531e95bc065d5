package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    @PersistenceContext
    private EntityManager em;

    /** How many of the council's children are looked after at the end of the day ({@link LookedAfter}). */
    public long countLookedAfterOn(long councilId, LocalDate date) {
        return em.createQuery("""
                select count(distinct e.child.id) from Episode e
                where e.child.council.id = :council and e.startDate <= :date
                  and (e.endDate is null or e.endDate > :date) and e.legalStatus not in :shortBreaks""", Long.class)
                .setParameter("council", councilId)
                .setParameter("date", date)
                .setParameter("shortBreaks", LookedAfter.SHORT_BREAKS)
                .getSingleResult();
    }

    /** Of the given children, the ids of those looked after at the end of the given day. */
    public Set<Long> lookedAfterAmong(List<Child> children, LocalDate date) {
        if (children.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                select e.child.id from Episode e where e.child in :children
                  and e.startDate <= :date and (e.endDate is null or e.endDate > :date)
                  and e.legalStatus not in :shortBreaks""", Long.class)
                .setParameter("children", children)
                .setParameter("shortBreaks", LookedAfter.SHORT_BREAKS)
                .setParameter("date", date)
                .getResultList());
    }

    /** A page of a council's children ordered by surname, forename and id (stable across pages). */
    /** A page of the council's children by surname; {@code search} (may be blank) as {@link #MATCHING} reads it. */
    public List<Child> findPage(long councilId, String search, int page, int size) {
        return em.createQuery("select c from Child c where c.council.id = :council" + MATCHING + " order by c.surname, c.forename, c.id",
                        Child.class)
                .setParameter("council", councilId)
                .setParameter("search", pattern(search)).setParameter("exact", exact(search))
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
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

    public long countChildren(long councilId, String search) {
        return em.createQuery("select count(c) from Child c where c.council.id = :council" + MATCHING, Long.class)
                .setParameter("council", councilId)
                .setParameter("search", pattern(search)).setParameter("exact", exact(search))
                .getSingleResult();
    }
}
