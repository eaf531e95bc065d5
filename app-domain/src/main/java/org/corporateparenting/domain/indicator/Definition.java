package org.corporateparenting.domain.indicator;

import java.util.Objects;

/**
 * An indicator's definition, written once and shown wherever the figure is: what is counted, over which
 * population and window, whether high is good, which national definition it follows and what the council
 * chose where the national rule is silent or disputed. {@code version} rises whenever the rule changes, and
 * is stored with every published figure, so that figures computed under different rules are never mixed
 * unseen. {@code arrearsMonths} reports a cohort that many months back, as the packs do for initial health
 * assessments ("one month in arrears").
 */
public record Definition(String code, String title, Area area, Unit unit, Polarity polarity, PeriodBasis basis,
        String population, String numerator, String denominator, String national, String localChoice,
        int arrearsMonths, int version) {

    public Definition {
        Objects.requireNonNull(code);
        Objects.requireNonNull(title);
        Objects.requireNonNull(area);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(polarity);
        Objects.requireNonNull(basis);
    }

    public static Builder of(Area area, String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
        return new Builder(area, code, title, unit, polarity, basis);
    }

    /** Fluent construction, so that each indicator reads as its definition. */
    public static final class Builder {
        private final Area area;
        private final String code;
        private final String title;
        private final Unit unit;
        private final Polarity polarity;
        private final PeriodBasis basis;
        private String population = "";
        private String numerator = "";
        private String denominator = "";
        private String national = "";
        private String localChoice = "";
        private int arrears;
        private int version = 1;

        private Builder(Area area, String code, String title, Unit unit, Polarity polarity, PeriodBasis basis) {
            this.area = area;
            this.code = code;
            this.title = title;
            this.unit = unit;
            this.polarity = polarity;
            this.basis = basis;
        }

        public Builder population(String text) {
            this.population = text;
            return this;
        }

        public Builder numerator(String text) {
            this.numerator = text;
            return this;
        }

        public Builder denominator(String text) {
            this.denominator = text;
            return this;
        }

        public Builder national(String text) {
            this.national = text;
            return this;
        }

        public Builder local(String text) {
            this.localChoice = text;
            return this;
        }

        public Builder arrears(int months) {
            this.arrears = months;
            return this;
        }

        public Builder version(int number) {
            this.version = number;
            return this;
        }

        public Definition build() {
            return new Definition(code, title, area, unit, polarity, basis, population, numerator, denominator,
                    national, localChoice, arrears, version);
        }
    }
}
