package org.corporateparenting.application.report;

import java.util.List;

/** An annual report's figures for a year and the year before: its tables, and the figures its words may quote. */
public record AnnualFigures(String year, String lastYear, List<CountTable> tables, List<Reference> references) {
}
