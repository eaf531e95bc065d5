package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.review.EscalationStep;
import org.corporateparenting.domain.review.IroAllocation;
import org.corporateparenting.domain.review.LookedAfterReview;

/**
 * Queries over reviews, IRO allocations and escalations. An IRO's caseload on a date is the children
 * allocated to them then who are looked after at the end of that day. Open to any caller: the services
 * that use it are the role boundary.
 */
@Stateless
@PermitAll
public class ReviewRepository {

    @PersistenceContext
    private EntityManager em;

    public List<LookedAfterReview> reviewsOf(long childId) {
        return em.createQuery("select r from LookedAfterReview r where r.child.id = :c order by r.heldOn",
                LookedAfterReview.class).setParameter("c", childId).getResultList();
    }

    public List<IroAllocation> allocationsOf(long childId) {
        return em.createQuery("select a from IroAllocation a where a.child.id = :c order by a.fromDate",
                IroAllocation.class).setParameter("c", childId).getResultList();
    }

    /** Each IRO of the council with the number of children in their caseload on the date, largest first. */
    public List<Object[]> caseloads(long councilId, LocalDate date) {
        return em.createQuery("""
                select a.iro, count(distinct a.child.id) from IroAllocation a
                where a.child.council.id = :council and a.fromDate <= :d and (a.toDate is null or a.toDate > :d)
                  and exists (select e from Episode e where e.child = a.child and e.startDate <= :d
                              and (e.endDate is null or e.endDate > :d))
                group by a.iro order by count(distinct a.child.id) desc, a.iro""", Object[].class)
                .setParameter("council", councilId).setParameter("d", date).getResultList();
    }

    public List<Escalation> escalationsOf(long childId) {
        return em.createQuery("select e from Escalation e where e.child.id = :c order by e.raisedOn", Escalation.class)
                .setParameter("c", childId).getResultList();
    }

    public List<EscalationStep> stepsOf(long escalationId) {
        return em.createQuery("select s from EscalationStep s where s.escalation.id = :e order by s.enteredOn, s.id",
                EscalationStep.class).setParameter("e", escalationId).getResultList();
    }

    /** Whether a user of the council holds the IRO role. */
    public boolean isIroOf(long councilId, String username) {
        return em.createQuery("""
                select count(u) from AppUser u join u.roles r where u.username = :u and u.council.id = :c and r = 'iro'""",
                Long.class).setParameter("u", username).setParameter("c", councilId).getSingleResult() > 0;
    }
}
