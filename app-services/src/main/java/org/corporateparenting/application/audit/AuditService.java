package org.corporateparenting.application.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.shared.Role;

/**
 * The audit trail of a child's record: every creation, change, removal and read of the child and the
 * records about them, newest first. Administrators only.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ChildService children;

    public List<AuditEntry> trailOfChild(long childId, int limit) {
        children.childOfCaller(childId);
        return em.createQuery("select a from AuditEvent a where a.childId = :child order by a.happenedAt desc, a.id desc",
                        AuditEvent.class)
                .setParameter("child", childId).setMaxResults(Math.min(Math.max(limit, 1), 1000)).getResultList()
                .stream()
                .map(a -> new AuditEntry(a.getHappenedAt(), a.getUsername(), a.getAction(), a.getRecordType(),
                        a.getRecordId(), a.getChanges()))
                .toList();
    }
}
