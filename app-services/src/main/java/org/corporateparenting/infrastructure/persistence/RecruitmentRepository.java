package org.corporateparenting.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.corporateparenting.domain.recruitment.PanelCase;
import org.corporateparenting.domain.recruitment.PanelMeeting;

/**
 * Queries over the fostering recruitment pipeline (enquiries) and the fostering panel (meetings and the cases heard),
 * always within one council. References are matched without regard to case, as the people who type them do. Open to
 * any caller: the services that use it are the role boundary.
 */
@Stateless
@PermitAll
public class RecruitmentRepository {

    @PersistenceContext
    private EntityManager em;

    /** Every enquiry of the council, the latest received first. */
    public List<FosteringEnquiry> enquiriesOf(long councilId) {
        return em.createQuery("select e from FosteringEnquiry e where e.council.id = :c order by e.receivedOn desc",
                FosteringEnquiry.class).setParameter("c", councilId).getResultList();
    }

    /** The enquiries neither approved nor closed, the longest-standing first. */
    public List<FosteringEnquiry> openEnquiriesOf(long councilId) {
        return em.createQuery("""
                select e from FosteringEnquiry e where e.council.id = :c and e.closedOn is null and e.approvedOn is null
                order by e.receivedOn, e.id""", FosteringEnquiry.class).setParameter("c", councilId).getResultList();
    }

    /** The enquiries received between the two dates, both included. */
    public List<FosteringEnquiry> enquiriesReceived(long councilId, LocalDate from, LocalDate to) {
        return em.createQuery("""
                select e from FosteringEnquiry e where e.council.id = :c and e.receivedOn between :f and :t""",
                FosteringEnquiry.class).setParameter("c", councilId).setParameter("f", from).setParameter("t", to)
                .getResultList();
    }

    /** Whether the council already holds an enquiry with exactly this reference. */
    public boolean enquiryRefTaken(long councilId, String enquiryRef) {
        return em.createQuery("select count(e) from FosteringEnquiry e where e.council.id = :c and e.enquiryRef = :r",
                Long.class).setParameter("c", councilId).setParameter("r", enquiryRef).getSingleResult() > 0;
    }

    /** The id of the council's enquiry with this reference, in any case. */
    public Optional<Long> enquiryWithRef(long councilId, String reference) {
        return em.createQuery("""
                select e.id from FosteringEnquiry e where e.council.id = :c and upper(e.enquiryRef) = upper(:r)""", Long.class)
                .setParameter("c", councilId).setParameter("r", reference).getResultStream().findFirst();
    }

    /** The id of the council's fostering household with this reference, in any case. */
    public Optional<Long> householdWithRef(long councilId, String reference) {
        return em.createQuery("""
                select h.id from FosterHousehold h where h.council.id = :c and upper(h.householdRef) = upper(:r)""", Long.class)
                .setParameter("c", councilId).setParameter("r", reference).getResultStream().findFirst();
    }

    /** A page of the council's panel meetings, the latest first. */
    public List<PanelMeeting> panelsOf(long councilId, int page, int size) {
        return em.createQuery("""
                select m from PanelMeeting m where m.council.id = :c order by m.meetingDate desc, m.id desc""",
                PanelMeeting.class).setParameter("c", councilId).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long countPanels(long councilId) {
        return em.createQuery("select count(m) from PanelMeeting m where m.council.id = :c", Long.class)
                .setParameter("c", councilId).getSingleResult();
    }

    /** For each meeting given: the cases heard and how many of them have a decision, by meeting id. */
    public Map<Long, long[]> casesHeardAndDecided(List<PanelMeeting> meetings) {
        Map<Long, long[]> cases = new HashMap<>();
        if (!meetings.isEmpty()) {
            em.createQuery("""
                    select c.meeting.id, count(c), count(c.decision) from PanelCase c where c.meeting in :m group by c.meeting.id""",
                    Object[].class).setParameter("m", meetings).getResultList()
                    .forEach(r -> cases.put((Long) r[0], new long[] {(Long) r[1], (Long) r[2]}));
        }
        return cases;
    }

    /** The cases heard at a meeting, in the order they were recorded. */
    public List<PanelCase> casesOf(PanelMeeting meeting) {
        return em.createQuery("select c from PanelCase c where c.meeting = :m order by c.id", PanelCase.class)
                .setParameter("m", meeting).getResultList();
    }
}
