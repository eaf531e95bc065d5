package org.corporateparenting.application.child;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CodeList;
import org.corporateparenting.domain.code.PermanenceCodes;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.education.EducationRecord;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.infrastructure.persistence.RecordStore;

/**
 * A child's chronology, as practitioners read a case file: every dated event of their records (care episodes and
 * placement moves, reviews, health assessments and checks, times missing, education, adoption milestones, social workers
 * allocated, by their workforce identifier), newest
 * first, with codes written out in the words of the SSDA903 code lists. Practitioners of the child's council only;
 * every read is written to the audit trail.
 */
@Stateless
@RolesAllowed(Role.PRACTITIONER)
public class ChronologyService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ChildService children;

    @EJB
    private RecordStore store;

    public List<ChronologyEntry> of(long childId) {
        Child child = children.childOfCaller(childId);
        store.noteRead(child, childId);
        List<ChronologyEntry> entries = new ArrayList<>();
        for (Episode e : list("select e from Episode e where e.child.id = :c", Episode.class, childId)) {
            entries.add(new ChronologyEntry(e.getStartDate(), "Episode", "Episode started: " + words(Ssda903Codes.REASON_NEW, e.getReasonNew())
                    + "; " + words(Ssda903Codes.LEGAL_STATUS, e.getLegalStatus()) + "; "
                    + words(Ssda903Codes.PLACEMENT_TYPE, e.getPlacementType())));
            if (e.getEndDate() != null) {
                entries.add(new ChronologyEntry(e.getEndDate(), "Episode", "Episode ended: "
                        + words(Ssda903Codes.REASON_CEASED, e.getReasonCeased())));
            }
        }
        for (LookedAfterReview r : list("select r from LookedAfterReview r where r.child.id = :c", LookedAfterReview.class, childId)) {
            if (r.getHeldOn() != null) {
                entries.add(new ChronologyEntry(r.getHeldOn(), "Review", "Review held" + (r.getHeldOn().isAfter(r.getDueDate()) ? " (late)" : "")
                        + (r.getParticipation() == null ? "" : "; " + words(Ssda903Codes.PARTICIPATION, r.getParticipation()))));
            }
        }
        for (HealthAssessment a : list("select a from HealthAssessment a where a.child.id = :c", HealthAssessment.class, childId)) {
            if (a.getCompletedOn() != null) {
                entries.add(new ChronologyEntry(a.getCompletedOn(), "Health", (a.getKind() == HealthAssessment.Kind.INITIAL ? "Initial" : "Review")
                        + " health assessment"));
            }
        }
        for (HealthCheck h : list("select h from HealthCheck h where h.child.id = :c", HealthCheck.class, childId)) {
            entries.add(new ChronologyEntry(h.getCheckedOn(), "Health", sentence(h.getKind().name()) + " check"
                    + (h.getScore() == null ? "" : ", score " + h.getScore())));
        }
        for (MissingEpisode m : list("select m from MissingEpisode m where m.child.id = :c", MissingEpisode.class, childId)) {
            entries.add(new ChronologyEntry(m.getStartDate(), "Missing", (m.getKind() == MissingEpisode.Kind.MISSING ? "Missing" : "Absent")
                    + (m.getEndDate() == null ? ", not yet returned" : ", returned " + UkDates.format(m.getEndDate()))));
        }
        for (EducationRecord r : list("select r from EducationRecord r where r.child.id = :c", EducationRecord.class, childId)) {
            entries.add(new ChronologyEntry(r.getFromDate(), "Education", sentence(r.getKind().name())));
        }
        for (AdoptionJourney j : list("select j from AdoptionJourney j where j.child.id = :c", AdoptionJourney.class, childId)) {
            j.milestones().forEach((m, on) -> entries.add(new ChronologyEntry(on, "Adoption", sentence(m.name())
                    + (m == Milestone.DECISION_REVERSED && j.getDecisionReversedReason() != null
                            ? ": " + words(PermanenceCodes.REASON_PLACED_CEASED, j.getDecisionReversedReason()) : ""))));
        }
        for (SocialWorkerEpisode w : list("select w from SocialWorkerEpisode w where w.child.id = :c", SocialWorkerEpisode.class, childId)) {
            entries.add(new ChronologyEntry(w.getStartDate(), "Social worker", "Social worker " + w.getSocialWorker() + " allocated"
                    + (w.getReason() == null ? "" : " (" + words(Ssda903Codes.SOCIAL_WORKER_CHANGE, w.getReason()) + ")")));
        }
        entries.sort(Comparator.comparing(ChronologyEntry::date).reversed());
        return entries;
    }

    private <T> List<T> list(String query, Class<T> type, long childId) {
        return em.createQuery(query, type).setParameter("c", childId).getResultList();
    }

    /** A code with its label: "U4 Placed with foster carer..."; an unknown code as it is. */
    private static String words(CodeList list, String code) {
        return code == null ? "not recorded" : code + list.find(code).map(c -> " " + c.label()).orElse("");
    }

    /** PEP_INITIAL reads "Pep initial"; SHOULD_BE_PLACED reads "Should be placed". */
    private static String sentence(String name) {
        return Words.of(name);
    }
}
