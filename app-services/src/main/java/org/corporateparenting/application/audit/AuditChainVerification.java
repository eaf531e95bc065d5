package org.corporateparenting.application.audit;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.audit.AuditChain;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.audit.AuditSeal;

/**
 * Recomputes the audit trail's hash chain ({@link AuditChain}) from its first seal, a batch at a time: the seals must
 * be numbered 1, 2, 3… with no gap, each sealed event must still be there, and each hash must be the one its event
 * and the previous hash give. The first failure is named; events not yet sealed are counted.
 */
public final class AuditChainVerification {

    private AuditChainVerification() {
    }

    public static AuditChainCheck verify(EntityManager em) {
        String hash = AuditChain.START;
        long expected = 1;
        long verified = 0;
        while (true) {
            List<AuditSeal> seals = em.createQuery("select s from AuditSeal s where s.sealNo >= :from order by s.sealNo", AuditSeal.class)
                    .setParameter("from", expected).setMaxResults(AuditSealer.BATCH).getResultList();
            if (seals.isEmpty()) {
                break;
            }
            Map<Long, AuditEvent> events = new HashMap<>();
            em.createQuery("select e from AuditEvent e where e.id in :ids", AuditEvent.class)
                    .setParameter("ids", seals.stream().map(AuditSeal::getEventId).toList()).getResultStream()
                    .forEach(e -> events.put(e.getId(), e));
            for (AuditSeal s : seals) {
                if (s.getSealNo() != expected) {
                    return AuditChainCheck.broken(verified, s.getSealNo(), "seals " + expected + " to " + (s.getSealNo() - 1) + " are missing");
                }
                AuditEvent e = events.get(s.getEventId());
                if (e == null) {
                    return AuditChainCheck.broken(verified, s.getSealNo(), "the event it sealed (" + s.getEventId() + ") has been removed");
                }
                hash = AuditChain.hash(hash, e);
                if (!hash.equals(s.getEntryHash())) {
                    return AuditChainCheck.broken(verified, s.getSealNo(), "event " + e.getId() + " has been changed since it was sealed");
                }
                expected++;
                verified++;
            }
            em.clear();
        }
        long unsealed = em.createQuery("select count(e) from AuditEvent e where not exists (select s from AuditSeal s where s.eventId = e.id)",
                Long.class).getSingleResult();
        return AuditChainCheck.intact(verified, unsealed, hash);
    }
}
