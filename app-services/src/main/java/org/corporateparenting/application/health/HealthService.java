package org.corporateparenting.application.health;

import static org.corporateparenting.domain.shared.UkDates.format;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.ChildRepository;
import org.corporateparenting.infrastructure.persistence.RecordStore;
import org.corporateparenting.infrastructure.persistence.WellbeingRepository;

/**
 * Health assessments (one initial assessment per period of care, due 20 working days after it starts;
 * review assessments due six or twelve months after the last by the child's age), dental and
 * immunisation checks, SDQ scores (0 to 40, ages 4 to 16), health passports, and missing episodes with
 * their return interviews (offered after the return). All while the child is looked after and never in
 * the future. Any practitioner records and reads.
 */
@Stateless
@RolesAllowed(Role.PRACTITIONER)
public class HealthService {

    @EJB
    private WellbeingRepository repository;

    @EJB
    private ChildRepository children;

    @EJB
    private ChildService childService;

    @EJB
    private RecordStore store;

    /** The child's health and safety records; the read is written to the audit trail. */
    public HealthRecord healthOf(long childId) {
        Child child = childService.childOfCaller(childId);
        store.noteRead(child, childId);
        return view(child);
    }

    private HealthRecord view(Child child) {
        return HealthRecords.of(child, repository, children.episodesOf(child.getId()), LocalDate.now());
    }

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public HealthRecord recordAssessment(long childId, HealthAssessment.Kind kind, LocalDate completedOn) {
        Child child = childService.childOfCaller(childId);
        PeriodOfCare period = lookedAfterOn(childId, "completedOn", completedOn);
        if (kind == null) {
            throw RuleViolation.of("kind", "Say whether this is the initial or a review assessment.");
        }
        List<HealthAssessment> inPeriod = repository.assessmentsOf(childId).stream()
                .filter(a -> !a.getCompletedOn().isBefore(period.start())).toList();
        LocalDate due;
        if (kind == HealthAssessment.Kind.INITIAL) {
            if (!inPeriod.isEmpty()) {
                throw RuleViolation.of("kind", "This period of care already has its initial assessment.");
            }
            due = HealthAssessment.initialDue(period.start());
        } else {
            if (inPeriod.isEmpty()) {
                throw RuleViolation.of("kind", "Record the initial assessment of this period of care first.");
            }
            LocalDate last = inPeriod.get(inPeriod.size() - 1).getCompletedOn();
            if (!completedOn.isAfter(last)) {
                throw RuleViolation.of("completedOn", "The last assessment was on " + format(last) + ": this one must be later.");
            }
            due = HealthAssessment.reviewDue(child, last);
        }
        store.add(new HealthAssessment(child, kind, due, completedOn), childId);
        return view(child);
    }

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public HealthRecord recordCheck(long childId, HealthCheck.Kind kind, LocalDate checkedOn, Boolean upToDate, Integer score) {
        Child child = childService.childOfCaller(childId);
        if (kind == null) {
            throw RuleViolation.of("kind", "Choose what was checked.");
        }
        if (checkedOn == null || checkedOn.isAfter(LocalDate.now()) || checkedOn.isBefore(child.getDateOfBirth())) {
            throw RuleViolation.of("checkedOn", "Give a date between the child's birth and today.");
        }
        if (kind == HealthCheck.Kind.IMMUNISATION && upToDate == null) {
            throw RuleViolation.of("upToDate", "Say whether immunisations are up to date with the UK schedule.");
        }
        if (kind == HealthCheck.Kind.SDQ) {
            int age = child.ageOn(checkedOn);
            if (age < 4 || age > 16) {
                throw RuleViolation.of("checkedOn", "An SDQ is for children aged 4 to 16; the child was " + age + ".");
            }
            if (score == null || score < 0 || score > 40) {
                throw RuleViolation.of("score", "The SDQ total difficulties score is 0 to 40.");
            }
        }
        store.add(new HealthCheck(child, kind, checkedOn, upToDate, score), childId);
        return view(child);
    }

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public HealthRecord recordMissing(long childId, MissingEpisode.Kind kind, LocalDate start, LocalDate end,
            LocalDate interviewOfferedOn, Boolean interviewAccepted) {
        Child child = childService.childOfCaller(childId);
        lookedAfterOn(childId, "startDate", start);
        if (kind == null) {
            throw RuleViolation.of("kind", "Say whether the child was missing or absent.");
        }
        if (end != null && (end.isBefore(start) || end.isAfter(LocalDate.now()))) {
            throw RuleViolation.of("endDate", "The return must be between " + format(start) + " and today.");
        }
        if (interviewOfferedOn != null && (end == null || interviewOfferedOn.isBefore(end)
                || interviewOfferedOn.isAfter(LocalDate.now()))) {
            throw RuleViolation.of("interviewOfferedOn", "A return interview is offered after the child returns, not in the future.");
        }
        if (interviewAccepted != null && interviewOfferedOn == null) {
            throw RuleViolation.of("interviewAccepted", "Record when the interview was offered first.");
        }
        MissingEpisode episode = new MissingEpisode(child, kind, start, null);
        episode.recordReturn(end, interviewOfferedOn, interviewAccepted);
        store.add(episode, childId);
        return view(child);
    }

    private PeriodOfCare lookedAfterOn(long childId, String field, LocalDate date) {
        if (date == null || date.isAfter(LocalDate.now())) {
            throw RuleViolation.of(field, "Give a date that is not in the future.");
        }
        return PeriodOfCare.containing(children.episodesOf(childId), date)
                .orElseThrow(() -> RuleViolation.of(field, "The child was not looked after on " + format(date) + "."));
    }
}
