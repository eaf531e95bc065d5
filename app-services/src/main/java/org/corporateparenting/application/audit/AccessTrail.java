package org.corporateparenting.application.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.corporateparenting.domain.audit.AuditAction;
import org.corporateparenting.domain.audit.AuditEvent;

/**
 * Writes to the audit trail what a user read through the API or on a screen and what they were refused (UK GDPR
 * accountability, article 5(2): the council must be able to show who saw a child's information). Each entry is
 * its own transaction, so a refusal whose request was rolled back is still recorded. Called by the web layer
 * for every request that reaches child-level data; the detail carries the address asked for and the caller's
 * network address, never field values.
 */
@Stateless
@PermitAll
public class AccessTrail {

    /** What an API read or refusal is recorded as (the audit trail's record type). */
    public static final String API_REQUEST = "ApiRequest";

    /** What a screen opened or refused is recorded as. */
    public static final String SCREEN = "Screen";

    /** What a read refused by need to know is recorded as ({@link #outsideCaseload}). */
    public static final String NEED_TO_KNOW = "NeedToKnow";

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void read(String username, Long childId, String request, String address) {
        note(username, AuditAction.READ, childId, request, address);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String username, int status, Long childId, String request, String address) {
        note(username, AuditAction.REFUSED, childId, status + " " + request, address);
    }

    /** A screen with child-level data opened: its address (path and query), the child when it names one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void opened(String username, Long childId, String screen, String address) {
        note(username, AuditAction.READ, SCREEN, childId, "SCREEN /" + screen, address);
    }

    /** A screen the user's role does not open. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refusedScreen(String username, Long childId, String screen, String address) {
        note(username, AuditAction.REFUSED, SCREEN, childId, "403 SCREEN /" + screen, address);
    }

    /**
     * A child's record asked for by a user whose caseload does not reach the child (need to know): the caller was told
     * there is no such child; the trail says why, by the child's id, never their name.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void outsideCaseload(String username, long childId) {
        em.persist(new AuditEvent(LocalDateTime.now(), username, AuditAction.REFUSED, NEED_TO_KNOW, childId, childId,
                "outside the user's caseload (need to know)"));
    }

    private void note(String username, AuditAction action, Long childId, String request, String address) {
        note(username, action, API_REQUEST, childId, request, address);
    }

    private void note(String username, AuditAction action, String type, Long childId, String request, String address) {
        em.persist(new AuditEvent(LocalDateTime.now(), username, action, type, childId == null ? 0 : childId,
                childId, request + " from " + address));
    }
}
