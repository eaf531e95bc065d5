package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.household.Allegation;
import org.corporateparenting.domain.household.ApprovalTerms;
import org.corporateparenting.domain.household.Complaint;
import org.corporateparenting.domain.household.DeregistrationReason;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.LegalBasis;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.recruitment.EnquiryStage;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.corporateparenting.domain.report.ReportingYear;
import org.junit.jupiter.api.Test;

/** The fostering report's figures on hand-built households and enquiries (synthetic), around the edges of 2025-26. */
class FosteringYearFiguresTest {

    static final Council COUNCIL = new Council("999", "Test council");

    @Test
    void householdsRecruitmentDeregistrationAndThePipelineOfTheYear() {
        List<Object> records = new ArrayList<>();
        FosterHousehold longStanding = new FosterHousehold(COUNCIL, "H1", "Household one", HouseholdType.MAINSTREAM, d("2020-05-01"));
        FosterHousehold newThisYear = new FosterHousehold(COUNCIL, "H2", "Household two", HouseholdType.CONNECTED_PERSON, d("2025-04-01"));
        FosterHousehold left = new FosterHousehold(COUNCIL, "H3", "Household three", HouseholdType.MAINSTREAM, d("2019-01-01"));
        left.deregister(d("2026-03-31"), DeregistrationReason.RESIGNED_RETIREMENT);
        records.addAll(List.of(longStanding, newThisYear, left, new Allegation(longStanding, null, d("2025-06-01"), "PHYSICAL"),
                new Allegation(longStanding, null, d("2025-03-31"), "PHYSICAL")));
        FosteringEnquiry approved = new FosteringEnquiry(COUNCIL, "E1", "Web", d("2025-04-10"));
        approved.reach(EnquiryStage.INITIAL_VISIT, d("2025-04-20"));
        approved.reach(EnquiryStage.APPROVED, d("2026-01-10"));
        FosteringEnquiry visitedAfterYearEnd = new FosteringEnquiry(COUNCIL, "E2", "Event", d("2026-03-01"));
        visitedAfterYearEnd.reach(EnquiryStage.INITIAL_VISIT, d("2026-04-02"));
        records.addAll(List.of(approved, visitedAfterYearEnd, new FosteringEnquiry(COUNCIL, "E3", "Web", d("2025-03-31"))));

        AnnualFigures f = FosteringYearFigures.of(CouncilHistory.of(records, Map.of()), ReportingYear.parse("2025-26"));

        assertThat(parts(f, "households")).containsEntry("Mainstream", 1L).containsEntry("Connected person", 1L);
        assertThat(parts(f, "recruited")).containsEntry("Connected person", 1L).containsEntry("Mainstream", 0L);
        assertThat(parts(f, "deregistered")).containsExactlyEntriesOf(Map.of("Resigned retirement", 1L));
        assertThat(parts(f, "pipeline")).as("the furthest stage reached by 31 March").containsEntry("Approved", 1L)
                .containsEntry("Enquiry only", 1L).containsEntry("Initial visit", 0L);
        assertThat(parts(f, "allegations")).containsExactlyEntriesOf(Map.of("Physical", 1L));
        assertThat(f.references()).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("fc.conversionPct");
            assertThat(r.value()).isEqualByComparingTo("50");
        });
    }

    @Test
    void placesFilledAndVacantOn31MarchAndComplaintsByStageAndOutcome() {
        List<Object> records = new ArrayList<>();
        FosterHousehold three = new FosterHousehold(COUNCIL, "H1", "Household one", HouseholdType.MAINSTREAM, d("2020-05-01"));
        FosterHousehold one = new FosterHousehold(COUNCIL, "H2", "Household two", HouseholdType.MAINSTREAM, d("2021-05-01"));
        Child child = new Child(COUNCIL, "C1", "Test", "Child", "1", d("2015-01-01"), "WBRI");
        Child sibling = new Child(COUNCIL, "C2", "Test", "Child", "2", d("2016-01-01"), "WBRI");
        records.addAll(List.of(three, one, child, sibling));
        ApprovalTerms earlier = new ApprovalTerms(three, d("2020-05-01"), LegalBasis.FULL, 2, 0, 18, null);
        earlier.endOn(d("2025-09-01"));
        records.addAll(List.of(earlier, new ApprovalTerms(three, d("2025-09-01"), LegalBasis.FULL, 3, 0, 18, null),
                new ApprovalTerms(one, d("2021-05-01"), LegalBasis.FULL, 1, 0, 18, null)));
        records.add(placed(child, "2025-01-01", three));
        records.add(placed(sibling, "2025-02-01", one));
        Episode beyondPlaces = placed(new Child(COUNCIL, "C3", "Test", "Child", "1", d("2014-01-01"), "WBRI"), "2025-03-01", one);
        records.add(beyondPlaces.getChild());
        records.add(beyondPlaces);
        Complaint closed = new Complaint(three, d("2025-05-01"), "CHILD", "STAGE1");
        closed.close("PARTIALLY_UPHELD", d("2025-06-01"));
        records.addAll(List.of(closed, new Complaint(one, d("2026-03-31"), "PARENT", "INFORMAL"), new Complaint(one, d("2026-04-01"), "PARENT", "STAGE2")));

        AnnualFigures f = FosteringYearFigures.of(CouncilHistory.of(records, Map.of()), ReportingYear.parse("2025-26"));

        assertThat(parts(f, "places")).as("the terms in force on 31 March: 3 places and 1; a child beyond them fills none")
                .containsExactlyEntriesOf(orderedOf("Filled", 2L, "Vacant", 2L));
        assertThat(f.table("places").orElseThrow().aboutChildren()).isFalse();
        assertThat(parts(f, "complaints")).containsEntry("Stage 1", 1L).containsEntry("Informal", 1L).containsEntry("Stage 2", 0L);
        assertThat(parts(f, "complaintOutcomes")).containsExactlyEntriesOf(Map.of("Partially upheld", 1L));
        assertThat(f.reference("fc.placesFilledPct").orElseThrow().value()).isEqualByComparingTo("50");
    }

    private static Episode placed(Child child, String from, FosterHousehold household) {
        Episode e = new Episode(child, d(from), "S", "C2", "N1", "U4");
        e.placeWith("PR1", "AB1 2CD", household);
        return e;
    }

    private static Map<String, Long> orderedOf(String k1, Long v1, String k2, Long v2) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    static Map<String, Long> parts(AnnualFigures f, String key) {
        Map<String, Long> parts = new LinkedHashMap<>();
        f.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow().parts().forEach(p -> parts.put(p.label(), p.thisYear()));
        return parts;
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
