package org.corporateparenting.application.ssda903;

import java.util.Map;

/**
 * How the rows of one file of a load ended (issue 18, "every row accounted for"): each data row read is counted once, as
 * loaded (into the records as it is, created, brought up to date or found unchanged), repaired (loaded after a repair the
 * report names), dropped (read but not loaded, not an error: the report's warning or repair on it says why; the reasons
 * are counted in {@code droppedBecause}) or an error (the row, or its whole file, has an error and is left out), so
 * {@code read = loaded + repaired + dropped + errors}. When the load is refused (errors, all rows asked) nothing is stored
 * and the totals say what a load of the valid rows would do. {@code file} is named as the report names it
 * ("2024-25/episodes.csv", or "2024-25/return.xml#episodes.csv" for a table of an XML return).
 */
public record FileTotal(String file, int read, int loaded, int repaired, int dropped, Map<String, Integer> droppedBecause, int errors) {

    /** Whether every row read is counted once. */
    public boolean addsUp() {
        return read == loaded + repaired + dropped + errors && dropped == droppedBecause.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The totals in words, as the report's line for the file says them. */
    public String words() {
        StringBuilder reasons = new StringBuilder();
        droppedBecause.forEach((why, n) -> reasons.append(reasons.length() == 0 ? " (" : "; ").append(why).append(": ").append(n));
        return "rows read " + read + ": loaded " + loaded + ", repaired " + repaired + ", dropped " + dropped
                + (reasons.length() == 0 ? "" : reasons + ")") + ", errors " + errors;
    }
}
