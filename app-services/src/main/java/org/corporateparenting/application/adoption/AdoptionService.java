package org.corporateparenting.application.adoption;

import static org.corporateparenting.domain.shared.UkDates.format;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.access.CouncilRecords;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.AdoptionJourneyRules;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Reference;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.AdoptionRepository;
import org.corporateparenting.infrastructure.persistence.ChildRepository;
import org.corporateparenting.infrastructure.persistence.RecordStore;

/**
 * Adoption journeys (started for a child looked after, from the start of their period of care; each
 * milestone checked by {@link AdoptionJourneyRules}) and adopter households moving through the
 * two-stage process in order, never backwards nor in the future. The adoption team and administrators
 * record; practitioners read.
 */
@Stateless
@RolesAllowed({Role.ADOPTION, Role.ADMINISTRATOR})
public class AdoptionService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AdoptionRepository repository;

    @EJB
    private CouncilRecords councilRecords;

    @EJB
    private ChildService children;

    @EJB
    private ChildRepository childRepository;

    @EJB
    private RecordStore store;

    @EJB
    private UserService users;

    @RolesAllowed(Role.PRACTITIONER)
    /** The child's adoption journey; the read is written to the audit trail. */
    public JourneyView journeyOf(long childId) {
        store.noteRead(children.childOfCaller(childId), childId);
        return viewOf(journey(childId));
    }

    public JourneyView start(long childId) {
        Child child = children.childOfCaller(childId);
        if (findJourney(childId) != null) {
            throw RuleViolation.of("childId", "The child's adoption journey is already recorded.");
        }
        LocalDate today = LocalDate.now();
        PeriodOfCare period = PeriodOfCare.containing(childRepository.episodesOf(childId), today).orElseThrow(() -> RuleViolation.of("childId", "The child is not looked after today."));
        return viewOf(store.add(new AdoptionJourney(child, period.start()), childId));
    }

    public JourneyView reach(long childId, int openedVersion, Milestone milestone, LocalDate on, Long adopterHouseholdId) {
        children.childOfCaller(childId);
        AdoptionJourney journey = journey(childId);
        store.requireOpened(AdoptionJourney.class, journey.getId(), openedVersion);
        AdopterHousehold adopters = adopterHouseholdId == null ? null : adoptersOfCaller(adopterHouseholdId);
        FieldError error = AdoptionJourneyRules.check(journey, milestone, on, adopters, LocalDate.now());
        if (error != null) {
            throw new RuleViolation(List.of(error));
        }
        return viewOf(store.change(AdoptionJourney.class, journey.getId(), openedVersion, childId,
                j -> j.reach(milestone, on, adopters)));
    }

    @RolesAllowed(Role.PRACTITIONER)
    public List<AdoptersView> adopters() {
        List<AdopterHousehold> households = repository.adoptersOf(users.callerCouncilId());
        Map<Long, LastChange> changes = store.lastChanges(AdopterHousehold.class,
                households.stream().map(AdopterHousehold::getId).toList());
        return households.stream().map(h -> AdoptersView.of(h, changes.get(h.getId()))).toList();
    }

    public AdoptersView registerAdopters(String householdRef, LocalDate enquiryOn) {
        long council = users.callerCouncilId();
        if (!Reference.HOUSEHOLD.fits(householdRef)) {
            throw RuleViolation.of("householdRef", Reference.HOUSEHOLD.rule());
        }
        if (repository.hasAdopters(council, householdRef)) {
            throw RuleViolation.of("householdRef", "The council already has adopters " + householdRef + ".");
        }
        if (enquiryOn == null || enquiryOn.isAfter(LocalDate.now())) {
            throw RuleViolation.of("enquiryOn", "Give the date of the enquiry, not in the future.");
        }
        AdopterHousehold added = store.add(new AdopterHousehold(em.getReference(Council.class, council), householdRef, enquiryOn), null);
        return AdoptersView.of(added, store.lastChange(added));
    }

    /** Moves adopters on to the next stage, or withdraws them, from a date. */
    public AdoptersView advanceAdopters(long id, int openedVersion, AdopterHousehold.Stage stage, LocalDate on) {
        AdopterHousehold household = adoptersOfCaller(id);
        store.requireOpened(AdopterHousehold.class, id, openedVersion);
        AdopterHousehold.Stage now = household.stageOn(LocalDate.now());
        if (stage == null || stage == AdopterHousehold.Stage.ENQUIRY || now == AdopterHousehold.Stage.WITHDRAWN
                || (stage != AdopterHousehold.Stage.WITHDRAWN && stage.ordinal() != now.ordinal() + 1)) {
            throw RuleViolation.of("stage", "From " + now + " the adopters can only move to the next stage or withdraw.");
        }
        LocalDate since = household.dateOf(now);
        if (on == null || on.isAfter(LocalDate.now()) || on.isBefore(since)) {
            throw RuleViolation.of("date", "Give a date between " + format(since) + " and today.");
        }
        AdopterHousehold changed = store.change(AdopterHousehold.class, id, openedVersion, null, h -> h.enter(stage, on));
        return AdoptersView.of(changed, store.lastChange(changed));
    }

    private JourneyView viewOf(AdoptionJourney j) {
        Long a1 = j.daysToMovingIn();
        Long a2 = j.daysOrderToMatch();
        return new JourneyView(j.getId(), j.getVersion(), j.getChild().getId(), j.getEnteredCare(), j.milestones(),
                j.getAdopters() == null ? null : j.getAdopters().getHouseholdRef(), a1,
                a1 == null ? null : a1 <= AdoptionJourney.A1_THRESHOLD_DAYS, a2,
                a2 == null ? null : a2 <= AdoptionJourney.A2_THRESHOLD_DAYS);
    }

    private AdoptionJourney journey(long childId) {
        AdoptionJourney journey = findJourney(childId);
        if (journey == null) {
            throw new RecordNotFound("The child has no adoption journey recorded.");
        }
        return journey;
    }

    private AdoptionJourney findJourney(long childId) {
        return repository.journeyOf(childId).orElse(null);
    }

    private AdopterHousehold adoptersOfCaller(long id) {
        return councilRecords.find(AdopterHousehold.class, id, "adopter household");
    }
}
