package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.corporateparenting.domain.audit.AuditAction;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Recorded;
import org.corporateparenting.domain.shared.StaleRecord;

/**
 * The one way services store case records, so that every change is checked and written to the audit
 * trail: adding a record, changing one from the version the user opened (a save from an older version
 * is refused with who changed it since, never silently overwritten), removing one, and noting that a
 * child's record was read. Open to any caller: the services that use it are the role boundary.
 */
@Stateless
@PermitAll
public class RecordStore {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public <T extends Recorded> T find(Class<T> type, long id) {
        T record = em.find(type, id);
        if (record == null) {
            throw new RecordNotFound(nameOf(type), id);
        }
        return record;
    }

    /**
     * Stores a new record; {@code childId} links the audit entry to the child it concerns, if any (a new
     * child is linked to itself).
     */
    public <T extends Recorded> T add(T record, Long childId) {
        em.persist(record);
        em.flush();
        Long linked = childId == null && record instanceof Child ? record.getId() : childId;
        audit(AuditAction.CREATE, record, linked, Snapshot.of(record).asCreated());
        return record;
    }

    /**
     * Applies {@code edit} to the record if it is still at {@code openedVersion}; writes the changed
     * fields to the audit trail. The edit may throw a rule violation, which leaves nothing changed.
     */
    public <T extends Recorded> T change(Class<T> type, long id, int openedVersion, Long childId, Consumer<T> edit) {
        T record = find(type, id);
        requireVersion(record, openedVersion);
        Snapshot before = Snapshot.of(record);
        edit.accept(record);
        em.flush();
        String changes = Snapshot.of(record).changesSince(before);
        if (!changes.isEmpty()) {
            audit(AuditAction.UPDATE, record, childId, changes);
        }
        return record;
    }

    /**
     * Refuses a change based on an out-of-date copy before anything else is checked: the user must reload
     * before their other mistakes are worth reporting.
     */
    public <T extends Recorded> T requireOpened(Class<T> type, long id, int openedVersion) {
        T record = find(type, id);
        requireVersion(record, openedVersion);
        return record;
    }

    /**
     * Checks the record is still at {@code openedVersion} and moves its version on, for a change made
     * to records that belong to it (a household's terms, for example): two such changes from the same
     * opened version cannot both succeed.
     */
    public <T extends Recorded> T touch(Class<T> type, long id, int openedVersion) {
        T record = find(type, id);
        requireVersion(record, openedVersion);
        em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return record;
    }

    public <T extends Recorded> void remove(Class<T> type, long id, int openedVersion, Long childId) {
        T record = find(type, id);
        requireVersion(record, openedVersion);
        String was = Snapshot.of(record).asCreated();
        em.remove(record);
        audit(AuditAction.DELETE, record, childId, was);
    }

    /** Notes in the audit trail that the caller read this child's record. */
    public void noteRead(Recorded record, long childId) {
        audit(AuditAction.READ, record, childId, null);
    }

    /** Who last changed a record and when, or null when the trail has no change to it (a record loaded in bulk). */
    public LastChange lastChange(Recorded record) {
        List<AuditEvent> last = history(record.getClass(), record.getId(), 1);
        return last.isEmpty() ? null : LastChange.of(last.get(0));
    }

    /** Who last changed each of a type's records, in one query; a record with no change in the trail is left out. */
    public Map<Long, LastChange> lastChanges(Class<? extends Recorded> type, Collection<Long> ids) {
        Map<Long, LastChange> latest = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("""
                    select a from AuditEvent a where a.recordType = :type and a.recordId in :ids and a.action in :changes
                    order by a.happenedAt, a.id""", AuditEvent.class)
                    .setParameter("type", nameOf(type)).setParameter("ids", ids).setParameter("changes", AuditAction.CHANGES)
                    .getResultStream().forEach(a -> latest.put(a.getRecordId(), LastChange.of(a)));
        }
        return latest;
    }

    /** The latest changes to a record, newest first. */
    public List<AuditEvent> history(Class<? extends Recorded> type, long id, int limit) {
        return em.createQuery("""
                select a from AuditEvent a where a.recordType = :type and a.recordId = :id and a.action in :changes
                order by a.happenedAt desc, a.id desc""", AuditEvent.class)
                .setParameter("type", nameOf(type)).setParameter("id", id).setParameter("changes", AuditAction.CHANGES)
                .setMaxResults(limit).getResultList();
    }

    private void requireVersion(Recorded record, int openedVersion) {
        if (record.getVersion() != openedVersion) {
            List<AuditEvent> last = history(record.getClass(), record.getId(), 1);
            throw new StaleRecord(nameOf(record.getClass()), record.getId(), record.getVersion(),
                    last.isEmpty() ? null : last.get(0).getUsername(),
                    last.isEmpty() ? null : last.get(0).getHappenedAt());
        }
    }

    private void audit(AuditAction action, Recorded record, Long childId, String changes) {
        em.persist(new AuditEvent(LocalDateTime.now(), context.getCallerPrincipal().getName(), action,
                nameOf(record.getClass()), record.getId(), childId, changes));
    }

    private static String nameOf(Class<?> type) {
        return Snapshot.unproxied(type).getSimpleName();
    }
}
