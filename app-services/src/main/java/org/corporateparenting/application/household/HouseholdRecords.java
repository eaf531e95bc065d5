package org.corporateparenting.application.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.household.CarerTraining;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdCarer;
import org.corporateparenting.domain.household.HouseholdHold;
import org.corporateparenting.domain.household.SupervisoryVisit;
import org.corporateparenting.infrastructure.persistence.HouseholdRepository;

/** Assembles a household's whole record from its parts. */
final class HouseholdRecords {

    private HouseholdRecords() {
    }

    static HouseholdRecord of(FosterHousehold h, HouseholdRepository repository, LocalDate nextReviewDue, LastChange lastChange) {
        LocalDate today = LocalDate.now();
        List<SupervisoryVisit> visits = repository.visitsOf(h.getId());
        List<HouseholdHold> holds = repository.holdsOf(h.getId());
        List<HouseholdCarer> carers = repository.carersOf(h.getId());
        List<CarerTraining> training = repository.trainingOf(h.getId());
        Set<String> tsdDone = training.stream().filter(t -> CarerTraining.TSD.equals(t.getCourse())).map(CarerTraining::getCarerName)
                .collect(Collectors.toSet());
        return new HouseholdRecord(h.getId(), h.getVersion(), h.getHouseholdRef(), h.getName(), h.getType(),
                h.getApprovedOn(), h.getDeregisteredOn(), h.getDeregistrationReason(), h.getPostcode(),
                repository.termsOf(h.getId()).stream().map(t -> new HouseholdRecord.Terms(t.getId(), t.getVersion(),
                        t.getEffectiveFrom(), t.getEffectiveTo(), t.getLegalBasis(), t.getPlaces(), t.getAgeFrom(),
                        t.getAgeTo(), t.getTemporaryExpires(), t.isTemporaryExtended(), t.getReason())).toList(),
                holds.stream().map(x -> new HouseholdRecord.Hold(x.getId(), x.getVersion(), x.getFromDate(), x.getToDate(),
                        x.getReason())).toList(),
                holds.stream().anyMatch(x -> x.coversDate(today)),
                repository.reviewsOf(h.getId()).stream().map(r -> new HouseholdRecord.Review(r.getId(), r.getDueDate(),
                        r.getHeldOn(), r.wasOnTime(), r.getOutcome(), r.isToPanel(), r.isConfirmedEarly())).toList(),
                nextReviewDue, nextReviewDue != null && nextReviewDue.isBefore(today),
                visits.stream().map(v -> new HouseholdRecord.Visit(v.getId(), v.getVisitDate(), v.isUnannounced(),
                        v.getWorker())).toList(),
                visits.stream().filter(SupervisoryVisit::isUnannounced).map(SupervisoryVisit::getVisitDate)
                        .reduce((a, b) -> b).orElse(null),
                repository.allegationsOf(h.getId()).stream().map(a -> new HouseholdRecord.AllegationView(a.getId(),
                        a.getVersion(), a.getChildId(), a.getIncidentDate(), a.getReferralDate(), a.getCategory(), a.getOutcome(),
                        a.getOutcomeDate())).toList(),
                repository.complaintsOf(h.getId()).stream().map(c -> new HouseholdRecord.ComplaintView(c.getId(),
                        c.getVersion(), c.getReceivedDate(), c.getComplainantType(), c.getStage(), c.getOutcome(),
                        c.getClosedDate())).toList(),
                repository.placementsOn(h.getId(), today).stream().map(e -> new HouseholdRecord.Placed(
                        e.getChild().getId(), e.getChild().getChildRef(), e.getStartDate(), e.getPlacementType(),
                        e.getExemption() == null ? null : e.getExemption().details())).toList(),
                carers.stream().map(c -> new HouseholdRecord.Carer(c.getId(), c.getName(), c.getRole())).toList(),
                training.stream().map(t -> new HouseholdRecord.Training(t.getId(), t.getCarerName(), t.getCourse(), t.getCompletedOn())).toList(),
                h.getApprovedOn() == null ? null : CarerTraining.tsdDueFor(h),
                !carers.isEmpty() && carers.stream().allMatch(c -> tsdDone.contains(c.getName())), lastChange,
                repository.namedChildrenOf(h.getId()).stream().map(n -> n.getChild().getId()).toList());
    }
}
