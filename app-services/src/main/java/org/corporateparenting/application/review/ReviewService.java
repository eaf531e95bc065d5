package org.corporateparenting.application.review;

import static org.corporateparenting.domain.shared.UkDates.format;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.episode.LookedAfter;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.review.EscalationStage;
import org.corporateparenting.domain.review.EscalationStep;
import org.corporateparenting.domain.review.EscalationThemes;
import org.corporateparenting.domain.review.IroAllocation;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.corporateparenting.domain.review.ReviewTimetable;
import org.corporateparenting.domain.shared.DateRules;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.ChildRepository;
import org.corporateparenting.infrastructure.persistence.RecordStore;
import org.corporateparenting.infrastructure.persistence.ReviewRepository;

/**
 * The IRO service's records: reviews held (numbered within the period of care, each stored with the
 * date it was due by {@link ReviewTimetable}), IRO allocations and caseloads, and escalations moved up
 * stage by stage. A review is held while the child is looked after, after the period's previous review,
 * not in the future, with a participation code valid for the child's age (PN0 exactly when under 4,
 * SSDA903). IROs and administrators record; practitioners read.
 */
@Stateless
@RolesAllowed({Role.IRO, Role.ADMINISTRATOR})
public class ReviewService {

    @EJB
    private ReviewRepository repository;

    @EJB
    private ChildRepository childRepository;

    @EJB
    private ChildService children;

    @EJB
    private RecordStore store;

    @EJB
    private UserService users;

    @Resource
    private SessionContext context;

    @RolesAllowed(Role.PRACTITIONER)
    /** The child's reviews, IRO and escalations; the read is written to the audit trail. */
    public ReviewRecord reviewsOf(long childId) {
        store.noteRead(children.childOfCaller(childId), childId);
        return view(childId);
    }

    private ReviewRecord view(long childId) {
        return ReviewRecords.of(childId, repository, childRepository, LocalDate.now());
    }

    /**
     * A review held, with the recommendations made at it (optional, up to 2,000 characters). One that looks like the last
     * review recorded twice ({@link ReviewTimetable#check}) is stored only when {@code confirmed}.
     */
    public ReviewRecord record(long childId, LocalDate heldOn, String participation, String recommendations, boolean confirmed) {
        Child child = children.childOfCaller(childId);
        List<FieldError> errors = new ArrayList<>();
        PeriodOfCare period = null;
        if (heldOn == null || heldOn.isAfter(LocalDate.now())) {
            errors.add(new FieldError("heldOn", "Give the date the review was held, not in the future."));
        } else {
            period = periodContaining(childId, heldOn);
            if (period == null) {
                errors.add(new FieldError("heldOn", "The child was not looked after on " + format(heldOn) + "."));
            }
        }
        if (participation == null || !Ssda903Codes.PARTICIPATION.isValid(participation, CollectionYear.containing(
                heldOn == null ? LocalDate.now() : heldOn))) {
            errors.add(new FieldError("participation", "Choose a participation code PN0 to PN7."));
        } else if (heldOn != null && ("PN0".equals(participation) != child.ageOn(heldOn) < 4)) {
            errors.add(new FieldError("participation", child.ageOn(heldOn) < 4
                    ? "The child was under 4 at the review: the code is PN0."
                    : "PN0 is only for children under 4; the child was " + child.ageOn(heldOn) + "."));
        }
        if (recommendations != null && recommendations.length() > 2000) {
            errors.add(new FieldError("recommendations", "Keep the recommendations to 2,000 characters; attach the full record elsewhere."));
        }
        RuleViolation.throwIfAny(errors);
        LocalDate start = period.start();
        List<LookedAfterReview> inPeriod = ReviewTimetable.heldIn(start, repository.reviewsOf(childId), null);
        LocalDate last = inPeriod.isEmpty() ? null : inPeriod.get(inPeriod.size() - 1).getHeldOn();
        RuleViolation.throwIfAny(ReviewTimetable.check(start, inPeriod.size(), last, heldOn, confirmed));
        LocalDate due = ReviewTimetable.nextDue(start, inPeriod.size(), last);
        LookedAfterReview review = new LookedAfterReview(child, start, inPeriod.size() + 1, due, heldOn, participation,
                context.getCallerPrincipal().getName());
        review.recordRecommendations(recommendations == null || recommendations.isBlank() ? null : recommendations.trim());
        store.add(review, childId);
        return view(childId);
    }

    /** Allocates an IRO from a date; the current allocation ends that day. */
    public ReviewRecord allocate(long childId, String iro, LocalDate from) {
        Child child = children.childOfCaller(childId);
        if (iro == null || !repository.isIroOf(child.getCouncil().getId(), iro)) {
            throw RuleViolation.of("iro", "'" + iro + "' is not an IRO of the council.");
        }
        List<IroAllocation> allocations = repository.allocationsOf(childId);
        IroAllocation current = allocations.isEmpty() ? null : allocations.get(allocations.size() - 1);
        if (from == null || from.isAfter(LocalDate.now())
                || (current != null && !from.isAfter(current.getFromDate()))) {
            throw RuleViolation.of("fromDate", "Give a date not in the future and after the current allocation began.");
        }
        if (current != null && current.getToDate() == null) {
            store.change(IroAllocation.class, current.getId(), current.getVersion(), childId, a -> a.endOn(from));
        }
        store.add(new IroAllocation(child, iro, from), childId);
        return view(childId);
    }

    @RolesAllowed({Role.IRO, Role.ADMINISTRATOR, Role.PERFORMANCE_ANALYST})
    public List<Caseload> caseloads(LocalDate on) {
        return repository.caseloads(users.callerCouncilId(), on).stream()
                .map(row -> new Caseload((String) row[0], (Long) row[1])).toList();
    }

    public ReviewRecord raise(long childId, LocalDate raisedOn, EscalationStage stage, Set<String> themes) {
        Child child = children.childOfCaller(childId);
        List<FieldError> errors = new ArrayList<>();
        if (raisedOn == null || raisedOn.isAfter(LocalDate.now())) {
            errors.add(new FieldError("raisedOn", "Give the date the escalation was raised, not in the future."));
        }
        if (stage == null) {
            errors.add(new FieldError("stage", "Choose the stage the escalation starts at."));
        }
        CollectionYear year = CollectionYear.containing(raisedOn == null ? LocalDate.now() : raisedOn);
        if (themes == null || themes.isEmpty()) {
            errors.add(new FieldError("themes", "Tag the escalation with at least one theme."));
        } else {
            themes.stream().filter(t -> !EscalationThemes.THEMES.isValid(t, year)).findFirst()
                    .ifPresent(t -> errors.add(new FieldError("themes", EscalationThemes.THEMES.explain(t, year))));
        }
        RuleViolation.throwIfAny(errors);
        Escalation escalation = store.add(new Escalation(child, context.getCallerPrincipal().getName(), raisedOn, stage,
                themes), childId);
        store.add(new EscalationStep(escalation, stage, raisedOn), childId);
        return view(childId);
    }

    /** Moves an open escalation up to a later stage on a date. */
    public ReviewRecord advance(long childId, long escalationId, int openedVersion, EscalationStage stage, LocalDate on) {
        Escalation escalation = escalationOfCaller(childId, escalationId);
        store.requireOpened(Escalation.class, escalationId, openedVersion);
        if (!escalation.isOpen()) {
            throw RuleViolation.of("stage", "The escalation was closed on " + format(escalation.getClosedOn()) + ".");
        }
        if (stage == null || stage.compareTo(escalation.getStage()) <= 0) {
            throw RuleViolation.of("stage", "Choose a stage after " + escalation.getStage() + ".");
        }
        DateRules.requireBetween("enteredOn", on, repository.stepsOf(escalationId).stream()
                .map(EscalationStep::getEnteredOn).max(LocalDate::compareTo).orElse(escalation.getRaisedOn()));
        store.change(Escalation.class, escalationId, openedVersion, childId, e -> e.moveTo(stage));
        store.add(new EscalationStep(escalation, stage, on), childId);
        return view(childId);
    }

    public ReviewRecord close(long childId, long escalationId, int openedVersion, LocalDate on, String outcome) {
        Escalation escalation = escalationOfCaller(childId, escalationId);
        store.requireOpened(Escalation.class, escalationId, openedVersion);
        if (!escalation.isOpen()) {
            throw RuleViolation.of("closedOn", "The escalation was already closed on " + format(escalation.getClosedOn()) + ".");
        }
        DateRules.requireBetween("closedOn", on, escalation.getRaisedOn());
        if (outcome == null || outcome.isBlank() || outcome.length() > 200) {
            throw RuleViolation.of("outcome", "Say in up to 200 characters how the escalation was resolved.");
        }
        store.change(Escalation.class, escalationId, openedVersion, childId, e -> e.close(on, outcome.trim()));
        return view(childId);
    }

    private PeriodOfCare periodContaining(long childId, LocalDate date) {
        return LookedAfter.periodOn(childRepository.episodesOf(childId), date).orElse(null);
    }

    /** The escalation if it is about the given child of the caller's council; otherwise "not found". */
    private Escalation escalationOfCaller(long childId, long id) {
        children.childOfCaller(childId);
        Escalation escalation = store.find(Escalation.class, id);
        if (escalation.getChild().getId() != childId) {
            throw new RecordNotFound("escalation", id);
        }
        return escalation;
    }

}
