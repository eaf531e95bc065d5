package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corporateparenting.application.report.FosteringYearFiguresTest.d;
import static org.corporateparenting.application.report.FosteringYearFiguresTest.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.adoption.SupportRequest;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.report.ReportingYear;
import org.junit.jupiter.api.Test;

/**
 * The adoption report's figures on hand-built journeys and adopters (synthetic), with milestones on the edges of
 * 2025-26 (1 April, 31 March) and of its quarters.
 */
class AdoptionYearFiguresTest {

    static final Council COUNCIL = new Council("999", "Test council");
    static final ReportingYear YEAR = ReportingYear.parse("2025-26");

    @Test
    void quarterlyFlowsWaitingTimelinessAndTheAdopterPool() {
        List<Object> records = new ArrayList<>();
        Child a = child(records, "A", "2023-01-01", "WBRI");
        Child b = child(records, "B", "2019-06-01", "MWBC");
        Child c = child(records, "C", "2022-01-01", "WBRI");
        Child dd = child(records, "D", "2022-01-01", "WBRI");
        AdopterHousehold waitingAdopters = adopters(records, "P1", "2024-10-01", "2024-11-01", "2025-01-01", "2025-06-01", null);
        AdopterHousehold adoptedWithA = adopters(records, "P2", "2023-01-01", "2023-02-01", "2023-04-01", "2024-01-01", null);
        adopters(records, "P3", "2025-09-01", "2025-10-01", "2026-02-01", null, null);
        adopters(records, "P4", "2025-05-01", null, null, null, "2025-06-01");
        records.add(journey(a, "2024-06-01", Map.of(Milestone.SHOULD_BE_PLACED, "2024-12-01", Milestone.EARLY_PERMANENCE, "2025-04-20",
                Milestone.PLACEMENT_ORDER, "2025-05-10", Milestone.MATCHED, "2025-08-01", Milestone.PLACED, "2025-09-01",
                Milestone.ADOPTION_ORDER, "2026-03-31"), adoptedWithA));
        records.add(journey(b, "2023-01-01", Map.of(Milestone.SHOULD_BE_PLACED, "2023-09-01", Milestone.PLACEMENT_ORDER, "2024-03-15"), null));
        records.add(journey(c, "2024-01-01", Map.of(Milestone.PLACEMENT_ORDER, "2025-07-01", Milestone.PLACEMENT_ORDER_REVOKED, "2026-01-15"), null));
        records.add(journey(dd, "2024-01-01", Map.of(Milestone.SHOULD_BE_PLACED, "2025-03-31", Milestone.PLACEMENT_ORDER, "2025-04-01",
                Milestone.MATCHED, "2025-09-15", Milestone.PLACED, "2025-10-01", Milestone.ADOPTION_ORDER, "2026-04-01"), null));

        SupportRequest fund = new SupportRequest(COUNCIL, "F1", SupportRequest.Family.ADOPTIVE, SupportRequest.Kind.SUPPORT_FUND_APPLICATION,
                d("2025-04-01"));
        SupportRequest guardians = new SupportRequest(COUNCIL, "F2", SupportRequest.Family.SPECIAL_GUARDIANSHIP, SupportRequest.Kind.ADVICE,
                d("2026-03-31"));
        SupportRequest lastYear = new SupportRequest(COUNCIL, "F3", SupportRequest.Family.ADOPTIVE, SupportRequest.Kind.ADVICE, d("2025-03-31"));

        AnnualFigures f = AdoptionYearFigures.of(CouncilHistory.of(records, Map.of()), YEAR,
                Map.of("ADO_A10_DAYS", new AdoptionYearFigures.England(new BigDecimal("376"), "2021/22")), List.of(fund, guardians, lastYear));

        assertThat(parts(f, "orders").values()).containsExactly(2L, 1L, 0L, 0L);
        assertThat(parts(f, "placed").values()).containsExactly(0L, 1L, 1L, 0L);
        assertThat(parts(f, "adopted").values()).as("31 March is in the year, 1 April next is not").containsExactly(0L, 0L, 0L, 1L);
        assertThat(parts(f, "earlyPermanence").values()).containsExactly(1L, 0L, 0L, 0L);
        assertThat(lastYear(f, "decisions")).as("31 March 2025 ends last year").containsExactly(0L, 0L, 1L, 1L);
        assertThat(parts(f, "waiting").values()).as("A, B and D on 30 June; B and C until C's order is revoked")
                .containsExactly(3L, 2L, 2L, 1L);
        assertThat(f.table("waiting").orElseThrow().total()).as("a day's counts are not added up").isNull();
        assertThat(parts(f, "harder").values()).containsExactly(1L, 1L, 1L);
        assertThat(parts(f, "ended")).containsEntry("Placement order revoked", 1L);
        assertThat(parts(f, "a10")).containsEntry(AdoptionYear.WITHIN_A10, 1L);
        assertThat(f.table("a10").orElseThrow().note()).contains("376");
        assertThat(f.table("a2").orElseThrow().note()).contains("not held");
        assertThat(parts(f, "approvals").values()).containsExactly(1L, 0L, 0L, 0L);
        assertThat(parts(f, "pool")).as("adopters who have adopted leave the pool; withdrawn ones too")
                .containsEntry("Stage two", 1L).containsEntry(AdoptionYear.POOL_WAITING, 1L).containsEntry("Enquiry", 0L);
        assertThat(f.table("pool").orElseThrow().total().thisYear()).isEqualTo(2);
        assertThat(value(f, "ad.a10Days")).as("entering care 1 June 2024 to early permanence 20 April 2025").isEqualByComparingTo("323");
        assertThat(value(f, "ad.a2Days")).isEqualByComparingTo("83");
        assertThat(value(f, "ad.adopterEnquiries")).isEqualByComparingTo("2");
        assertThat(value(f, "ad.adoptersWithdrew")).isEqualByComparingTo("1");
        assertThat(value(f, "england.a10Days")).isEqualByComparingTo("376");
        assertThat(f.reference("england.a2Days").orElseThrow().value()).isNull();
        assertThat(parts(f, "support")).containsEntry("Support fund application", 1L).containsEntry("Advice", 1L);
        assertThat(lastYear(f, "support")).as("31 March 2025 is last year's").containsExactly(1L, 0L, 0L, 0L);
        assertThat(parts(f, "supportFamilies").values()).containsExactly(1L, 1L);
        assertThat(value(f, "ad.supportFundApplications")).isEqualByComparingTo("1");
    }

    @Test
    void anAgencyAddsItsCouncilsUpAndRecomputesAveragesFromTheirSums() {
        AnnualFigures one = adoptedIn(new Council("998", "One"), 100);
        AnnualFigures three = adoptedIn(new Council("997", "Three"), 250, 300, 350);
        Map<String, AnnualFigures> members = new LinkedHashMap<>();
        members.put("One council", one);
        members.put("Three council", three);

        AnnualFigures agency = AgencyYearFigures.of(members);

        assertThat(agency.table("adopted").orElseThrow().total().thisYear()).isEqualTo(4);
        assertThat(parts(agency, "adopted.byCouncil")).containsExactlyEntriesOf(orderedMap("One council", 1L, "Three council", 3L));
        assertThat(agency.table("adopted.byCouncil").orElseThrow().total().thisYear()).isEqualTo(4);
        assertThat(value(agency, "ad.adopted")).isEqualByComparingTo("4");
        assertThat(value(agency, "ad.a10Days")).as("1,000 days over 4 children, not the mean of 100 and 300").isEqualByComparingTo("250");
        assertThat(agency.table("waiting.byCouncil").orElseThrow().title()).contains("31 March");
    }

    private static AnnualFigures adoptedIn(Council council, int... days) {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            Child child = new Child(council, "C" + i, "Test", "Child", "1", d("2022-01-01"), "WBRI");
            records.add(child);
            records.add(journey(child, "2024-01-01", Map.of(Milestone.PLACED, d("2024-01-01").plusDays(days[i]).toString(),
                    Milestone.ADOPTION_ORDER, "2025-12-01"), null));
        }
        return AdoptionYearFigures.of(CouncilHistory.of(records, Map.of()), YEAR, Map.of(), List.of());
    }

    private static Child child(List<Object> records, String ref, String born, String ethnicity) {
        Child child = new Child(COUNCIL, ref, "Test", "Child", "1", d(born), ethnicity);
        records.add(child);
        return child;
    }

    private static AdoptionJourney journey(Child child, String entered, Map<Milestone, String> milestones, AdopterHousehold adopters) {
        AdoptionJourney journey = new AdoptionJourney(child, d(entered));
        milestones.forEach((m, on) -> journey.reach(m, d(on), m == Milestone.MATCHED ? adopters : null));
        return journey;
    }

    private static AdopterHousehold adopters(List<Object> records, String ref, String enquiry, String one, String two, String approved,
            String withdrawn) {
        AdopterHousehold a = new AdopterHousehold(COUNCIL, ref, d(enquiry));
        if (one != null) {
            a.enter(AdopterHousehold.Stage.STAGE_ONE, d(one));
        }
        if (two != null) {
            a.enter(AdopterHousehold.Stage.STAGE_TWO, d(two));
        }
        if (approved != null) {
            a.enter(AdopterHousehold.Stage.APPROVED, d(approved));
        }
        if (withdrawn != null) {
            a.enter(AdopterHousehold.Stage.WITHDRAWN, d(withdrawn));
        }
        records.add(a);
        return a;
    }

    private static List<Long> lastYear(AnnualFigures f, String key) {
        return f.table(key).orElseThrow().parts().stream().map(CountTable.Count::lastYear).toList();
    }

    private static BigDecimal value(AnnualFigures f, String key) {
        return f.reference(key).orElseThrow().value();
    }

    private static Map<String, Long> orderedMap(String k1, Long v1, String k2, Long v2) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
