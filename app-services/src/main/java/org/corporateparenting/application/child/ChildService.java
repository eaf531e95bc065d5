package org.corporateparenting.application.child;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corporateparenting.application.access.CouncilRecords;
import org.corporateparenting.application.access.CurrentUser;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.audit.AccessTrail;
import org.corporateparenting.domain.access.NeedToKnow;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.child.ChildDetails;
import org.corporateparenting.domain.child.ChildRules;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.PeriodOfCare;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.infrastructure.persistence.ChildRepository;
import org.corporateparenting.infrastructure.persistence.RecordStore;

/**
 * Children of the caller's council. Counts are aggregates and open to every role; a child's record is
 * for practitioners only (councillors see aggregates only) and only within the caller's caseload ({@link NeedToKnow}:
 * the list, its count and every record read by id), and every read of it is audited. Details
 * are checked by {@link ChildRules}; a child reference is unique within a council. What "looked after on
 * a date" means is defined once, in {@link ChildRepository}.
 */
@Stateless
public class ChildService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CouncilRecords councilRecords;

    @EJB
    private ChildRepository repository;

    @EJB
    private RecordStore store;

    @EJB
    private UserService users;

    @EJB
    private AccessTrail trail;

    /** How many children of the caller's council were looked after at the end of the given day. */
    @PermitAll
    public long countLookedAfterOn(LocalDate date) {
        return repository.countLookedAfterOn(users.callerCouncilId(), date);
    }

    /**
     * A page of the caller's council's children, by surname, with whether each is looked after today; {@code search}
     * (blank for all) finds a child by the start of a name, or by the whole child reference or UPN.
     */
    @RolesAllowed(Role.PRACTITIONER)
    public Page<ChildSummary> findChildren(String search, int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw RuleViolation.of("size", "Page must be 0 or more and size between 1 and 500.");
        }
        long council = users.callerCouncilId();
        NeedToKnow.Reach reach = users.whoAmI().reach();
        List<Child> children = repository.findPage(council, reach, search, page, size);
        Set<Long> lookedAfter = repository.lookedAfterAmong(children, LocalDate.now());
        List<ChildSummary> items = children.stream()
                .map(c -> new ChildSummary(c.getId(), c.getChildRef(), c.getForename(), c.getSurname(),
                        c.getDateOfBirth(), lookedAfter.contains(c.getId())))
                .toList();
        return new Page<>(items, page, size, repository.countChildren(council, reach, search));
    }

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public ChildRecord register(ChildDetails details) {
        long council = users.callerCouncilId();
        check(details, council, null);
        Child child = new Child(em.getReference(Council.class, council), details.childRef(), details.forename(),
                details.surname(), details.sex(), details.dateOfBirth(), details.ethnicity());
        child.revise(details);
        store.add(child, null);
        return recordOf(child);
    }

    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public ChildRecord revise(long id, int openedVersion, ChildDetails details) {
        Child child = childOfCaller(id);
        store.requireOpened(Child.class, id, openedVersion);
        check(details, child.getCouncil().getId(), id);
        store.change(Child.class, id, openedVersion, id, c -> c.revise(details));
        return recordOf(child);
    }

    /** The child's whole record; the read is written to the audit trail. */
    @RolesAllowed(Role.PRACTITIONER)
    public ChildRecord get(long id) {
        Child child = childOfCaller(id);
        store.noteRead(child, id);
        return recordOf(child);
    }

    /**
     * Records a period as an unaccompanied asylum-seeking child: from a date before the 18th birthday, to
     * a date (when UASC status ceased) or open, never in the future and not overlapping another period.
     */
    @RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.LEAVING_CARE, Role.ADMINISTRATOR})
    public ChildRecord addUascPeriod(long childId, LocalDate start, LocalDate end) {
        Child child = childOfCaller(childId);
        LocalDate today = LocalDate.now();
        if (start == null || start.isAfter(today) || start.isBefore(child.getDateOfBirth())
                || !start.isBefore(child.getDateOfBirth().plusYears(18))) {
            throw RuleViolation.of("startDate", "Give a date between the child's birth and 18th birthday, not in the future.");
        }
        if (end != null && (end.isBefore(start) || end.isAfter(today))) {
            throw RuleViolation.of("endDate", "The date UASC status ceased must be between the start and today.");
        }
        for (UascPeriod other : repository.uascPeriodsOf(childId)) {
            boolean overlaps = (other.getEndDate() == null || !start.isAfter(other.getEndDate()))
                    && (end == null || !other.getStartDate().isAfter(end));
            if (overlaps) {
                throw RuleViolation.of("startDate", "Overlaps the UASC period from "
                        + UkDates.format(other.getStartDate()) + ".");
            }
        }
        store.add(new UascPeriod(child, start, end), childId);
        return recordOf(child);
    }

    /**
     * The child with this id if the caller's council holds it and the caller's caseload reaches it ({@link NeedToKnow});
     * otherwise "not found", never "forbidden", so a child outside the caseload looks like one that does not exist. A
     * refusal by need to know is written to the audit trail (the child's id, never their name).
     */
    @RolesAllowed(Role.PRACTITIONER)
    public Child childOfCaller(long id) {
        Child child = councilRecords.find(Child.class, id, "child");
        CurrentUser caller = users.whoAmI();
        NeedToKnow.Reach reach = caller.reach();
        if (!reach.everyChild() && !reach.reaches(repository.caseOf(child, LocalDate.now()))) {
            trail.outsideCaseload(caller.username(), id);
            throw new RecordNotFound("child", id);
        }
        return child;
    }

    private void check(ChildDetails details, long council, Long exceptId) {
        List<FieldError> errors = new ArrayList<>(ChildRules.check(details, LocalDate.now()));
        if (details.childRef() != null && repository.childRefTaken(council, details.childRef(), exceptId)) {
            errors.add(new FieldError("childRef", "The council already holds a child with reference " + details.childRef() + "."));
        }
        RuleViolation.throwIfAny(errors);
    }

    private ChildRecord recordOf(Child child) {
        List<Episode> episodes = repository.episodesOf(child.getId());
        List<AuditEvent> last = store.history(Child.class, child.getId(), 1);
        return new ChildRecord(child.getId(), child.getVersion(), child.getChildRef(), child.getForename(),
                child.getSurname(), child.getSex(), child.getDateOfBirth(), child.getEthnicity(), child.getUpn(),
                child.getHomePostcode(), child.getNhsNumber(), episodes.stream().map(EpisodeView::of).toList(), PeriodOfCare.of(episodes),
                repository.uascPeriodsOf(child.getId()).stream()
                        .map(u -> new ChildRecord.UascView(u.getId(), u.getVersion(), u.getStartDate(), u.getEndDate()))
                        .toList(),
                last.isEmpty() ? null : last.get(0).getUsername(), last.isEmpty() ? null : last.get(0).getHappenedAt());
    }
}
