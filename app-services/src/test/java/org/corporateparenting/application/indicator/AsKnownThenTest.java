package org.corporateparenting.application.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.audit.AuditAction;
import org.corporateparenting.domain.audit.AuditEvent;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.household.FosterHousehold;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.household.SupervisoryVisit;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.HouseholdHistory;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Standards;
import org.corporateparenting.domain.recruitment.EnquiryStage;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;
import org.corporateparenting.domain.shared.Recorded;
import org.corporateparenting.infrastructure.persistence.Revert;
import org.junit.jupiter.api.Test;

/**
 * Months counted from the children's records as known when each was extracted (the 10th of the next month here): an
 * end of care recorded three weeks late, and a child recorded two months after coming into care. Without a database.
 */
class AsKnownThenTest {

    private final Council council = new Council("999", "Test council");
    private final Child amy = Revert.identified(new Child(council, "K1", "Amy", "Ash", "2", LocalDate.of(2012, 1, 1), "WBRI"), 1);
    private final Episode amys = Revert.identified(new Episode(amy, LocalDate.of(2024, 1, 1), "S", "C2", "N1", "U4"), 2);
    private final Child ben = Revert.identified(new Child(council, "K2", "Ben", "Birch", "1", LocalDate.of(2013, 1, 1), "WBRI"), 3);
    private final Episode bens = Revert.identified(new Episode(ben, LocalDate.of(2024, 4, 1), "S", "C2", "N1", "U4"), 4);
    private final List<AuditEvent> trail = new ArrayList<>();

    private void happened(String at, AuditAction action, Recorded record, Child about, String changes) {
        trail.add(new AuditEvent(LocalDateTime.parse(at), "someone", action, record.getClass().getSimpleName(), record.getId(),
                about == null ? null : about.getId(), changes));
    }

    private List<Double> inCare(boolean knownThen, String... months) {
        CouncilHistory history = CouncilHistory.of(List.of(amy, amys, ben, bens), Map.of());
        List<ReportingMonth> chosen = Arrays.stream(months).map(ReportingMonth::parse).toList();
        if (knownThen) {
            Map<ReportingMonth, LocalDateTime> extracts = new HashMap<>();
            chosen.forEach(m -> extracts.put(m, m.end().plusDays(10).atStartOfDay()));
            new AsKnownThen(Map.of("Episode", Episode.class, "Child", Child.class)).apply(history, extracts, trail);
        }
        return Catalogue.of(Standards.DEFAULT).engine().compute(history, chosen).stream()
                .map(d -> d.measure("CIC_COUNT").orElseThrow().numerator()).toList();
    }

    @Test
    void eachMonthCountsWhatWasRecordedByItsExtractDay() {
        amys.end(LocalDate.of(2024, 5, 31), "E13", null);
        happened("2024-06-20T09:00", AuditAction.UPDATE, amys, amy, "endDate: null -> 2024-05-31; reasonCeased: null -> E13");
        happened("2024-06-15T10:00", AuditAction.CREATE, ben, ben, "childRef: K2");
        happened("2024-06-15T10:05", AuditAction.CREATE, bens, ben, "startDate: 2024-04-01");

        assertThat(inCare(false, "2024-04", "2024-05", "2024-06")).as("from today's records").containsExactly(2.0, 1.0, 1.0);
        assertThat(inCare(true, "2024-04", "2024-05", "2024-06")).as("as known on the 10th of the next month")
                .containsExactly(1.0, 1.0, 1.0);
        CouncilHistory history = CouncilHistory.of(List.of(amy, amys, ben, bens), Map.of());
        ReportingMonth may = ReportingMonth.parse("2024-05");
        new AsKnownThen(Map.of()).apply(history, Map.of(may, LocalDateTime.parse("2024-06-10T00:00")), trail);
        assertThat(history.in(history.children().get(0), may).episodes().get(0).getEndDate()).as("Amy's end not yet recorded")
                .isNull();
        assertThat(history.in(history.children().get(1), may)).as("Ben not yet recorded").isNull();
        assertThat(amys.getEndDate()).as("today's record untouched").isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void aRecordRemovedLaterCountsInTheMonthsBeforeAndNoTrailChangesNothing() {
        happened("2024-07-01T09:00", AuditAction.DELETE, bens, ben, "child: 3; startDate: 2024-04-01; reasonNew: S; legalStatus: C2; "
                + "categoryOfNeed: N1; placementType: U4");
        CouncilHistory history = CouncilHistory.of(List.of(amy, amys, ben), Map.of());
        ReportingMonth june = ReportingMonth.parse("2024-06");
        new AsKnownThen(Map.of("Episode", Episode.class)).apply(history, Map.of(june, LocalDateTime.parse("2024-06-10T00:00")), trail);
        Dataset counted = Catalogue.of(Standards.DEFAULT).engine().compute(history, List.of(june)).get(0);
        assertThat(counted.measure("CIC_COUNT").orElseThrow().numerator()).as("Ben's episode, removed on 1 July, counted in June").isEqualTo(2.0);

        trail.clear();
        assertThat(inCare(true, "2024-04", "2024-05")).isEqualTo(inCare(false, "2024-04", "2024-05"));
    }

    @Test
    void aHouseholdsVisitRecordedLateIsNotYetThereInTheMonthBefore() {
        FosterHousehold home = Revert.identified(new FosterHousehold(council, "H1", "Hart household", HouseholdType.MAINSTREAM,
                LocalDate.of(2023, 1, 1)), 10);
        SupervisoryVisit visit = Revert.identified(new SupervisoryVisit(home, LocalDate.of(2024, 5, 20), false, "Adviser"), 11);
        happened("2024-06-20T09:00", AuditAction.CREATE, visit, null, "household: 10; visitDate: 2024-05-20");
        CouncilHistory history = CouncilHistory.of(List.of(home, visit), Map.of());
        ReportingMonth may = ReportingMonth.parse("2024-05");
        ReportingMonth june = ReportingMonth.parse("2024-06");
        new AsKnownThen(Map.of()).apply(history, Map.of(may, LocalDateTime.parse("2024-06-10T00:00"),
                june, LocalDateTime.parse("2024-07-10T00:00")), trail);
        HouseholdHistory today = history.households().get(0);
        assertThat(today.lastVisitBy(LocalDate.of(2024, 5, 31))).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(history.in(today, may).lastVisitBy(LocalDate.of(2024, 5, 31))).as("recorded on 20 June").isNull();
        assertThat(history.in(today, june)).as("known by the June extract").isSameAs(today);
    }

    @Test
    void anEnquiryMovedOnLaterIsAtItsEarlierStageInTheMonthBefore() {
        FosteringEnquiry enquiry = Revert.identified(new FosteringEnquiry(council, "ENQ1", "website", LocalDate.of(2024, 4, 2)), 20);
        enquiry.reach(EnquiryStage.INITIAL_VISIT, LocalDate.of(2024, 5, 28));
        happened("2024-06-15T09:00", AuditAction.UPDATE, enquiry, null, "initialVisitOn: null -> 2024-05-28");
        CouncilHistory history = CouncilHistory.of(List.of(enquiry), Map.of());
        ReportingMonth may = ReportingMonth.parse("2024-05");
        new AsKnownThen(Map.of()).apply(history, Map.of(may, LocalDateTime.parse("2024-06-10T00:00")), trail);
        FosteringEnquiry then = history.in(enquiry, may);
        assertThat(then).isNotSameAs(enquiry);
        assertThat(then.stages()).as("recorded on 15 June").doesNotContainKey(EnquiryStage.INITIAL_VISIT);
        assertThat(enquiry.stages()).containsEntry(EnquiryStage.INITIAL_VISIT, LocalDate.of(2024, 5, 28));
    }
}
