package org.corporateparenting.application.household;

import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.episode.ExemptionDetails;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.HouseholdCarer;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.LegalBasis;
import org.corporateparenting.domain.household.ReviewOutcome;

/**
 * A household's whole record as the fostering service sees it, with the version to send back; its carers, their
 * training, and when the TSD standards are due ({@code tsdCompleted} once every named carer has completed them); who
 * last changed the household's details; for a connected person, the children named on the approval (reg. 24).
 */
public record HouseholdRecord(long id, int version, String householdRef, String name, HouseholdType type,
        LocalDate approvedOn, LocalDate deregisteredOn, DeregistrationReason deregistrationReason, String postcode,
        List<Terms> terms, List<Hold> holds, boolean onHold, List<Review> reviews, LocalDate nextReviewDue, boolean reviewOverdue, List<Visit> visits,
        LocalDate lastUnannouncedVisit, List<AllegationView> allegations, List<ComplaintView> complaints,
        List<Placed> childrenPlaced, List<Carer> carers, List<Training> training, LocalDate tsdDue, boolean tsdCompleted,
        LastChange lastChange, List<Long> namedChildren) {

    /** A carer of the household. */
    public record Carer(long id, String name, HouseholdCarer.CarerRole role) {
    }

    /** A course a carer completed. */
    public record Training(long id, String carerName, String course, LocalDate completedOn) {
    }

    /** Approval terms in force from {@code effectiveFrom} to {@code effectiveTo} (open when current). */
    public record Terms(long id, int version, LocalDate effectiveFrom, LocalDate effectiveTo, LegalBasis legalBasis,
            int places, int ageFrom, int ageTo, LocalDate temporaryExpires, boolean temporaryExtended, String reason) {
    }

    /** A time on hold. */
    public record Hold(long id, int version, LocalDate fromDate, LocalDate toDate, String reason) {
    }

    /** A review held ({@code confirmedEarly}: a further review within ten months of the last, confirmed as such). */
    public record Review(long id, LocalDate dueDate, LocalDate heldOn, boolean onTime, ReviewOutcome outcome,
            boolean toPanel, boolean confirmedEarly) {
    }

    /** A supervising social worker's visit. */
    public record Visit(long id, LocalDate visitDate, boolean unannounced, String worker) {
    }

    /** An allegation against the carers. */
    public record AllegationView(long id, int version, Long childId, LocalDate incidentDate, LocalDate referralDate, String category,
            String outcome, LocalDate outcomeDate) {
    }

    /** A complaint. */
    public record ComplaintView(long id, int version, LocalDate receivedDate, String complainantType, String stage,
            String outcome, LocalDate closedDate) {
    }

    /** A child placed with the household today, with the exemption the placement was made under (null for none). */
    public record Placed(long childId, String childRef, LocalDate since, String placementType,
            ExemptionDetails exemption) {
    }
}
