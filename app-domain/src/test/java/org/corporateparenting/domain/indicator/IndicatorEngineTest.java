package org.corporateparenting.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.child.Child;
import org.junit.jupiter.api.Test;

class IndicatorEngineTest {

    @Test
    void manyMonthsInOnePassGiveTheSameFiguresAsEachMonthAlone() {
        Cases cases = new Cases();
        for (int i = 0; i < 12; i++) {
            Child c = cases.child("2008-0" + (1 + i % 9) + "-15");
            cases.episode(c, "2020-0" + (1 + i % 9) + "-01", i % 3 == 0 ? "2021-0" + (1 + i % 9) + "-20" : null, "S", "U5",
                    i % 3 == 0 ? "E11" : null);
        }
        CouncilHistory history = CouncilHistory.of(cases.records, Map.of(2020, 20_000));
        IndicatorEngine engine = Catalogue.of(Standards.DEFAULT).engine();
        List<ReportingMonth> months = ReportingMonth.ending(ReportingMonth.parse("2021-12"), 24);

        List<Dataset> together = engine.compute(history, months);
        for (int m = 0; m < months.size(); m++) {
            Dataset alone = engine.compute(history, List.of(months.get(m))).get(0);
            assertThat(together.get(m).measures()).isEqualTo(alone.measures());
        }
        assertThat(together.get(23).measure("CIC_COUNT").orElseThrow().value()).isEqualTo(8.0);
    }

    @Test
    void aDrillDownCountsTheSameAsTheDataset() {
        Cases cases = new Cases();
        cases.inCare("2010-01-01", "2021-01-01");
        cases.inCare("2011-01-01", "2021-11-01");
        Indicator<?> count = Catalogue.of(Standards.DEFAULT).find("CIC_COUNT").orElseThrow();
        Tally tally = Catalogue.of(Standards.DEFAULT).engine()
                .drill(CouncilHistory.of(cases.records, Map.of()), ReportingMonth.parse("2021-10"), count);
        assertThat(tally.numerator()).isEqualTo(cases.measure("CIC_COUNT", "2021-10").numerator()).isEqualTo(1);
    }

    @Test
    void aTallyKeepingMembersKnowsWhoWasCountedAndWhoWasConsidered() {
        Tally tally = new Tally(true);
        tally.include(1L, true);
        tally.include(2L, false);
        tally.include(null, true);
        assertThat(tally.counted()).containsExactly(1L);
        assertThat(tally.considered()).containsExactly(1L, 2L);
        assertThat(tally.numerator()).isEqualTo(2);
        assertThat(tally.denominator()).isEqualTo(3);
        assertThat(new Tally(false).counted()).isEmpty();
    }
}
