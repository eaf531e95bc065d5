package org.corporateparenting.application.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.indicator.Benchmark;
import org.corporateparenting.domain.indicator.BenchmarkKind;
import org.corporateparenting.domain.indicator.IndicatorTarget;
import org.corporateparenting.domain.indicator.PopulationEstimate;
import org.corporateparenting.domain.indicator.ReportingMonth;

/**
 * The demo council's settings around its dataset: a population estimate that gives a rate near England's,
 * targets with tolerances like those of the real packs, and benchmarks as printed in a published 2023 pack
 * (national aggregates, no child's data). The demo's months are then published by the loader.
 */
final class DemoDataset {

    /** Code, target, red threshold (blank for none). */
    private static final String[][] TARGETS = {
        {"CIC_RATE", "60", "70"}, {"HLT_IHA_20D", "95", "80"}, {"HLT_RHA_ONTIME_12M", "90", "85"},
        {"HLT_DENTAL_12M", "85", "75"}, {"EWB_SDQ_COMPLETED", "80", ""}, {"SAF_MISSING_ANY", "10", "12"},
        {"PLC_STAB_3PLUS", "9.6", "12"}, {"PLC_STAB_LONGTERM", "70", "68"}, {"PLC_FOSTER_PCT", "71", ""},
        {"CL_PATHWAY_PLAN_UPTODATE", "95", "90"}, {"CL_SUITABLE_ACCOM", "96", "90"}, {"CL_EET", "60", "50"},
        {"CL_IN_TOUCH", "93", "88"}, {"ADO_A2_DAYS", "121", "127"}, {"ADO_A10_DAYS", "342", "426"},
        {"EDU_ATTENDANCE", "95", "90"}, {"FC_VISITS_UPTODATE", "80", "70"}, {"REV_CLA_REVIEWS_TIMELY", "95", "90"}};

    /** Code, England, good and outstanding statistical neighbours, as printed in the March 2023 pack (D23). */
    private static final String[][] BENCHMARKS = {
        {"CIC_RATE", "70.0", "61.2"}, {"CIC_UASC_PCT", "7.0", "6.0"}, {"HLT_RHA_ONTIME_12M", "89.0", "90.7"},
        {"HLT_DENTAL_12M", "70.0", "68.3"}, {"HLT_IMMS_12M", "85.0", "87.3"}, {"EWB_SDQ_COMPLETED", "77.0", "67.8"},
        {"EWB_SDQ_AVG_SCORE", "14.0", "14.7"}, {"SAF_MISSING_ANY", "11.0", "9.9"}, {"SAF_MISSING_REPEAT", "7.0", "5.9"},
        {"PLC_FOSTER_PCT", "70.0", "71.4"}, {"PLC_STAB_3PLUS", "10.0", "10.5"}, {"PLC_STAB_LONGTERM", "71.0", "72.5"},
        {"PERM_SGO", "13.0", "16.3"}, {"PERM_ADOPTION", "10.0", "9.0"}, {"ADO_A10_DAYS", "376.0", "342.2"},
        {"ADO_A2_DAYS", "178.0", "149.2"}, {"CL_EET_OC3", "55.0", "58.7"}};

    private DemoDataset() {
    }

    static void settle(EntityManager em, Council council, long childrenInCare, LocalDate today) {
        int estimate = (int) Math.max(1000, Math.round(childrenInCare * 10_000.0 / 64));
        for (int year = today.getYear() - 7; year <= today.getYear(); year++) {
            em.persist(new PopulationEstimate(council, year, estimate + (year - today.getYear()) * 120));
        }
        int thisYear = ReportingMonth.lastCompleteBefore(today).financialYear();
        for (int year = thisYear - 2; year <= thisYear; year++) {
            for (String[] t : TARGETS) {
                IndicatorTarget target = new IndicatorTarget(council, t[0], year);
                target.set(new BigDecimal(t[1]), t[2].isEmpty() ? null : new BigDecimal(t[2]), "demo");
                em.persist(target);
            }
        }
        for (String[] b : BENCHMARKS) {
            benchmark(em, council, b[0], BenchmarkKind.ENGLAND, b[1]);
            benchmark(em, council, b[0], BenchmarkKind.GOOD_OUTSTANDING_NEIGHBOURS, b[2]);
        }
    }

    private static void benchmark(EntityManager em, Council council, String code, BenchmarkKind kind, String value) {
        Benchmark benchmark = new Benchmark(council, code, kind, "2021/22");
        benchmark.set(new BigDecimal(value), "As printed in a council's March 2023 board pack (demo)");
        em.persist(benchmark);
    }
}
