package org.corporateparenting.application.recruitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corporateparenting.application.access.CouncilRecords;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.recruitment.EnquiryStage;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.corporateparenting.domain.recruitment.PanelCase;
import org.corporateparenting.domain.recruitment.PanelMeeting;
import org.corporateparenting.domain.shared.DateRules;
import org.corporateparenting.domain.shared.Reference;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.infrastructure.persistence.RecordStore;
import org.corporateparenting.infrastructure.persistence.RecruitmentRepository;

/**
 * The recruitment pipeline (each enquiry moves one stage at a time, on a date not before the last stage
 * nor in the future, until approved or closed) with its conversion figures, and the fostering panel
 * (meetings, the cases heard with the panel's recommendation, and the decision maker's decision, which
 * comes on or after the meeting). A meeting to come may be cancelled (not one that heard cases); its minutes are
 * dated on or after it. The fostering team and administrators.
 */
@Stateless
@RolesAllowed({Role.FOSTERING, Role.ADMINISTRATOR})
public class RecruitmentService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CouncilRecords councilRecords;

    @EJB
    private RecordStore store;

    @EJB
    private UserService users;

    @EJB
    private RecruitmentRepository recruitment;

    public List<EnquiryView> enquiries() {
        return viewsOf(recruitment.enquiriesOf(users.callerCouncilId()));
    }

    /** The enquiries still open (neither approved nor closed), the longest-standing first: the pipeline board's cards. */
    public List<EnquiryView> openEnquiries() {
        return viewsOf(recruitment.openEnquiriesOf(users.callerCouncilId()));
    }

    public EnquiryView receive(String enquiryRef, String source, LocalDate receivedOn) {
        long council = users.callerCouncilId();
        if (!Reference.ENQUIRY.fits(enquiryRef)) {
            throw RuleViolation.of("enquiryRef", Reference.ENQUIRY.rule());
        }
        if (recruitment.enquiryRefTaken(council, enquiryRef)) {
            throw RuleViolation.of("enquiryRef", "The council already has enquiry " + enquiryRef + ".");
        }
        DateRules.requireNotFuture("receivedOn", receivedOn);
        return viewOf(store.add(new FosteringEnquiry(em.getReference(Council.class, council), enquiryRef,
                source == null || source.isBlank() ? null : source.trim(), receivedOn), null));
    }

    /** Moves an open enquiry to its next stage on a date. */
    public EnquiryView advance(long id, int openedVersion, EnquiryStage stage, LocalDate on) {
        FosteringEnquiry enquiry = enquiryOfCaller(id);
        store.requireOpened(FosteringEnquiry.class, id, openedVersion);
        if (!enquiry.isOpen()) {
            throw RuleViolation.of("stage", "The enquiry is no longer open.");
        }
        EnquiryStage now = enquiry.stage();
        if (stage == null || stage.ordinal() != now.ordinal() + 1) {
            throw RuleViolation.of("stage", now == EnquiryStage.APPROVED ? "The enquiry is approved."
                    : "From " + now + " the next stage is " + EnquiryStage.values()[now.ordinal() + 1] + ".");
        }
        DateRules.requireBetween("date", on, enquiry.stages().get(now));
        return viewOf(store.change(FosteringEnquiry.class, id, openedVersion, null, e -> e.reach(stage, on)));
    }

    public EnquiryView close(long id, int openedVersion, LocalDate on, String reason) {
        FosteringEnquiry enquiry = enquiryOfCaller(id);
        store.requireOpened(FosteringEnquiry.class, id, openedVersion);
        if (!enquiry.isOpen()) {
            throw RuleViolation.of("closedOn", "The enquiry is no longer open.");
        }
        DateRules.requireBetween("closedOn", on, enquiry.stages().get(enquiry.stage()));
        if (reason == null || reason.isBlank() || reason.length() > 100) {
            throw RuleViolation.of("reason", "Say in up to 100 characters why the enquiry closed.");
        }
        return viewOf(store.change(FosteringEnquiry.class, id, openedVersion, null, e -> e.close(on, reason.trim())));
    }

    /** For enquiries received in the window: how many reached each stage, and the conversion between stages. */
    public Pipeline pipeline(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.of("from", "Give a window whose start is not after its end.");
        }
        List<FosteringEnquiry> received = recruitment.enquiriesReceived(users.callerCouncilId(), from, to);
        Map<EnquiryStage, Long> reached = new EnumMap<>(EnquiryStage.class);
        for (EnquiryStage stage : EnquiryStage.values()) {
            reached.put(stage, received.stream().filter(e -> e.stages().containsKey(stage)).count());
        }
        Map<EnquiryStage, Double> conversion = new EnumMap<>(EnquiryStage.class);
        for (EnquiryStage stage : EnquiryStage.values()) {
            if (stage.ordinal() > 0 && reached.get(EnquiryStage.values()[stage.ordinal() - 1]) > 0) {
                conversion.put(stage, Math.round(1000.0 * reached.get(stage)
                        / reached.get(EnquiryStage.values()[stage.ordinal() - 1])) / 10.0);
            }
        }
        return new Pipeline(from, to, reached, conversion);
    }

    /** A page of the council's panel meetings, the latest first. */
    public List<PanelSummary> panels(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw RuleViolation.of("size", "Page must be 0 or more and size between 1 and 500.");
        }
        List<PanelMeeting> meetings = recruitment.panelsOf(users.callerCouncilId(), page, size);
        Map<Long, long[]> cases = recruitment.casesHeardAndDecided(meetings);
        LocalDate today = LocalDate.now();
        return meetings.stream().map(m -> {
            long[] heard = cases.getOrDefault(m.getId(), new long[2]);
            return new PanelSummary(m.getId(), m.getMeetingDate(), m.statusOn(today), heard[0], heard[1], m.getMinutesOn());
        }).toList();
    }

    /** How many panel meetings the council has recorded. */
    public long countPanels() {
        return recruitment.countPanels(users.callerCouncilId());
    }

    public PanelView schedulePanel(LocalDate meetingDate) {
        if (meetingDate == null || meetingDate.isAfter(LocalDate.now().plusYears(1))) {
            throw RuleViolation.of("meetingDate", "Give the date of the meeting, no more than a year ahead.");
        }
        return panelOf(store.add(new PanelMeeting(em.getReference(Council.class, users.callerCouncilId()), meetingDate), null));
    }

    /** A case heard at a meeting already held, about one of the council's households or enquiries. */
    public PanelView hear(long meetingId, String caseType, Long householdId, Long enquiryId, String recommendation) {
        PanelMeeting meeting = meetingOfCaller(meetingId);
        if (meeting.isCancelled() || meeting.getMeetingDate().isAfter(LocalDate.now())) {
            throw RuleViolation.of("meetingId", "Cases are recorded for meetings held, not cancelled or still to come.");
        }
        if (caseType == null || !PanelCase.CASE_TYPES.contains(caseType)) {
            throw RuleViolation.of("caseType", "Choose one of " + PanelCase.CASE_TYPES + ".");
        }
        if (recommendation == null || !PanelCase.RECOMMENDATIONS.contains(recommendation)) {
            throw RuleViolation.of("recommendation", "Choose one of " + PanelCase.RECOMMENDATIONS + ".");
        }
        if ((householdId == null) == (enquiryId == null)) {
            throw RuleViolation.of("householdId", "Name either the household or the enquiry the case is about.");
        }
        FosterHousehold household = null;
        if (householdId != null) {
            household = em.find(FosterHousehold.class, householdId);
            if (household == null || household.getCouncil().getId() != meeting.getCouncil().getId()) {
                throw RuleViolation.of("householdId", "The council has no fostering household " + householdId + ".");
            }
        }
        FosteringEnquiry enquiry = enquiryId == null ? null : enquiryOfCaller(enquiryId);
        store.add(new PanelCase(meeting, caseType, household, enquiry, recommendation), null);
        return panelOf(meeting);
    }

    /** A case heard, about the household or enquiry with this reference (households are looked for first). */
    public PanelView hear(long meetingId, String caseType, String reference, String recommendation) {
        String ref = reference == null ? "" : reference.trim();
        long council = users.callerCouncilId();
        Optional<Long> household = recruitment.householdWithRef(council, ref);
        Optional<Long> enquiry = household.isPresent() ? Optional.empty() : recruitment.enquiryWithRef(council, ref);
        if (household.isEmpty() && enquiry.isEmpty()) {
            throw RuleViolation.of("reference", ref.isEmpty() ? "Give the household's or the enquiry's reference."
                    : "The council has no household or enquiry " + ref + ".");
        }
        return hear(meetingId, caseType, household.orElse(null), enquiry.orElse(null), recommendation);
    }

    /** Cancels a meeting still to come that has heard no case. */
    public PanelView cancelPanel(long meetingId, int openedVersion) {
        PanelMeeting meeting = meetingOfCaller(meetingId);
        store.requireOpened(PanelMeeting.class, meetingId, openedVersion);
        if (meeting.isCancelled() || !meeting.getMeetingDate().isAfter(LocalDate.now())) {
            throw RuleViolation.of("meetingId", "Only a meeting still to come can be cancelled.");
        }
        return panelOf(store.change(PanelMeeting.class, meetingId, openedVersion, null, PanelMeeting::cancel));
    }

    /** The date a held meeting's minutes were written: on or after the meeting, not in the future. */
    public PanelView recordMinutes(long meetingId, int openedVersion, LocalDate on) {
        PanelMeeting meeting = meetingOfCaller(meetingId);
        store.requireOpened(PanelMeeting.class, meetingId, openedVersion);
        if (meeting.isCancelled()) {
            throw RuleViolation.of("minutesOn", "The meeting was cancelled.");
        }
        DateRules.requireBetween("minutesOn", on, meeting.getMeetingDate());
        return panelOf(store.change(PanelMeeting.class, meetingId, openedVersion, null, m -> m.recordMinutes(on)));
    }

    public PanelView decide(long caseId, int openedVersion, String decision, LocalDate on) {
        PanelCase panelCase = store.find(PanelCase.class, caseId);
        PanelMeeting meeting = meetingOfCaller(panelCase.getMeeting().getId());
        store.requireOpened(PanelCase.class, caseId, openedVersion);
        if (decision == null || !PanelCase.DECISIONS.contains(decision)) {
            throw RuleViolation.of("decision", "Choose one of " + PanelCase.DECISIONS + ".");
        }
        DateRules.requireBetween("decisionOn", on, meeting.getMeetingDate());
        store.change(PanelCase.class, caseId, openedVersion, null, c -> c.decide(decision, on));
        return panelOf(meeting);
    }

    public PanelView panel(long meetingId) {
        return panelOf(meetingOfCaller(meetingId));
    }

    private PanelView panelOf(PanelMeeting m) {
        List<PanelView.Case> cases = recruitment.casesOf(m).stream()
                .map(c -> new PanelView.Case(c.getId(), c.getVersion(), c.getCaseType(), c.getHouseholdId(),
                        c.getEnquiryId(), c.about(), c.getRecommendation(), c.getDecision(), c.getDecisionOn())).toList();
        return new PanelView(m.getId(), m.getVersion(), m.getMeetingDate(), m.statusOn(LocalDate.now()), m.getMinutesOn(), cases,
                store.lastChange(m));
    }

    private EnquiryView viewOf(FosteringEnquiry e) {
        return viewOf(e, store.lastChange(e));
    }

    private List<EnquiryView> viewsOf(List<FosteringEnquiry> enquiries) {
        Map<Long, LastChange> changes = store.lastChanges(FosteringEnquiry.class, enquiries.stream().map(FosteringEnquiry::getId).toList());
        return enquiries.stream().map(e -> viewOf(e, changes.get(e.getId()))).toList();
    }

    private static EnquiryView viewOf(FosteringEnquiry e, LastChange lastChange) {
        return new EnquiryView(e.getId(), e.getVersion(), e.getEnquiryRef(), e.getSource(), e.stage(), e.stages(),
                e.getClosedOn(), e.getClosedReason(), lastChange);
    }

    private FosteringEnquiry enquiryOfCaller(long id) {
        return councilRecords.find(FosteringEnquiry.class, id, "enquiry");
    }

    private PanelMeeting meetingOfCaller(long id) {
        return councilRecords.find(PanelMeeting.class, id, "panel meeting");
    }

}
