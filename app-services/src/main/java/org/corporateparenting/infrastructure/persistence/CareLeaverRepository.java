package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.careleaver.StayingPut;

/** Queries over care leavers' records. Open to any caller: the services that use it are the role boundary. */
@Stateless
@PermitAll
public class CareLeaverRepository {

    @PersistenceContext
    private EntityManager em;

    /** A page of the council's care leavers, optionally of one personal adviser, by child reference. */
    /**
     * The caseload's filters: the council's care leavers, one adviser's or all, and, when {@code lastContactBy} is given,
     * only those still open whose last successful contact (or, with none, the day they became eligible) is on or
     * before it: the ones whose next contact is due by then under the contact standard.
     */
    private static final String CASELOAD = """
            where l.child.council.id = :council and (:anyAdviser = true or l.personalAdviser = :adviser)
              and (:anyDue = true or (l.serviceClosedOn is null and coalesce((select max(c.contactDate) from CareLeaverContact c
                   where c.careLeaver = l and c.successful = true), l.eligibleFrom) <= :lastContactBy))""";

    private static <T> TypedQuery<T> caseload(TypedQuery<T> query, long councilId, String adviser,
            LocalDate lastContactBy) {
        return query.setParameter("council", councilId).setParameter("anyAdviser", adviser == null)
                .setParameter("adviser", adviser == null ? "" : adviser).setParameter("anyDue", lastContactBy == null)
                .setParameter("lastContactBy", lastContactBy == null ? LocalDate.now() : lastContactBy);
    }

    public List<CareLeaver> findPage(long councilId, String adviser, LocalDate lastContactBy, int page, int size) {
        return caseload(em.createQuery("select l from CareLeaver l join fetch l.child " + CASELOAD + " order by l.child.childRef",
                CareLeaver.class), councilId, adviser, lastContactBy).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** How many care leavers {@link #findPage} lists over all its pages. */
    public long count(long councilId, String adviser, LocalDate lastContactBy) {
        return caseload(em.createQuery("select count(l) from CareLeaver l " + CASELOAD, Long.class), councilId, adviser, lastContactBy)
                .getSingleResult();
    }

    /** The council's personal advisers with care leavers allocated, by name. */
    public List<String> advisers(long councilId) {
        return em.createQuery("""
                select distinct l.personalAdviser from CareLeaver l where l.child.council.id = :council
                  and l.personalAdviser is not null order by l.personalAdviser""", String.class)
                .setParameter("council", councilId).getResultList();
    }

    /** The child's care leaver record, or null. */
    public CareLeaver ofChild(long childId) {
        return em.createQuery("select l from CareLeaver l where l.child.id = :c", CareLeaver.class)
                .setParameter("c", childId).getResultStream().findFirst().orElse(null);
    }

    public List<CareLeaverContact> contactsOf(long careLeaverId) {
        return em.createQuery("select c from CareLeaverContact c where c.careLeaver.id = :l order by c.contactDate",
                CareLeaverContact.class).setParameter("l", careLeaverId).getResultList();
    }

    public List<LivingPeriod> periodsOf(long careLeaverId) {
        return em.createQuery("select p from LivingPeriod p where p.careLeaver.id = :l order by p.kind, p.fromDate",
                LivingPeriod.class).setParameter("l", careLeaverId).getResultList();
    }

    public List<PathwayPlan> plansOf(long careLeaverId) {
        return em.createQuery("select p from PathwayPlan p where p.careLeaver.id = :l order by p.completedOn",
                PathwayPlan.class).setParameter("l", careLeaverId).getResultList();
    }

    public List<StayingPut> stayingPutOf(long careLeaverId) {
        return em.createQuery("select s from StayingPut s where s.careLeaver.id = :l order by s.startDate",
                StayingPut.class).setParameter("l", careLeaverId).getResultList();
    }

    public List<BirthdayCheck> checksOf(long careLeaverId) {
        return em.createQuery("select b from BirthdayCheck b where b.careLeaver.id = :l order by b.birthdayAge",
                BirthdayCheck.class).setParameter("l", careLeaverId).getResultList();
    }
}
