package org.corporateparenting.application.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corporateparenting.domain.council.HeldByCouncil;
import org.corporateparenting.domain.shared.RecordNotFound;

/**
 * The one place the rule "a user sees only their own council's records" is applied to a record looked
 * up by id: a record of another council is reported as not found (never as forbidden), so its
 * existence is not given away. Open to any caller: the services using it check the roles.
 */
@Stateless
@PermitAll
public class CouncilRecords {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    /** The record if it exists and belongs to the caller's council; {@code label} names it in the message. */
    public <T extends HeldByCouncil> T find(Class<T> type, long id, String label) {
        T record = em.find(type, id);
        if (record == null || record.getCouncil().getId() != users.callerCouncilId()) {
            throw new RecordNotFound(label, id);
        }
        return record;
    }
}
