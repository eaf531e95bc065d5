package org.corporateparenting.application.report;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.application.report.CountTable.Count;
import org.corporateparenting.domain.indicator.Dataset;
import org.corporateparenting.domain.indicator.Measure;

/**
 * The leaving care service's year in figures for its annual report, this year beside last. Every figure is the
 * board's own indicator computed for 31 March from the case records (the same rule, so the report and the board's
 * dataset cannot disagree; reconciliation compares them with the published month): care leavers and those
 * receiving a service (CL_COUNT, CL_RECEIVING_SERVICE), those aged 19 to 21 in touch, in suitable accommodation and
 * in education, employment or training (CL_IN_TOUCH, CL_SUITABLE_ACCOM, CL_EET: no record counts as "no", as the
 * indicators define it), pathway plans (CL_PATHWAY_PLAN_HAS, CL_PATHWAY_PLAN_UPTODATE), unsuitable and bed and
 * breakfast accommodation (CL_UNSUITABLE_COUNT, CL_BANDB_COUNT), and OC3 activity on the birthdays of the year
 * (CL_EET_OC3, rolling 12 months to March).
 */
final class CareLeaverYearFigures {

    /** Each table drawn from a percentage indicator: key, title, the indicator, the words for yes and no. */
    private record Split(String key, String title, String code, String yes, String no, String reference) {
    }

    static final List<Split> SPLITS = List.of(
            new Split("inTouch", "Care leavers aged 19 to 21 in touch with the council on 31 March", "CL_IN_TOUCH", "In touch",
                    "Not in touch, or no contact recorded", "cl.inTouchPct"),
            new Split("accommodation", "Care leavers aged 19 to 21: accommodation on 31 March", "CL_SUITABLE_ACCOM", "Suitable accommodation",
                    "Not suitable, or not recorded", "cl.suitablePct"),
            new Split("eet", "Care leavers aged 19 to 21: education, employment or training on 31 March", "CL_EET",
                    "In education, employment or training", "Not, or not recorded", "cl.eetPct"),
            new Split("plans", "Eligible young people and care leavers with a pathway plan on 31 March", "CL_PATHWAY_PLAN_HAS",
                    "With a pathway plan", "Without one", "cl.planPct"),
            new Split("plansUpToDate", "Care leavers whose pathway plan was up to date on 31 March", "CL_PATHWAY_PLAN_UPTODATE", "Up to date",
                    "Not up to date, or none", "cl.planUpToDatePct"));

    private CareLeaverYearFigures() {
    }

    static AnnualFigures of(String year, String lastYear, Dataset now, Dataset before) {
        List<CountTable> tables = new ArrayList<>();
        long count = count(now, "CL_COUNT");
        long lastCount = count(before, "CL_COUNT");
        long receiving = count(now, "CL_RECEIVING_SERVICE");
        long lastReceiving = count(before, "CL_RECEIVING_SERVICE");
        tables.add(new CountTable("service", "Care leavers aged 16 to 25 on 31 March", "of care leavers",
                List.of(Count.of("Receiving a leaving care service", receiving, lastReceiving),
                        Count.of("Not receiving a service", count - receiving, lastCount - lastReceiving)),
                Count.of("Total", count, lastCount), null, true));
        for (Split s : SPLITS) {
            long[] a = split(now, s.code());
            long[] b = split(before, s.code());
            tables.add(new CountTable(s.key(), s.title(), "of them", List.of(Count.of(s.yes(), a[0], b[0]), Count.of(s.no(), a[1] - a[0], b[1] - b[0])),
                    Count.of("Total", a[1], b[1]), null, true));
        }
        tables.add(new CountTable("unsuitable", "Care leavers in unsuitable or bed and breakfast accommodation on 31 March", null,
                List.of(Count.of("In unsuitable accommodation", count(now, "CL_UNSUITABLE_COUNT"), count(before, "CL_UNSUITABLE_COUNT")),
                        Count.of("Of them, in bed and breakfast", count(now, "CL_BANDB_COUNT"), count(before, "CL_BANDB_COUNT"))),
                null, null, true));
        List<Reference> references = new ArrayList<>();
        references(now, "", references);
        references(before, "lastYear.", references);
        return new AnnualFigures(year, lastYear, tables, references);
    }

    private static void references(Dataset d, String prefix, List<Reference> out) {
        out.add(Reference.count(prefix + "cl.count", "Care leavers aged 16 to 25 on 31 March", count(d, "CL_COUNT")));
        out.add(Reference.count(prefix + "cl.receivingService", "Care leavers receiving a leaving care service", count(d, "CL_RECEIVING_SERVICE")));
        for (Split s : SPLITS) {
            long[] a = split(d, s.code());
            out.add(Reference.percent(prefix + s.reference(), s.title() + ": share " + s.yes().toLowerCase(), a[0], a[1]));
        }
        long[] oc3 = split(d, "CL_EET_OC3");
        out.add(Reference.percent(prefix + "cl.eetOc3Pct", "Care leavers aged 19 to 21 in education, employment or training on their "
                + "birthdays in the year (OC3)", oc3[0], oc3[1]));
        out.add(Reference.count(prefix + "cl.unsuitable", "Care leavers in unsuitable accommodation on 31 March", count(d, "CL_UNSUITABLE_COUNT")));
        out.add(Reference.count(prefix + "cl.bandb", "Care leavers in bed and breakfast on 31 March", count(d, "CL_BANDB_COUNT")));
    }

    private static long count(Dataset d, String code) {
        return d.measure(code).map(m -> Math.round(m.numerator())).orElse(0L);
    }

    /** Numerator and denominator of a percentage indicator (0 and 0 when not computed). */
    private static long[] split(Dataset d, String code) {
        Measure m = d.measure(code).orElse(null);
        return m == null ? new long[] {0, 0} : new long[] {Math.round(m.numerator()), m.denominator() == null ? 0 : m.denominator()};
    }
}
