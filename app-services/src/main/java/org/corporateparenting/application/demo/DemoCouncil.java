package org.corporateparenting.application.demo;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.careleaver.CareLeaver;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdReview;
import org.corporateparenting.domain.household.SupervisoryVisit;
import org.corporateparenting.domain.review.IroAllocation;
import org.corporateparenting.domain.review.LookedAfterReview;

/**
 * Everything generated for one council, not yet stored, in an order that can be persisted as listed.
 * {@code childRecords} holds the other records about children (leaving care, health, education, escalations,
 * adoption); {@code fosteringRecords} the recruitment pipeline, panels, allegations and complaints.
 */
public record DemoCouncil(Council council, List<FosterHousehold> households, List<ApprovalTerms> terms,
        List<HouseholdReview> householdReviews, List<SupervisoryVisit> visits, List<Child> children,
        List<Episode> episodes, List<CareLeaver> careLeavers, List<LookedAfterReview> reviews,
        List<IroAllocation> iroAllocations, List<Object> childRecords, List<Object> fosteringRecords) {

    /** Every generated record, in an order that can be persisted as listed. */
    public List<Object> records() {
        List<Object> all = new ArrayList<>();
        all.add(council);
        all.addAll(households);
        all.addAll(terms);
        all.addAll(householdReviews);
        all.addAll(visits);
        all.addAll(children);
        all.addAll(episodes);
        all.addAll(careLeavers);
        all.addAll(reviews);
        all.addAll(iroAllocations);
        all.addAll(childRecords);
        all.addAll(fosteringRecords);
        return all;
    }
}
