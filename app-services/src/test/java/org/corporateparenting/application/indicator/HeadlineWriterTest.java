package org.corporateparenting.application.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.indicator.Unit;
import org.junit.jupiter.api.Test;

class HeadlineWriterTest {

    private final Map<String, HeadlineWriter.Figure> figures = new HashMap<>();

    private void put(String code, int monthsBefore, String value, Unit unit) {
        put(code, monthsBefore, value, unit, false, "Feb 2023");
    }

    private void put(String code, int monthsBefore, String value, Unit unit, boolean suppressed, String cohort) {
        figures.put(code + "@" + monthsBefore,
                new HeadlineWriter.Figure(value == null ? null : new BigDecimal(value), suppressed, unit, cohort));
    }

    private List<Headline> write(ReportingMonth month) {
        return new HeadlineWriter(month, (code, before) -> figures.get(code + "@" + before), 5).write();
    }

    private Headline about(List<Headline> headlines, String code) {
        return headlines.stream().filter(h -> h.codes().get(0).equals(code)).findFirst().orElseThrow();
    }

    @Test
    void childrenInCareAreRoundedOnceFromTheUnroundedValue() {
        put("CIC_COUNT", 0, "437", Unit.COUNT);
        put("CIC_COUNT", 1, "1444", Unit.COUNT);
        put("CIC_RATE", 0, "64.4500", Unit.RATE_PER_10000);
        put("CIC_RATE", 1, "65.5900", Unit.RATE_PER_10000);
        put("CIC_UASC_COUNT", 0, "34", Unit.COUNT);
        put("CIC_UASC_COUNT", 1, "33", Unit.COUNT);

        Headline headline = about(write(ReportingMonth.of(2023, 3)), "CIC_COUNT");

        // 64.45 is 64 when rounded once; rounding the shown 64.5 again would give 65.
        assertThat(headline.text()).isEqualTo("We have 437 children in care (rate of 64 per 10,000), 34 of them unaccompanied "
                + "asylum-seeking children. In the previous month we had 1,444 (66) and 33 respectively.");
        assertThat(headline.parts().stream().filter(Headline.Part::figure).map(Headline.Part::text))
                .containsExactly("437", "64", "34", "1,444", "66", "33");
    }

    @Test
    void oneChildIsSingularAndAWithheldCountReadsFewerThanTheThresholdPlusOne() {
        put("ADO_ADOPTED_R12", 0, "1", Unit.COUNT);
        put("CL_BANDB_COUNT", 0, "3", Unit.COUNT, true, "Mar 2023");
        put("CL_BANDB_COUNT", 1, "0", Unit.COUNT);
        put("CL_EET", 0, "50.0000", Unit.PERCENT, true, "Mar 2023");
        put("CL_EET", 1, "52.4900", Unit.PERCENT);

        List<Headline> headlines = write(ReportingMonth.of(2023, 3));

        assertThat(about(headlines, "ADO_ADOPTED_R12").text()).isEqualTo("1 child was adopted in the last 12 months.");
        assertThat(about(headlines, "CL_BANDB_COUNT").text())
                .isEqualTo("We have fewer than 6 care leavers in bed and breakfast accommodation. In the previous month we had 0.");
        assertThat(about(headlines, "CL_EET").text()).isEqualTo("A withheld percentage of our care leavers aged 19 to 21 are in "
                + "education, employment or training. Last month this was 52%.");
    }

    @Test
    void aCountWithheldToProtectAnotherIsNotCalledFewerThanSix() {
        put("CL_BANDB_COUNT", 0, "8", Unit.COUNT, true, "Mar 2023");
        put("CL_BANDB_COUNT", 1, "0", Unit.COUNT);
        String text = about(write(ReportingMonth.of(2023, 3)), "CL_BANDB_COUNT").text();
        assertThat(text).doesNotContain("fewer than 6").doesNotContain("8").contains("a withheld number of care leavers");
    }

    @Test
    void anIndicatorInArrearsNamesItsCohortMonthsAndAComparisonWithoutAFigureAndAnUnpublishedOneAreLeftOut() {
        put("HLT_IHA_20D", 0, "66.6667", Unit.PERCENT, false, "Feb 2023");
        put("HLT_IHA_20D", 1, null, Unit.PERCENT, false, "Jan 2023");

        List<Headline> headlines = write(ReportingMonth.of(2023, 3));

        assertThat(about(headlines, "HLT_IHA_20D").text()).isEqualTo("Of the children who came into care in Feb 2023, 67% had "
                + "their initial health assessment within 20 working days.");
        assertThat(headlines).extracting(h -> h.codes().get(0)).containsExactly("HLT_IHA_20D");
    }

    @Test
    void attendanceInSeptemberComparesWithTheWholeOfLastAcademicYear() {
        put("EDU_ATTENDANCE", 0, "91.5", Unit.PERCENT);
        put("EDU_ATTENDANCE", 1, "88.49", Unit.PERCENT);

        assertThat(about(write(ReportingMonth.of(2023, 9)), "EDU_ATTENDANCE").text()).isEqualTo(
                "The average attendance of our children in care this academic year is 92% (88% over the last academic year).");
        assertThat(about(write(ReportingMonth.of(2023, 10)), "EDU_ATTENDANCE").text()).endsWith("(88% up to last month).");
    }

    /** Before the autumn term's attendance is recorded there is no figure: the summary says nothing, not "not available". */
    @Test
    void aSentenceWhoseFigureCouldNotBeComputedIsLeftOut() {
        put("EDU_ATTENDANCE", 0, null, Unit.PERCENT);
        put("EDU_ATTENDANCE", 1, null, Unit.PERCENT);
        put("PLC_STAB_3PLUS", 0, "8.2", Unit.PERCENT);
        put("PLC_STAB_3PLUS", 1, null, Unit.PERCENT);

        List<Headline> headlines = write(ReportingMonth.of(2026, 11));

        assertThat(headlines).extracting(h -> h.codes().get(0)).containsExactly("PLC_STAB_3PLUS");
        assertThat(about(headlines, "PLC_STAB_3PLUS").text())
                .isEqualTo("8% of our children in care had 3 or more placements in the last 12 months.");
        assertThat(headlines).allSatisfy(h -> assertThat(h.text()).doesNotContain("not available"));
    }
}
