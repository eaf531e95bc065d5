package org.corporateparenting.application.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.corporateparenting.application.audit.AuditEntry;
import org.corporateparenting.domain.access.AppUser;
import org.corporateparenting.domain.access.UserChange;
import org.corporateparenting.domain.access.UserChangeAction;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.RecordStore;

/**
 * A council's set-up outside demo mode: the set-up administrator (who has no council yet) creates the council
 * and joins it; its administrators then correct its name and DfE local authority code and set its own
 * standards. Every change goes through the record store, so the audit trail holds its history (who, when,
 * each field's old and new value) and a save from an out-of-date copy is refused.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class CouncilSetUp {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private RecordStore store;

    @EJB
    private UserService users;

    /** The caller's council. */
    public CouncilRecord current() {
        return CouncilRecord.of(council());
    }

    /** Creates the council the set-up administrator will run, and attaches them to it. */
    public CouncilRecord create(String laCode, String name) {
        String me = context.getCallerPrincipal().getName();
        AppUser admin = em.find(AppUser.class, me);
        if (admin.getCouncil() != null) {
            throw RuleViolation.of("laCode", "You already administer " + admin.getCouncil().getName()
                    + ": a council is created once, by its set-up administrator.");
        }
        requireFreeCode(laCode, null);
        Council council = store.add(new Council(laCode, name), null);
        admin.join(council);
        em.persist(new UserChange(LocalDateTime.now(), me, me, UserChangeAction.JOINED_COUNCIL, "council " + council.getLaCode()));
        return CouncilRecord.of(council);
    }

    /** Changes the caller's council from the version they opened. */
    public CouncilRecord change(int openedVersion, String laCode, String name, Integer contactDays, Integer visitDays) {
        long id = council().getId();
        requireFreeCode(laCode, id);
        // The caller's user holds the council as a lazy proxy, whose fields the audit's snapshot cannot read:
        // start from a clean persistence context so the record store edits (and records) the council itself.
        em.flush();
        em.clear();
        return CouncilRecord.of(store.change(Council.class, id, openedVersion, null,
                c -> c.setUp(laCode, name, contactDays, visitDays)));
    }

    /** The council's set-up history, newest first. */
    public List<AuditEntry> history() {
        return store.history(Council.class, council().getId(), 200).stream()
                .map(a -> new AuditEntry(a.getHappenedAt(), a.getUsername(), a.getAction(), a.getRecordType(),
                        a.getRecordId(), a.getChildId(), a.getChanges()))
                .toList();
    }

    private Council council() {
        Long id = users.whoAmI().councilId();
        if (id == null) {
            throw new RecordNotFound("You have no council yet: create it first.");
        }
        return em.find(Council.class, id);
    }

    private void requireFreeCode(String laCode, Long except) {
        List<Long> holders = em.createQuery("select c.id from Council c where c.laCode = :code", Long.class)
                .setParameter("code", laCode).getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(except))) {
            throw RuleViolation.of("laCode", "Local authority code " + laCode + " is already used by another council.");
        }
    }
}
