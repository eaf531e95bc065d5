package org.corporateparenting.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corporateparenting.domain.indicator.Catalogue;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.indicator.Measure;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Standards;
import org.junit.jupiter.api.Test;

/** The board's annual report shows each year-end count and percentage of the dataset, by area; in-month figures and rates stay out. */
class BoardYearFiguresTest {

    static final List<Definition> DEFINITIONS = Catalogue.of(Standards.DEFAULT).definitions();
    static final ReportingMonth MARCH = ReportingMonth.of(2026, 3);

    @Test
    void countsAndPercentagesOn31MarchByAreaWithLastYearBeside() {
        Dataset now = new Dataset(MARCH, List.of(measure("CIC_COUNT", 34, null), measure("CL_IN_TOUCH", 10, 12L), measure("CIC_STARTS", 4, null)));
        Dataset before = new Dataset(MARCH.minus(12), List.of(measure("CIC_COUNT", 33, null), measure("CL_IN_TOUCH", 9, 11L)));
        AnnualFigures figures = BoardYearFigures.of("2025-26", "2024-25", DEFINITIONS, now, before);

        CountTable profile = table(figures, "profile");
        assertThat(row(profile, "Number of children in care")).isEqualTo(new CountTable.Count("Number of children in care", 34, 33, null, null));
        assertThat(profile.parts()).extracting(CountTable.Count::label).as("in-month counts and rates stay in the monthly dataset")
                .doesNotContain("Children who became looked after", "Rate of children in care per 10,000 children under 18");
        CountTable.Count inTouch = row(table(figures, "care-leavers"), "% of care leavers aged 19 to 21 in touch with the council");
        assertThat(inTouch.thisYear()).isEqualTo(10);
        assertThat(inTouch.thisOf()).isEqualTo(12);
        assertThat(inTouch.lastOf()).isEqualTo(11);
        assertThat(figures.references()).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("lastYear.kpi.CIC_COUNT");
            assertThat(r.numerator()).isEqualTo(33);
        });
    }

    static Measure measure(String code, double numerator, Long denominator) {
        return new Measure(code, MARCH, MARCH, numerator, denominator, denominator == null ? numerator : numerator * 100 / denominator);
    }

    static CountTable table(AnnualFigures f, String key) {
        return f.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    static CountTable.Count row(CountTable t, String label) {
        return t.parts().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }
}
