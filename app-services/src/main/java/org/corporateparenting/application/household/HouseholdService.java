package org.corporateparenting.application.household;

import static org.corporateparenting.domain.shared.UkDates.format;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.application.access.CouncilRecords;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.household.Allegation;
import org.corporateparenting.domain.household.AllegationRules;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.CarerTraining;
import org.corporateparenting.domain.household.Complaint;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdCarer;
import org.corporateparenting.domain.household.HouseholdHold;
import org.corporateparenting.domain.household.HouseholdReview;
import org.corporateparenting.domain.household.HouseholdReviewRules;
import org.corporateparenting.domain.household.HouseholdTermsRules;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.LegalBasis;
import org.corporateparenting.domain.household.NamedChild;
import org.corporateparenting.domain.household.ReviewOutcome;
import org.corporateparenting.domain.household.SupervisoryVisit;
import org.corporateparenting.domain.household.TermsDetails;
import org.corporateparenting.domain.shared.DateRules;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Reference;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.HouseholdRepository;
import org.corporateparenting.infrastructure.persistence.RecordStore;

/**
 * The fostering service's households: approving one with its first terms, varying terms (the old ones
 * are kept, ended), deregistering with a reason, and recording reviews (due a year after approval and
 * after each review, FSR 2011 reg. 28), supervising visits, allegations and complaints; naming the carers (a first
 * and a second) and their training (the TSD standards due within 12 months of approval, 18 for connected persons).
 * Dates are never in the future nor outside the approval (training may come before it). A review less than ten months
 * after the last needs confirming as a further review ({@link HouseholdReviewRules}); an allegation names only a child
 * placed there on the day of the alleged incident ({@link AllegationRules}); a connected person's approval names its
 * children ({@link NamedChild}), and matching offers such a household only to them. The fostering team and
 * administrators record; every practitioner may read.
 */
@Stateless
@RolesAllowed({Role.FOSTERING, Role.ADMINISTRATOR})
public class HouseholdService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CouncilRecords councilRecords;

    @EJB
    private HouseholdRepository repository;

    @EJB
    private RecordStore store;

    @EJB
    private UserService users;

    @EJB
    private ChildService children;

    /**
     * A page of the register, by reference, for a search (see {@link HouseholdSearch}). Vacancies and ages are worked
     * out from today's terms and placements (none while on hold) before paging, so every page is full.
     */
    @RolesAllowed(Role.PRACTITIONER)
    public List<HouseholdSummary> list(HouseholdSearch search, int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw RuleViolation.of("size", "Page must be 0 or more and size between 1 and 500.");
        }
        LocalDate today = LocalDate.now();
        if (search.needsToday()) {
            List<HouseholdSummary> found = matching(search, today);
            return found.subList(Math.min(found.size(), page * size), Math.min(found.size(), page * size + size));
        }
        return summaries(repository.findPage(users.callerCouncilId(), search.type(), search.approvedToday() ? today : null,
                search.area(), page, size), today);
    }

    /** How many households the same search finds. */
    @RolesAllowed(Role.PRACTITIONER)
    public long count(HouseholdSearch search) {
        LocalDate today = LocalDate.now();
        if (search.needsToday()) {
            return matching(search, today).size();
        }
        return repository.count(users.callerCouncilId(), search.type(), search.approvedToday() ? today : null, search.area());
    }

    private List<HouseholdSummary> matching(HouseholdSearch search, LocalDate today) {
        List<FosterHousehold> found = repository.findPage(users.callerCouncilId(), search.type(),
                search.approvedToday() ? today : null, search.area(), 0, Integer.MAX_VALUE);
        Set<Long> naming = search.childId() == null ? Set.of() : repository.namingChild(found, search.childId());
        return summaries(found, today).stream().filter(search::admits)
                .filter(h -> !search.isMatching() || h.type() != HouseholdType.CONNECTED_PERSON || naming.contains(h.id())).toList();
    }

    /**
     * The households a child can be placed with on a day, for the placing screen's picker: those approved on the day, with
     * their vacancies and ages on the day; a connected person's only when the child is named on its approval.
     */
    @RolesAllowed(Role.PRACTITIONER)
    public List<HouseholdSummary> toPlace(long childId, LocalDate on) {
        children.childOfCaller(childId);
        LocalDate day = on == null ? LocalDate.now() : on;
        List<FosterHousehold> approved = repository.findPage(users.callerCouncilId(), null, day, null, 0, 500);
        Set<Long> naming = repository.namingChild(approved, childId);
        return summaries(approved, day).stream()
                .filter(h -> h.type() != HouseholdType.CONNECTED_PERSON || naming.contains(h.id())).toList();
    }

    /**
     * Names a child on a connected person's approval (reg. 24: family and friends foster a named child), so the child
     * can be placed there; each child once.
     */
    public HouseholdRecord nameChild(long id, Long childId) {
        FosterHousehold household = householdOfCaller(id);
        if (household.getType() != HouseholdType.CONNECTED_PERSON) {
            throw RuleViolation.of("childId", "Only a connected person's approval names its children; household "
                    + household.getHouseholdRef() + " is approved for any child within its terms.");
        }
        if (childId == null) {
            throw RuleViolation.of("childId", "Choose the child named on the approval.");
        }
        Child child = children.childOfCaller(childId);
        if (repository.isNamed(id, childId)) {
            throw RuleViolation.of("childId", "The child is already named on this approval.");
        }
        store.add(new NamedChild(household, child, LocalDate.now()), childId);
        return get(id);
    }

    private List<HouseholdSummary> summaries(List<FosterHousehold> households, LocalDate today) {
        Map<Long, ApprovalTerms> terms = repository.termsOn(households, today);
        Map<Long, Long> placed = repository.placedCounts(households, today);
        Set<Long> onHold = repository.onHold(households, today);
        List<HouseholdSummary> summaries = new ArrayList<>();
        for (FosterHousehold h : households) {
            ApprovalTerms t = terms.get(h.getId());
            long children = placed.getOrDefault(h.getId(), 0L);
            long vacancies = t == null || onHold.contains(h.getId()) ? 0 : Math.max(0, t.getPlaces() - children);
            summaries.add(new HouseholdSummary(h.getId(), h.getHouseholdRef(), h.getName(), h.getType(),
                    h.isApprovedOn(today), h.getPostcode(), t == null ? 0 : t.getPlaces(),
                    t == null ? 0 : t.getAgeFrom(), t == null ? 0 : t.getAgeTo(), children, vacancies,
                    nextReviewDue(h), onHold.contains(h.getId()), h.getDeregisteredOn()));
        }
        return summaries;
    }

    @RolesAllowed(Role.PRACTITIONER)
    public HouseholdRecord get(long id) {
        FosterHousehold household = householdOfCaller(id);
        return HouseholdRecords.of(household, repository, nextReviewDue(household), store.lastChange(household));
    }

    public HouseholdRecord approve(HouseholdDetails d) {
        long council = users.callerCouncilId();
        List<FieldError> errors = new ArrayList<>();
        if (!Reference.HOUSEHOLD.fits(d.householdRef())) {
            errors.add(new FieldError("householdRef", Reference.HOUSEHOLD.rule()));
        } else if (repository.refTaken(council, d.householdRef())) {
            errors.add(new FieldError("householdRef", "The council already has a household " + d.householdRef() + "."));
        }
        if (d.name() == null || d.name().isBlank() || d.name().length() > 120) {
            errors.add(new FieldError("name", "Give the household a name of up to 120 characters."));
        }
        if (d.type() == null) {
            errors.add(new FieldError("type", "Choose the kind of approval."));
        }
        if (d.approvedOn() == null || d.approvedOn().isAfter(LocalDate.now())) {
            errors.add(new FieldError("approvedOn", "Give the approval date, not in the future."));
        }
        RuleViolation.throwIfAny(errors);
        FosterHousehold household = new FosterHousehold(em.getReference(Council.class, council), d.householdRef(),
                d.name().trim(), d.type(), d.approvedOn());
        household.describe(d.name().trim(), d.postcode());
        TermsDetails first = new TermsDetails(d.approvedOn(), d.legalBasis(), d.places(), d.ageFrom(), d.ageTo(), "Approval");
        RuleViolation.throwIfAny(HouseholdTermsRules.check(household, first, null, LocalDate.now()));
        store.add(household, null);
        store.add(new ApprovalTerms(household, first.effectiveFrom(), first.legalBasis(), first.places(), first.ageFrom(),
                first.ageTo(), first.reason()), null);
        return get(household.getId());
    }

    /** New terms from a date; the current terms end that day and stay in the history. */
    public HouseholdRecord varyTerms(long id, int openedVersion, TermsDetails d) {
        FosterHousehold household = householdOfCaller(id);
        store.requireOpened(FosterHousehold.class, id, openedVersion);
        List<ApprovalTerms> history = repository.termsOf(id);
        ApprovalTerms current = history.isEmpty() ? null : history.get(history.size() - 1);
        RuleViolation.throwIfAny(HouseholdTermsRules.check(household, d, current, LocalDate.now()));
        store.touch(FosterHousehold.class, id, openedVersion);
        if (current != null) {
            store.change(ApprovalTerms.class, current.getId(), current.getVersion(), null, t -> t.endOn(d.effectiveFrom()));
        }
        store.add(new ApprovalTerms(household, d.effectiveFrom(), d.legalBasis(), d.places(), d.ageFrom(), d.ageTo(),
                d.reason()), null);
        return get(id);
    }

    public HouseholdRecord deregister(long id, int openedVersion, LocalDate on, DeregistrationReason reason) {
        FosterHousehold household = householdOfCaller(id);
        store.requireOpened(FosterHousehold.class, id, openedVersion);
        List<FieldError> errors = new ArrayList<>();
        if (household.getDeregisteredOn() != null) {
            errors.add(new FieldError("deregisteredOn", "The household was already deregistered on "
                    + format(household.getDeregisteredOn()) + "."));
        } else if (on == null || on.isAfter(LocalDate.now()) || on.isBefore(household.getApprovedOn())) {
            errors.add(new FieldError("deregisteredOn", "Give a date between the approval on "
                    + format(household.getApprovedOn()) + " and today."));
        }
        if (reason == null) {
            errors.add(new FieldError("reason", "Choose the reason the household stopped fostering."));
        }
        RuleViolation.throwIfAny(errors);
        store.change(FosterHousehold.class, id, openedVersion, null, h -> h.deregister(on, reason));
        repository.termsOf(id).stream().filter(t -> t.getEffectiveTo() == null).forEach(t ->
                store.change(ApprovalTerms.class, t.getId(), t.getVersion(), null, x -> x.endOn(on)));
        return get(id);
    }

    /**
     * A review held on a day. One held less than ten months after the last is refused unless {@code confirmed} says it
     * was a further review ({@link HouseholdReviewRules}); only a stored review moves the next due date.
     */
    public HouseholdRecord recordReview(long id, LocalDate heldOn, ReviewOutcome outcome, boolean confirmed) {
        FosterHousehold household = householdOfCaller(id);
        requireDuringApproval(household, "heldOn", heldOn);
        if (outcome == null) {
            throw RuleViolation.of("outcome", "Choose what the review recommended.");
        }
        List<HouseholdReview> reviews = repository.reviewsOf(id);
        LocalDate lastHeld = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1).getHeldOn();
        RuleViolation.throwIfAny(HouseholdReviewRules.check(lastHeld, heldOn, confirmed));
        HouseholdReview review = new HouseholdReview(household, HouseholdReview.nextDue(household.getApprovedOn(), lastHeld), heldOn,
                outcome, reviews.isEmpty());
        if (HouseholdReviewRules.isEarly(lastHeld, heldOn)) {
            review.confirmEarly();
        }
        store.add(review, null);
        return get(id);
    }

    /** Names a carer of the household: at most one first and one second carer, each name once. */
    public HouseholdRecord addCarer(long id, String name, HouseholdCarer.CarerRole role) {
        FosterHousehold household = householdOfCaller(id);
        String named = name == null ? "" : name.trim();
        if (named.isEmpty() || named.length() > 80) {
            throw RuleViolation.of("name", "Give the carer's name, up to 80 characters.");
        }
        if (role == null) {
            throw RuleViolation.of("role", "Choose first or second carer.");
        }
        List<HouseholdCarer> carers = repository.carersOf(id);
        if (carers.stream().anyMatch(c -> c.getName().equalsIgnoreCase(named))) {
            throw RuleViolation.of("name", named + " is already a carer of this household.");
        }
        if (carers.stream().anyMatch(c -> c.getRole() == role)) {
            throw RuleViolation.of("role", "The household already has a " + role.name().toLowerCase(Locale.UK) + " carer.");
        }
        store.add(new HouseholdCarer(household, named, role), null);
        return get(id);
    }

    /** A course one of the household's carers completed, on a day not in the future; the same course and day once. */
    public HouseholdRecord recordTraining(long id, String carerName, String course, LocalDate completedOn) {
        FosterHousehold household = householdOfCaller(id);
        if (repository.carersOf(id).stream().noneMatch(c -> c.getName().equals(carerName))) {
            throw RuleViolation.of("carerName", "Choose one of the household's carers.");
        }
        if (course == null || !CarerTraining.COURSES.contains(course)) {
            throw RuleViolation.of("course", "Choose one of " + CarerTraining.COURSES + ".");
        }
        DateRules.requireNotFuture("completedOn", completedOn);
        if (repository.trainingOf(id).stream().anyMatch(t -> t.getCarerName().equals(carerName) && t.getCourse().equals(course)
                && t.getCompletedOn().equals(completedOn))) {
            throw RuleViolation.of("completedOn", carerName + "'s " + course + " on " + format(completedOn) + " is already recorded.");
        }
        store.add(new CarerTraining(household, carerName, course, completedOn), null);
        return get(id);
    }

    public HouseholdRecord recordVisit(long id, LocalDate visitDate, boolean unannounced, String worker) {
        FosterHousehold household = householdOfCaller(id);
        requireDuringApproval(household, "visitDate", visitDate);
        store.add(new SupervisoryVisit(household, visitDate, unannounced, worker), null);
        return get(id);
    }

    /**
     * An allegation against the carers, referred on a day; a child of ours named in it must have been placed with the
     * household on the date of the alleged incident (or of the referral when that is not known), see
     * {@link AllegationRules}. No child is named for a child not in our care.
     */
    public HouseholdRecord recordAllegation(long id, Long childId, LocalDate incidentDate, LocalDate referralDate, String category) {
        FosterHousehold household = householdOfCaller(id);
        DateRules.requireNotFuture("referralDate", referralDate);
        if (category == null || !Allegation.CATEGORIES.contains(category)) {
            throw RuleViolation.of("category", "Choose one of " + Allegation.CATEGORIES + ".");
        }
        if (childId != null) {
            children.childOfCaller(childId);
        }
        LocalDate incidentOn = incidentDate != null ? incidentDate : referralDate;
        RuleViolation.throwIfAny(AllegationRules.check(household, childId, incidentOn, referralDate,
                childId != null && repository.wasPlaced(id, childId, incidentOn)));
        Allegation allegation = new Allegation(household, childId, referralDate, category);
        allegation.occurredOn(incidentDate);
        store.add(allegation, childId);
        return get(id);
    }

    public HouseholdRecord recordComplaint(long id, LocalDate receivedDate, String complainantType, String stage) {
        FosterHousehold household = householdOfCaller(id);
        DateRules.requireNotFuture("receivedDate", receivedDate);
        if (stage == null || !Complaint.STAGES.contains(stage)) {
            throw RuleViolation.of("stage", "Choose one of " + Complaint.STAGES + ".");
        }
        if (complainantType == null || complainantType.isBlank()) {
            throw RuleViolation.of("complainantType", "Say who complained.");
        }
        store.add(new Complaint(household, receivedDate, complainantType, stage), null);
        return get(id);
    }

    /** Puts an approved household on hold from a date, with the reason; no vacancy is offered meanwhile. */
    public HouseholdRecord putOnHold(long id, LocalDate from, String reason) {
        FosterHousehold household = householdOfCaller(id);
        if (from == null || from.isAfter(LocalDate.now()) || !household.isApprovedOn(from)) {
            throw RuleViolation.of("fromDate", "Give a date, not in the future, on which the household is approved.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 100) {
            throw RuleViolation.of("reason", "Say in up to 100 characters why the household is on hold.");
        }
        if (repository.holdsOf(id).stream().anyMatch(h -> h.getToDate() == null || h.getToDate().isAfter(from))) {
            throw RuleViolation.of("fromDate", "The household is already on hold then.");
        }
        store.add(new HouseholdHold(household, from, reason.trim()), null);
        return get(id);
    }

    /** Ends a hold on a date: the household is available again. */
    public HouseholdRecord endHold(long id, long holdId, int openedVersion, LocalDate on) {
        householdOfCaller(id);
        HouseholdHold hold = store.requireOpened(HouseholdHold.class, holdId, openedVersion);
        if (hold.getHousehold().getId() != id || hold.getToDate() != null) {
            throw RuleViolation.of("holdId", "That hold is not an open hold of this household.");
        }
        DateRules.requireBetween("toDate", on, hold.getFromDate());
        store.change(HouseholdHold.class, holdId, openedVersion, null, h -> h.endOn(on));
        return get(id);
    }

    /** Extends the current temporary approval once, by up to eight weeks (reg. 25), before it expires. */
    public HouseholdRecord extendTemporaryApproval(long id, long termsId, int openedVersion, int weeks) {
        householdOfCaller(id);
        ApprovalTerms terms = store.requireOpened(ApprovalTerms.class, termsId, openedVersion);
        if (terms.getHousehold().getId() != id || terms.getLegalBasis() != LegalBasis.TEMPORARY_REG24
                || terms.isTemporaryExtended() || terms.getEffectiveTo() != null) {
            throw RuleViolation.of("termsId", "Only the current, not yet extended temporary approval can be extended.");
        }
        if (terms.getTemporaryExpires().isBefore(LocalDate.now())) {
            throw RuleViolation.of("termsId", "The temporary approval expired on " + format(terms.getTemporaryExpires()) + ".");
        }
        if (weeks < 1 || weeks > ApprovalTerms.EXTENSION_WEEKS) {
            throw RuleViolation.of("weeks", "A temporary approval is extended by 1 to 8 weeks.");
        }
        store.change(ApprovalTerms.class, termsId, openedVersion, null, t -> t.extendTemporary(weeks));
        return get(id);
    }

    /** Records the outcome of an allegation (once), on or after its referral. */
    public HouseholdRecord concludeAllegation(long id, long allegationId, int openedVersion, String outcome, LocalDate on) {
        householdOfCaller(id);
        Allegation allegation = store.requireOpened(Allegation.class, allegationId, openedVersion);
        if (allegation.getHousehold().getId() != id) {
            throw new RecordNotFound("allegation", allegationId);
        }
        if (allegation.getOutcome() != null) {
            throw RuleViolation.of("outcome", "The allegation was concluded on " + format(allegation.getOutcomeDate()) + ".");
        }
        if (outcome == null || !Allegation.OUTCOMES.contains(outcome)) {
            throw RuleViolation.of("outcome", "Choose one of " + Allegation.OUTCOMES + ".");
        }
        DateRules.requireBetween("outcomeDate", on, allegation.getReferralDate());
        store.change(Allegation.class, allegationId, openedVersion, allegation.getChildId(), a -> a.conclude(outcome, on));
        return get(id);
    }

    /** Closes a complaint (once) with its outcome, on or after it was received. */
    public HouseholdRecord closeComplaint(long id, long complaintId, int openedVersion, String outcome, LocalDate on) {
        householdOfCaller(id);
        Complaint complaint = store.requireOpened(Complaint.class, complaintId, openedVersion);
        if (complaint.getHousehold().getId() != id) {
            throw new RecordNotFound("complaint", complaintId);
        }
        if (complaint.getOutcome() != null) {
            throw RuleViolation.of("outcome", "The complaint was closed on " + format(complaint.getClosedDate()) + ".");
        }
        if (outcome == null || !Complaint.OUTCOMES.contains(outcome)) {
            throw RuleViolation.of("outcome", "Choose one of " + Complaint.OUTCOMES + ".");
        }
        DateRules.requireBetween("closedDate", on, complaint.getReceivedDate());
        store.change(Complaint.class, complaintId, openedVersion, null, c -> c.close(outcome, on));
        return get(id);
    }

    private LocalDate nextReviewDue(FosterHousehold h) {
        if (h.getDeregisteredOn() != null) {
            return null;
        }
        List<HouseholdReview> reviews = repository.reviewsOf(h.getId());
        return HouseholdReview.nextDue(h.getApprovedOn(), reviews.isEmpty() ? null : reviews.get(reviews.size() - 1).getHeldOn());
    }

    private FosterHousehold householdOfCaller(long id) {
        return councilRecords.find(FosterHousehold.class, id, "household");
    }

    private static void requireDuringApproval(FosterHousehold household, String field, LocalDate date) {
        DateRules.requireNotFuture(field, date);
        if (!household.isApprovedOn(date)) {
            throw RuleViolation.of(field, "The household was not approved on " + format(date) + ".");
        }
    }
}
