package org.corporateparenting.application.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.corporateparenting.domain.audit.AuditChain;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.audit.AuditSeal;
import org.corporateparenting.domain.shared.Role;

/**
 * Seals the audit trail and checks the seals ({@link AuditChain}): every minute, each event not yet sealed is given
 * the next seal number and the chain's hash, oldest first, and the head of the chain is logged (its number and hash,
 * never what the events say) so a copy of it lives outside the database. The check recomputes every hash from the
 * first seal and names the first seal that does not match, the first gap in the numbers and any sealed event that has
 * gone. One sealer at a time; a second server sealing at the same moment fails on the seal number and tries again
 * the next minute.
 */
@Singleton
@PermitAll
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    static final int BATCH = 5_000;

    @PersistenceContext
    private EntityManager em;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @Lock(LockType.WRITE)
    void everyMinute() {
        seal();
    }

    /** Seals every event not yet sealed, oldest first, a batch at a time; returns how many. */
    @Lock(LockType.WRITE)
    public int seal() {
        AuditSeal head = em.createQuery("select s from AuditSeal s order by s.sealNo desc", AuditSeal.class).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        long number = head == null ? 0 : head.getSealNo();
        String hash = head == null ? AuditChain.START : head.getEntryHash();
        LocalDateTime now = LocalDateTime.now();
        int sealed = 0;
        List<AuditEvent> unsealed;
        do {
            unsealed = em.createQuery("""
                    select e from AuditEvent e where not exists (select s from AuditSeal s where s.eventId = e.id) order by e.id""",
                    AuditEvent.class).setMaxResults(BATCH).getResultList();
            for (AuditEvent e : unsealed) {
                hash = AuditChain.hash(hash, e);
                em.persist(new AuditSeal(++number, e.getId(), hash, now));
            }
            em.flush();
            em.clear();
            sealed += unsealed.size();
        } while (unsealed.size() == BATCH);
        if (sealed > 0) {
            long sealedTo = number;
            String headHash = hash;
            LOG.info(() -> "Audit trail sealed to seal " + sealedTo + ", hash " + headHash);
        }
        return sealed;
    }

    /** Seals what is waiting, then recomputes the whole chain ({@link AuditChainVerification}). Administrators and auditors. */
    @RolesAllowed({Role.ADMINISTRATOR, Role.AUDITOR})
    @Lock(LockType.WRITE)
    public AuditChainCheck check() {
        seal();
        return AuditChainVerification.verify(em);
    }
}
