package org.corporateparenting.application.careleaver;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.corporateparenting.domain.council.Council;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.access.CouncilRecords;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.careleaver.BirthdayCheckRules;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.careleaver.CareLeaverContact;
import org.corporateparenting.domain.careleaver.ContactMethod;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.careleaver.LivingPeriod;
import org.corporateparenting.domain.careleaver.PathwayPlan;
import org.corporateparenting.domain.careleaver.StayingPut;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CodeList;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Oc3Codes;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.shared.DateRules;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.CareLeaverRepository;
import org.corporateparenting.infrastructure.persistence.ChildRepository;
import org.corporateparenting.infrastructure.persistence.RecordStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The leaving-care service's records: allocating a personal adviser, contacts, accommodation and activity
 * periods in OC3 terms (each kind a history without overlaps), pathway plans (reviewed at least every six
 * months), staying put with former foster carers from the 18th birthday, and the OC3 birthday checks
 * ({@link BirthdayCheckRules}). The leaving-care team and administrators record; practitioners read.
 */
@Stateless
@RolesAllowed({Role.LEAVING_CARE, Role.ADMINISTRATOR})
public class CareLeaverService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CouncilRecords councilRecords;

    @EJB
    private CareLeaverRepository repository;

    @EJB
    private ChildRepository children;

    @EJB
    private RecordStore store;

    @EJB
    private ChildService childService;

    @EJB
    private UserService users;

    /** The installation's default contact standard, for a council that has not set its own. */
    @Inject
    @ConfigProperty(name = "care.leaving.contact-days", defaultValue = "56")
    int contactDays;

    /**
     * A page of the caseload by reference: one adviser's (null: all), and with {@code dueWithinDays} only those whose next
     * contact is due within that many days or overdue (null: all).
     */
    @RolesAllowed(Role.PRACTITIONER)
    public List<CareLeaverRecord> list(String adviser, Integer dueWithinDays, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw RuleViolation.of("size", "Page must be 0 or more and size between 1 and 200.");
        }
        List<CareLeaver> leavers = repository.findPage(users.callerCouncilId(), adviser, lastContactBy(dueWithinDays), page, size);
        Map<Long, LastChange> changes = store.lastChanges(CareLeaver.class, leavers.stream().map(CareLeaver::getId).toList());
        return leavers.stream().map(l -> recordOf(l, changes.get(l.getId()))).toList();
    }

    /** How many care leavers {@link #list} finds. */
    @RolesAllowed(Role.PRACTITIONER)
    public long count(String adviser, Integer dueWithinDays) {
        return repository.count(users.callerCouncilId(), adviser, lastContactBy(dueWithinDays));
    }

    /** A contact due within the days (the standard after the last) means a last contact on or before this day. */
    private LocalDate lastContactBy(Integer dueWithinDays) {
        if (dueWithinDays == null) {
            return null;
        }
        if (dueWithinDays < 0 || dueWithinDays > 365) {
            throw RuleViolation.of("dueWithinDays", "Give between 0 and 365 days.");
        }
        return LocalDate.now().plusDays(dueWithinDays).minusDays(contactDaysOf(em.find(Council.class, users.callerCouncilId())));
    }

    /** The council's own contact standard (set on Council set-up), or the installation's default. */
    private int contactDaysOf(Council council) {
        return council.getContactDays() == null ? contactDays : council.getContactDays();
    }

    /** The personal advisers with care leavers allocated, by name (a caseload each). */
    @RolesAllowed(Role.PRACTITIONER)
    public List<String> advisers() {
        return repository.advisers(users.callerCouncilId());
    }

    @RolesAllowed(Role.PRACTITIONER)
    public CareLeaverRecord get(long id) {
        CareLeaver leaver = leaverOfCaller(id);
        store.noteRead(leaver, leaver.getChild().getId());
        return recordOf(leaver);
    }

    /** Records that a child has become entitled to leaving-care support, from a date on or after the 16th birthday. */
    public CareLeaverRecord register(long childId, Eligibility eligibility, LocalDate eligibleFrom) {
        Child child = childService.childOfCaller(childId);
        if (repository.ofChild(childId) != null) {
            throw RuleViolation.of("childId", "The child is already recorded as a care leaver.");
        }
        if (eligibility == null) {
            throw RuleViolation.of("eligibility", "Choose the eligibility category.");
        }
        DateRules.requireBetween("eligibleFrom", eligibleFrom, child.getDateOfBirth().plusYears(16));
        return recordOf(store.add(new CareLeaver(child, eligibility, eligibleFrom), childId));
    }

    public CareLeaverRecord allocateAdviser(long id, int openedVersion, String adviser) {
        CareLeaver leaver = leaverOfCaller(id);
        store.requireOpened(CareLeaver.class, id, openedVersion);
        if (adviser == null || adviser.isBlank() || adviser.length() > 80) {
            throw RuleViolation.of("personalAdviser", "Name the personal adviser (up to 80 characters).");
        }
        store.change(CareLeaver.class, id, openedVersion, leaver.getChild().getId(),
                l -> l.allocatePersonalAdviser(adviser.trim()));
        return recordOf(leaver);
    }

    public CareLeaverRecord recordContact(long id, LocalDate on, ContactMethod method, boolean successful, String worker) {
        CareLeaver leaver = leaverOfCaller(id);
        DateRules.requireBetween("contactDate", on, leaver.getEligibleFrom());
        if (method == null) {
            throw RuleViolation.of("method", "Choose how the contact was made.");
        }
        store.add(new CareLeaverContact(leaver, on, method, successful, worker), leaver.getChild().getId());
        return recordOf(leaver);
    }

    /** A new accommodation or activity from a date; the open period of the same kind ends that day. */
    public CareLeaverRecord recordPeriod(long id, LivingPeriod.Kind kind, LocalDate from, String code, Boolean suitable) {
        CareLeaver leaver = leaverOfCaller(id);
        if (kind == null) {
            throw RuleViolation.of("kind", "Say whether this is accommodation or activity.");
        }
        List<LivingPeriod> sameKind = repository.periodsOf(id).stream().filter(p -> p.getKind() == kind).toList();
        LivingPeriod open = sameKind.stream().filter(p -> p.getToDate() == null).findFirst().orElse(null);
        LocalDate since = open == null ? leaver.getChild().getDateOfBirth().plusYears(16) : open.getFromDate().plusDays(1);
        DateRules.requireBetween("fromDate", from, since);
        CodeList list = kind == LivingPeriod.Kind.ACCOMMODATION ? Oc3Codes.ACCOMMODATION : Oc3Codes.ACTIVITY;
        if (code == null || !list.isValid(code, CollectionYear.containing(from))) {
            throw RuleViolation.of("code", code == null ? "Choose a " + list.title() + " code."
                    : list.explain(code, CollectionYear.containing(from)));
        }
        if (kind == LivingPeriod.Kind.ACCOMMODATION && suitable == null) {
            throw RuleViolation.of("suitable", "Say whether the accommodation is suitable.");
        }
        long childId = leaver.getChild().getId();
        if (open != null) {
            store.change(LivingPeriod.class, open.getId(), open.getVersion(), childId, p -> p.endOn(from));
        }
        store.add(new LivingPeriod(leaver, kind, from, code, suitable), childId);
        return recordOf(leaver);
    }

    public CareLeaverRecord recordPathwayPlan(long id, LocalDate completedOn) {
        CareLeaver leaver = leaverOfCaller(id);
        List<PathwayPlan> plans = repository.plansOf(id);
        LocalDate since = plans.isEmpty() ? leaver.getChild().getDateOfBirth().plusYears(15).plusMonths(9)
                : plans.get(plans.size() - 1).getCompletedOn().plusDays(1);
        DateRules.requireBetween("completedOn", completedOn, since);
        store.add(new PathwayPlan(leaver, completedOn), leaver.getChild().getId());
        return recordOf(leaver);
    }

    public CareLeaverRecord startStayingPut(long id, long householdId, LocalDate start) {
        CareLeaver leaver = leaverOfCaller(id);
        FosterHousehold household = em.find(FosterHousehold.class, householdId);
        if (household == null || household.getCouncil().getId() != leaver.getChild().getCouncil().getId()) {
            throw RuleViolation.of("householdId", "The council has no fostering household " + householdId + ".");
        }
        LocalDate eighteenth = leaver.getChild().getDateOfBirth().plusYears(18);
        DateRules.requireBetween("startDate", start, eighteenth);
        if (start.isAfter(leaver.getChild().getDateOfBirth().plusYears(21))) {
            throw RuleViolation.of("startDate", "Staying put lasts until the 21st birthday at most.");
        }
        store.add(new StayingPut(leaver, household, start), leaver.getChild().getId());
        return recordOf(leaver);
    }

    public CareLeaverRecord recordBirthdayCheck(long id, int age, String inTouch, String activity, String accommodation) {
        CareLeaver leaver = leaverOfCaller(id);
        long childId = leaver.getChild().getId();
        LocalDate birthday = leaver.getChild().getDateOfBirth().plusYears(age);
        boolean recorded = repository.checksOf(id).stream().anyMatch(b -> b.getBirthdayAge() == age);
        RuleViolation.throwIfAny(BirthdayCheckRules.check(age, birthday,
                CareLeaverRecords.lookedAfterOn(children.episodesOf(childId), birthday), recorded, inTouch, activity,
                accommodation, LocalDate.now()));
        store.add(new BirthdayCheck(leaver, age, birthday, inTouch, activity, accommodation), childId);
        return recordOf(leaver);
    }

    private CareLeaverRecord recordOf(CareLeaver leaver) {
        return recordOf(leaver, store.lastChange(leaver));
    }

    private CareLeaverRecord recordOf(CareLeaver leaver, LastChange lastChange) {
        return CareLeaverRecords.of(leaver, repository, children.episodesOf(leaver.getChild().getId()),
                contactDaysOf(leaver.getCouncil()), LocalDate.now(), lastChange);
    }

    /**
     * The care leaver if the caller's council holds them and the caller's caseload reaches the child
     * ({@link ChildService#childOfCaller}); otherwise "not found".
     */
    private CareLeaver leaverOfCaller(long id) {
        CareLeaver leaver = councilRecords.find(CareLeaver.class, id, "care leaver");
        try {
            childService.childOfCaller(leaver.getChild().getId());
        } catch (RecordNotFound outsideCaseload) {
            throw new RecordNotFound("care leaver", id);
        }
        return leaver;
    }

}
