package org.corporateparenting.domain.indicator;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.recruitment.FosteringEnquiry;

/**
 * Computes the dataset for any number of month ends in one pass over the records: each child (household,
 * adopter household, enquiry) is read once and counted only in the months it could count in, so the cost
 * grows with the records and the months they span, not with every record times every month. A child whose records
 * changed after a month was extracted is counted in that month as known then ({@link CouncilHistory#in}), as is a household.
 */
public final class IndicatorEngine {

    private final List<Indicator<?>> indicators;

    public IndicatorEngine(List<Indicator<?>> indicators) {
        this.indicators = List.copyOf(indicators);
    }

    public List<Indicator<?>> indicators() {
        return indicators;
    }

    /** The dataset of each month, in the order given. */
    public List<Dataset> compute(CouncilHistory council, List<ReportingMonth> months) {
        Tally[][] tallies = run(council, months, indicators, false);
        List<Dataset> datasets = new ArrayList<>();
        for (int m = 0; m < months.size(); m++) {
            List<Measure> measures = new ArrayList<>();
            for (int i = 0; i < indicators.size(); i++) {
                Definition definition = indicators.get(i).definition();
                measures.add(Measure.of(definition, months.get(m), tallies[m][i], council.populationFor(months.get(m))));
            }
            datasets.add(new Dataset(months.get(m), List.copyOf(measures)));
        }
        return datasets;
    }

    /** One indicator for one month, keeping who was counted and who was in the population. */
    public Tally drill(CouncilHistory council, ReportingMonth month, Indicator<?> indicator) {
        return run(council, List.of(month), List.of(indicator), true)[0][0];
    }

    private static Tally[][] run(CouncilHistory council, List<ReportingMonth> months, List<Indicator<?>> chosen,
            boolean keepMembers) {
        Tally[][] tallies = new Tally[months.size()][chosen.size()];
        for (Tally[] row : tallies) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new Tally(keepMembers);
            }
        }
        int[] forChildren = of(chosen, ChildHistory.class);
        for (ChildHistory today : council.children()) {
            for (int m = 0; m < months.size(); m++) {
                ChildHistory child = council.in(today, months.get(m));
                if (child != null && child.relevantIn(months.get(m))) {
                    countAll(child, months.get(m), chosen, forChildren, tallies[m]);
                }
            }
        }
        countEach(council, council.households(), HouseholdHistory.class, months, chosen, tallies);
        countEach(council, council.adopters(), AdopterHousehold.class, months, chosen, tallies);
        countEach(council, council.enquiries(), FosteringEnquiry.class, months, chosen, tallies);
        return tallies;
    }

    private static void countEach(CouncilHistory council, List<?> subjects, Class<?> type, List<ReportingMonth> months,
            List<Indicator<?>> chosen, Tally[][] tallies) {
        int[] which = of(chosen, type);
        if (which.length == 0) {
            return;
        }
        for (Object today : subjects) {
            for (int m = 0; m < months.size(); m++) {
                Object subject = council.in(today, months.get(m));
                if (subject != null) {
                    countAll(subject, months.get(m), chosen, which, tallies[m]);
                }
            }
        }
    }

    private static void countAll(Object subject, ReportingMonth month, List<Indicator<?>> chosen, int[] which, Tally[] row) {
        for (int i : which) {
            Indicator<?> indicator = chosen.get(i);
            indicator.count(subject, month.minus(indicator.definition().arrearsMonths()), row[i]);
        }
    }

    private static int[] of(List<Indicator<?>> chosen, Class<?> type) {
        List<Integer> which = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i).subject() == type) {
                which.add(i);
            }
        }
        return which.stream().mapToInt(Integer::intValue).toArray();
    }
}
