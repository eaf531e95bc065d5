package org.corporateparenting.application.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.shared.Role;

/**
 * The IRO service's escalations still open (IRO Handbook 2010, ch. 6: an IRO's dispute resolution, informal then formal
 * stages): every open escalation about the council's children, the longest open first, one IRO's (who raised it) or all,
 * with the stage it is at and the day it reached it. Read in two queries whatever the number of children. IROs,
 * performance analysts and administrators.
 */
@Stateless
@RolesAllowed({Role.IRO, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class OpenEscalations {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    /** {@code raisedBy}: one IRO's (null: every IRO's). */
    public List<OpenEscalation> list(String raisedBy) {
        long council = users.callerCouncilId();
        List<Escalation> open = em.createQuery("""
                select e from Escalation e join fetch e.child where e.child.council.id = :c and e.closedOn is null
                  and (:anyone = true or e.raisedBy = :by) order by e.raisedOn, e.id""", Escalation.class)
                .setParameter("c", council).setParameter("anyone", raisedBy == null).setParameter("by", raisedBy == null ? "" : raisedBy)
                .getResultList();
        Map<Long, LocalDate> since = new HashMap<>();
        if (!open.isEmpty()) {
            em.createQuery("select s.escalation.id, max(s.enteredOn) from EscalationStep s where s.escalation in :e group by s.escalation.id",
                    Object[].class).setParameter("e", open).getResultList().forEach(r -> since.put((Long) r[0], (LocalDate) r[1]));
        }
        LocalDate today = LocalDate.now();
        return open.stream().map(e -> new OpenEscalation(e.getChild().getId(), e.getChild().getChildRef(), e.getRaisedBy(),
                e.getRaisedOn(), e.getStage(), since.getOrDefault(e.getId(), e.getRaisedOn()), new LinkedHashSet<>(e.getThemes()),
                ChronoUnit.DAYS.between(e.getRaisedOn(), today))).toList();
    }
}
