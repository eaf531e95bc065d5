package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.household.Allegation;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.CarerTraining;
import org.corporateparenting.domain.household.Complaint;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdCarer;
import org.corporateparenting.domain.household.HouseholdHold;
import org.corporateparenting.domain.household.HouseholdReview;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.NamedChild;
import org.corporateparenting.domain.household.SupervisoryVisit;

/**
 * Queries over fostering households. A child is placed with a household on a date when one of the
 * child's episodes with that household is open at the end of the day (as for "looked after").
 * Open to any caller: the services that use it are the role boundary.
 */
@Stateless
@PermitAll
public class HouseholdRepository {

    @PersistenceContext
    private EntityManager em;

    /** The register's filters: the council's households, of one type or any, approved on a date or at any time. */
    private static final String REGISTER = """
            where h.council.id = :council
              and (:anyType = true or h.type = :type)
              and (:anyDate = true or (h.approvedOn <= :on and (h.deregisteredOn is null or h.deregisteredOn > :on)))
              and (:anyArea = true or upper(h.postcode) like :area)""";

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, long councilId, HouseholdType type,
            LocalDate approvedOn, String area) {
        return query.setParameter("council", councilId)
                .setParameter("anyArea", area == null).setParameter("area", area == null ? "" : area + "%")
                .setParameter("anyType", type == null).setParameter("type", type == null ? HouseholdType.MAINSTREAM : type)
                .setParameter("anyDate", approvedOn == null).setParameter("on", approvedOn == null ? LocalDate.now() : approvedOn);
    }

    /**
     * A page of a council's households by reference, optionally of one type, only those approved on a date, and only
     * those whose postcode starts with an area (upper case, or null for any).
     */
    public List<FosterHousehold> findPage(long councilId, HouseholdType type, LocalDate approvedOn, String area, int page, int size) {
        return filtered(em.createQuery("select h from FosterHousehold h " + REGISTER + " order by h.householdRef", FosterHousehold.class),
                councilId, type, approvedOn, area).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** How many households {@link #findPage} would list over all its pages. */
    public long count(long councilId, HouseholdType type, LocalDate approvedOn, String area) {
        return filtered(em.createQuery("select count(h) from FosterHousehold h " + REGISTER, Long.class), councilId, type, approvedOn, area)
                .getSingleResult();
    }

    public List<ApprovalTerms> termsOf(long householdId) {
        return em.createQuery("select t from ApprovalTerms t where t.household.id = :h order by t.effectiveFrom",
                ApprovalTerms.class).setParameter("h", householdId).getResultList();
    }

    /** The terms in force on each of the households on the date (none for a household not approved then). */
    public Map<Long, ApprovalTerms> termsOn(List<FosterHousehold> households, LocalDate date) {
        Map<Long, ApprovalTerms> byHousehold = new HashMap<>();
        if (!households.isEmpty()) {
            em.createQuery("""
                    select t from ApprovalTerms t where t.household in :households and t.effectiveFrom <= :d
                      and (t.effectiveTo is null or t.effectiveTo > :d)""", ApprovalTerms.class)
                    .setParameter("households", households).setParameter("d", date).getResultList()
                    .forEach(t -> byHousehold.put(t.getHousehold().getId(), t));
        }
        return byHousehold;
    }

    /** How many children each of the households has placed at the end of the date. */
    public Map<Long, Long> placedCounts(List<FosterHousehold> households, LocalDate date) {
        Map<Long, Long> counts = new HashMap<>();
        if (!households.isEmpty()) {
            em.createQuery("""
                    select e.household.id, count(distinct e.child.id) from Episode e where e.household in :households
                      and e.startDate <= :d and (e.endDate is null or e.endDate > :d) group by e.household.id""",
                    Object[].class)
                    .setParameter("households", households).setParameter("d", date).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    public List<Episode> placementsOn(long householdId, LocalDate date) {
        return em.createQuery("""
                select e from Episode e join fetch e.child where e.household.id = :h and e.startDate <= :d
                  and (e.endDate is null or e.endDate > :d) order by e.startDate""", Episode.class)
                .setParameter("h", householdId).setParameter("d", date).getResultList();
    }

    /** Whether the child is named on the household's approval (a connected person's, see {@code NamedChild}). */
    public boolean isNamed(long householdId, long childId) {
        return em.createQuery("select count(n) from NamedChild n where n.household.id = :h and n.child.id = :c", Long.class)
                .setParameter("h", householdId).setParameter("c", childId).getSingleResult() > 0;
    }

    /** The children named on the household's approval, in the order named. */
    public List<NamedChild> namedChildrenOf(long householdId) {
        return em.createQuery("select n from NamedChild n where n.household.id = :h order by n.namedOn, n.id", NamedChild.class)
                .setParameter("h", householdId).getResultList();
    }

    /** The ids of the households (of those given) on whose approval the child is named. */
    public Set<Long> namingChild(List<FosterHousehold> households, long childId) {
        if (households.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                "select n.household.id from NamedChild n where n.household in :households and n.child.id = :c", Long.class)
                .setParameter("households", households).setParameter("c", childId).getResultList());
    }

    /** Whether the child was placed with the household at the end of the date. */
    public boolean wasPlaced(long householdId, long childId, LocalDate date) {
        return em.createQuery("""
                select count(e) from Episode e where e.household.id = :h and e.child.id = :c and e.startDate <= :d
                  and (e.endDate is null or e.endDate > :d)""", Long.class)
                .setParameter("h", householdId).setParameter("c", childId).setParameter("d", date).getSingleResult() > 0;
    }

    public List<HouseholdHold> holdsOf(long householdId) {
        return em.createQuery("select h from HouseholdHold h where h.household.id = :h order by h.fromDate",
                HouseholdHold.class).setParameter("h", householdId).getResultList();
    }

    /** The ids of the households on hold at the end of the date. */
    public Set<Long> onHold(List<FosterHousehold> households, LocalDate date) {
        if (households.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                select h.household.id from HouseholdHold h where h.household in :households and h.fromDate <= :d
                  and (h.toDate is null or h.toDate > :d)""", Long.class)
                .setParameter("households", households).setParameter("d", date).getResultList());
    }

    public List<HouseholdReview> reviewsOf(long householdId) {
        return em.createQuery("select r from HouseholdReview r where r.household.id = :h order by r.heldOn",
                HouseholdReview.class).setParameter("h", householdId).getResultList();
    }

    public List<SupervisoryVisit> visitsOf(long householdId) {
        return em.createQuery("select v from SupervisoryVisit v where v.household.id = :h order by v.visitDate",
                SupervisoryVisit.class).setParameter("h", householdId).getResultList();
    }

    public List<Allegation> allegationsOf(long householdId) {
        return em.createQuery("select a from Allegation a where a.household.id = :h order by a.referralDate",
                Allegation.class).setParameter("h", householdId).getResultList();
    }

    public List<HouseholdCarer> carersOf(long householdId) {
        return em.createQuery("select c from HouseholdCarer c where c.household.id = :h order by c.role, c.name",
                HouseholdCarer.class).setParameter("h", householdId).getResultList();
    }

    public List<CarerTraining> trainingOf(long householdId) {
        return em.createQuery("select t from CarerTraining t where t.household.id = :h order by t.completedOn, t.id",
                CarerTraining.class).setParameter("h", householdId).getResultList();
    }

    public List<Complaint> complaintsOf(long householdId) {
        return em.createQuery("select c from Complaint c where c.household.id = :h order by c.receivedDate",
                Complaint.class).setParameter("h", householdId).getResultList();
    }

    public boolean refTaken(long councilId, String householdRef) {
        return em.createQuery("select count(h) from FosterHousehold h where h.council.id = :c and h.householdRef = :r",
                Long.class).setParameter("c", councilId).setParameter("r", householdRef).getSingleResult() > 0;
    }
}
