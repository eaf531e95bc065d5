package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corporateparenting.domain.child.Child;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.episode.Episode;
import org.corporateparenting.domain.indicator.CouncilHistory;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.review.Escalation;
import org.corporateparenting.domain.review.EscalationStage;
import org.corporateparenting.domain.review.LookedAfterReview;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The IRO report's figures on three hand-built children (synthetic), around the edges of the year 2025-26. */
class IroYearFiguresTest {

    static final Council COUNCIL = new Council("999", "Test council");
    static final List<Object> RECORDS = new ArrayList<>();
    static AnnualFigures figures;

    @BeforeAll
    static void count() {
        Child a = child("A", "2015-06-01");
        episode(a, "2024-01-10", null);
        review(a, "2025-05-12", "2025-05-10", "PN1");
        review(a, "2025-10-30", "2025-11-01", "PN7");
        review(a, "2026-04-01", "2026-03-31", "PN1");
        review(a, "2026-04-02", "2026-04-01", "PN1");
        review(a, "2024-06-01", "2024-06-01", "PN1");
        Escalation raised = new Escalation(a, "iro", d("2025-06-01"), EscalationStage.STAGE_1, Set.of("CARE_PLAN"));
        raised.close(d("2025-08-01"), "Resolved");
        Escalation earlier = new Escalation(a, "iro", d("2025-03-01"), EscalationStage.INFORMAL, Set.of("HEALTH"));
        earlier.close(d("2025-04-10"), "Resolved");
        RECORDS.add(raised);
        RECORDS.add(earlier);
        Child b = child("B", "2025-09-01");
        episode(b, "2025-10-01", null);
        review(b, "2025-10-29", "2025-10-20", "PN0");
        Child c = child("C", "2008-01-01");
        episode(c, "2023-05-01", "2025-07-01");
        figures = IroYearFigures.of(CouncilHistory.of(RECORDS, Map.of()), ReportingYear.parse("2025-26"), Map.of("iro", 2L), Map.of());
    }

    @Test
    void childrenInCareOn31MarchByAgeBandWithLastYearBeside() {
        CountTable age = table("age");
        assertThat(age.parts()).extracting(CountTable.Count::label).containsExactly(IroYearFigures.AGE_BANDS);
        assertThat(part(age, "Under 1")).isEqualTo(new long[] {1, 0});
        assertThat(part(age, "5 to 9")).isEqualTo(new long[] {0, 1});
        assertThat(part(age, "10 to 15")).isEqualTo(new long[] {1, 0});
        assertThat(part(age, "16 and over")).isEqualTo(new long[] {0, 1});
        assertThat(age.total().thisYear()).isEqualTo(2);
        assertThat(table("movement").parts()).extracting(CountTable.Count::thisYear).containsExactly(1L, 1L);
    }

    @Test
    void reviewsByQuarterCountOnlyTheYearAndTheOnTimeOnesOfEach() {
        assertThat(table("reviews").parts()).extracting(CountTable.Count::thisYear).containsExactly(1L, 0L, 2L, 1L);
        assertThat(table("reviews").total().lastYear()).isEqualTo(1);
        CountTable onTime = table("onTime");
        assertThat(onTime.parts()).extracting(CountTable.Count::thisYear).containsExactly(1L, 0L, 1L, 1L);
        assertThat(onTime.total().thisOf()).isEqualTo(4);
        assertThat(reference("reviews.onTimePct").value()).isEqualByComparingTo("75");
    }

    @Test
    void participationLeavesOutTheUnderFoursFromItsRate() {
        assertThat(part(table("participation"), "PN0")).isEqualTo(new long[] {1, 0});
        assertThat(part(table("participation"), "PN1")).isEqualTo(new long[] {2, 1});
        assertThat(reference("participation.pct").numerator()).isEqualTo(2);
        assertThat(reference("participation.pct").denominator()).isEqualTo(3);
    }

    @Test
    void escalationsConcludedByStageAndRaisedByTheme() {
        assertThat(part(table("escalations"), "Informal")).isEqualTo(new long[] {1, 0});
        assertThat(part(table("escalations"), "Stage 1")).isEqualTo(new long[] {1, 0});
        assertThat(part(table("themes"), "Care plan implementation")).isEqualTo(new long[] {1, 0});
        assertThat(reference("escalations.raised").numerator()).isEqualTo(1);
        assertThat(reference("lastYear.escalations.raised").numerator()).isEqualTo(1);
        assertThat(reference("iro.count").aboutChildren()).as("a number of staff").isFalse();
        assertThat(reference("iro.averageCaseload").aboutChildren()).as("a workload, from the caseloads table printed whole").isFalse();
        assertThat(table("caseloads").aboutChildren()).as("IROs' caseloads: \"1 IRO\" in the words, never \"<6\" in the table").isFalse();
    }

    static CountTable table(String key) {
        return figures.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    static Reference reference(String key) {
        return figures.references().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    static long[] part(CountTable t, String label) {
        CountTable.Count c = t.parts().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
        return new long[] {c.thisYear(), c.lastYear()};
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Child child(String ref, String born) {
        Child c = new Child(COUNCIL, ref, "Test", "Child", "1", d(born), "WBRI");
        RECORDS.add(c);
        return c;
    }

    static void episode(Child c, String start, String end) {
        Episode e = new Episode(c, d(start), "S", "C2", "N1", "U5");
        e.placeWith("PR1", null, null);
        if (end != null) {
            e.end(d(end), "E11", null);
        }
        RECORDS.add(e);
    }

    static void review(Child c, String due, String held, String code) {
        RECORDS.add(new LookedAfterReview(c, d("2024-01-10"), 2, d(due), d(held), code, "iro"));
    }
}
