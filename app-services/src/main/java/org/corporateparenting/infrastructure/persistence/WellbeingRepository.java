package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.corporateparenting.domain.education.Attendance;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;

/** A child's health, safety and education records, oldest first. Open to any caller: services check roles. */
@Stateless
@PermitAll
public class WellbeingRepository {

    @PersistenceContext
    private EntityManager em;

    public List<HealthAssessment> assessmentsOf(long childId) {
        return em.createQuery("select a from HealthAssessment a where a.child.id = :c order by a.completedOn",
                HealthAssessment.class).setParameter("c", childId).getResultList();
    }

    public List<HealthCheck> checksOf(long childId) {
        return em.createQuery("select h from HealthCheck h where h.child.id = :c order by h.checkedOn",
                HealthCheck.class).setParameter("c", childId).getResultList();
    }

    public List<MissingEpisode> missingOf(long childId) {
        return em.createQuery("select m from MissingEpisode m where m.child.id = :c order by m.startDate",
                MissingEpisode.class).setParameter("c", childId).getResultList();
    }

    public List<EducationRecord> educationOf(long childId) {
        return em.createQuery("select e from EducationRecord e where e.child.id = :c order by e.fromDate",
                EducationRecord.class).setParameter("c", childId).getResultList();
    }

    public List<Attendance> attendanceOf(long childId) {
        return em.createQuery("select a from Attendance a where a.child.id = :c order by a.academicYear, a.term",
                Attendance.class).setParameter("c", childId).getResultList();
    }
}
