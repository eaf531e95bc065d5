package org.corporateparenting.application.report;

import java.util.List;
import java.util.Optional;

/** An annual report's figures for a year and the year before: its tables, and the figures its words may quote. */
public record AnnualFigures(String year, String lastYear, List<CountTable> tables, List<Reference> references) {

    /** The table with this key, if the report has one. */
    public Optional<CountTable> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The quotable figure with this key, if the report has one. */
    public Optional<Reference> reference(String key) {
        return references.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
