package org.corporateparenting.application.adoption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.Words;

/**
 * The adoption team's list of children with an adoption plan: every journey of the council with its latest milestone and
 * its timeliness against the adoption scorecard thresholds ({@link AdoptionJourney#A1_THRESHOLD_DAYS},
 * {@link AdoptionJourney#A2_THRESHOLD_DAYS}); journeys still open (no adoption order, order not revoked, not disrupted) or
 * all; those waiting longest for a match first. One query. The adoption team and administrators.
 */
@Stateless
@RolesAllowed({Role.ADOPTION, Role.ADMINISTRATOR})
public class AdoptionJourneys {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserService users;

    public List<JourneySummary> list(boolean openOnly) {
        LocalDate today = LocalDate.now();
        return em.createQuery("select j from AdoptionJourney j join fetch j.child where j.child.council.id = :c", AdoptionJourney.class)
                .setParameter("c", users.callerCouncilId()).getResultStream()
                .filter(j -> !openOnly || open(j, today))
                .map(j -> summary(j, today))
                .sorted(Comparator.comparing((JourneySummary s) -> s.daysWaiting() == null ? -1 : s.daysWaiting()).reversed()
                        .thenComparing(JourneySummary::childRef))
                .toList();
    }

    private static boolean open(AdoptionJourney j, LocalDate today) {
        return !j.reachedBy(Milestone.ADOPTION_ORDER, today) && !j.endedWithoutAdoptionBy(today);
    }

    private static JourneySummary summary(AdoptionJourney j, LocalDate today) {
        Map.Entry<Milestone, LocalDate> latest = j.milestones().entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        Long toMovingIn = j.daysToMovingIn();
        Long toMatch = j.daysOrderToMatch();
        Long waiting = j.waitingForMatchOn(today) ? ChronoUnit.DAYS.between(j.dateOf(Milestone.PLACEMENT_ORDER), today) : null;
        return new JourneySummary(j.getChild().getId(), j.getChild().getChildRef(), j.getChild().getForename() + " " + j.getChild().getSurname(),
                latest == null ? "Entered care" : Words.of(latest.getKey().name()), latest == null ? j.getEnteredCare() : latest.getValue(),
                toMovingIn, toMovingIn != null && toMovingIn <= AdoptionJourney.A1_THRESHOLD_DAYS,
                toMatch, toMatch != null && toMatch <= AdoptionJourney.A2_THRESHOLD_DAYS,
                waiting, waiting != null && waiting > AdoptionJourney.A2_THRESHOLD_DAYS);
    }
}
