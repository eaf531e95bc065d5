package org.corporateparenting.application.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.shared.Role;

/**
 * The audit trail of a child's record: every creation, change, removal and read of the child and the
 * records about them, newest first (administrators); and everything one user read, changed or was refused
 * (administrators and auditors).
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ChildService children;

    /**
     * What a user read, changed or was refused between two times (inclusive), newest first: the question an
     * information governance officer asks of a user. Administrators and auditors.
     */
    @RolesAllowed({Role.ADMINISTRATOR, Role.AUDITOR})
    public List<AuditEntry> byUser(String username, LocalDateTime from, LocalDateTime to, int limit) {
        return em.createQuery("""
                        select a from AuditEvent a where a.username = :user and a.happenedAt >= :from and a.happenedAt <= :to
                        order by a.happenedAt desc, a.id desc""", AuditEvent.class)
                .setParameter("user", username).setParameter("from", from).setParameter("to", to)
                .setMaxResults(Math.min(Math.max(limit, 1), 10_000)).getResultList()
                .stream().map(AuditService::entry).toList();
    }

    public List<AuditEntry> trailOfChild(long childId, int limit) {
        children.childOfCaller(childId);
        return em.createQuery("select a from AuditEvent a where a.childId = :child order by a.happenedAt desc, a.id desc",
                        AuditEvent.class)
                .setParameter("child", childId).setMaxResults(Math.min(Math.max(limit, 1), 1000)).getResultList()
                .stream()
                .map(AuditService::entry)
                .toList();
    }

    private static AuditEntry entry(AuditEvent a) {
        return new AuditEntry(a.getHappenedAt(), a.getUsername(), a.getAction(), a.getRecordType(), a.getRecordId(),
                a.getChildId(), a.getChanges());
    }
}
