package org.corporateparenting.domain.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.episode.LookedAfter;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.Allegation;
import org.corporateparenting.domain.household.Complaint;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.LegalBasis;
import org.corporateparenting.domain.household.SupervisoryVisit;

/** A foster household's approvals, visits, allegations, complaints and the children placed with it, gathered once. */
public final class HouseholdHistory {

    private final FosterHousehold household;
    final List<ApprovalTerms> terms = new ArrayList<>();
    final List<SupervisoryVisit> visits = new ArrayList<>();
    final List<Allegation> allegations = new ArrayList<>();
    final List<Complaint> complaints = new ArrayList<>();
    final List<Episode> placements = new ArrayList<>();

    HouseholdHistory(FosterHousehold household) {
        this.household = household;
    }

    void seal() {
        terms.sort(Comparator.comparing(ApprovalTerms::getEffectiveFrom));
        visits.sort(Comparator.comparing(SupervisoryVisit::getVisitDate));
    }

    public FosterHousehold household() {
        return household;
    }

    public Long id() {
        return household.getId();
    }

    /**
     * Every record gathered for the household (the household first, then its terms, visits, allegations, complaints and
     * the episodes placed with it), so it can be gathered again as the records stood at an earlier time.
     */
    public List<Object> records() {
        List<Object> all = new ArrayList<>();
        all.add(household);
        all.addAll(terms);
        all.addAll(visits);
        all.addAll(allegations);
        all.addAll(complaints);
        all.addAll(placements);
        return all;
    }

    public boolean approvedAt(LocalDate date) {
        return household.isApprovedOn(date);
    }

    /** Whether the household was first approved under regulation 24 (temporary, connected person). */
    public boolean firstApprovedTemporarily() {
        return !terms.isEmpty() && terms.get(0).getLegalBasis() == LegalBasis.TEMPORARY_REG24;
    }

    /** When the household was first fully approved (regulation 27), or null. */
    public LocalDate fullApprovalOn() {
        return terms.stream().filter(t -> t.getLegalBasis() == LegalBasis.FULL).map(ApprovalTerms::getEffectiveFrom)
                .findFirst().orElse(null);
    }

    /** The last supervising visit on or before the date, or null. */
    public LocalDate lastVisitBy(LocalDate date) {
        LocalDate last = null;
        for (SupervisoryVisit v : visits) {
            if (!v.getVisitDate().isAfter(date)) {
                last = v.getVisitDate();
            }
        }
        return last;
    }

    /** Children placed with the household at the end of the date. */
    public long childrenPlacedAt(LocalDate date) {
        return placements.stream().filter(e -> e.isOpenOn(date) && LookedAfter.counts(e))
                .map(e -> e.getChild()).distinct().count();
    }

    public List<Allegation> allegations() {
        return allegations;
    }

    public List<Complaint> complaints() {
        return complaints;
    }

    /** The places the household is approved for on the date (its terms then in force), or 0 when not approved. */
    public int placesAt(LocalDate date) {
        if (!approvedAt(date)) {
            return 0;
        }
        return terms.stream().filter(t -> t.inForceOn(date)).mapToInt(ApprovalTerms::getPlaces).reduce((a, b) -> b).orElse(0);
    }
}
