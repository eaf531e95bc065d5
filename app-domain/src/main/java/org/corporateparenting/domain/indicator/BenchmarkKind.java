package org.corporateparenting.domain.indicator;

/** The comparators the packs print beside a figure; each benchmark value carries its own year and source. */
public enum BenchmarkKind {
    ENGLAND("England average"),
    STATISTICAL_NEIGHBOURS("Statistical neighbours' average"),
    GOOD_OUTSTANDING_NEIGHBOURS("Good and outstanding statistical neighbours' average"),
    BEST_NEIGHBOUR("Best statistical neighbour"),
    TOP_QUARTILE("National top quartile threshold");

    private final String label;

    BenchmarkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
