package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 903 values the load stores as text that the file checks do not bound, and the most characters the records here
 * hold of each: a UPN (13), MOTHER (1), a home or placement postcode (8, as "AB12 3CD"), a placement URN (8, as
 * "SC123456"), the local authority of a previous
 * permanence order (3, an LA code). A row with a longer value is an error naming its file, row and column, and is not
 * loaded, so that no value is cut short or refused by the database while storing.
 */
final class Ssda903Fits {

    private static final Map<Ssda903File, Map<String, Integer>> LONGEST = Map.of(
            Ssda903File.HEADER, Map.of("UPN", 13, "MOTHER", 1),
            Ssda903File.EPISODES, Map.of("HOME_POST", 8, "PL_POST", 8, "URN", 8),
            Ssda903File.PREVIOUS_PERMANENCE, Map.of("LA_PERM", 3));

    private Ssda903Fits() {
    }

    /** The errors of a row whose values are too long to hold (none when it fits). */
    static List<ImportProblem> check(Ssda903File layout, CsvTable table, CsvTable.Row row, String file) {
        List<ImportProblem> problems = new ArrayList<>();
        LONGEST.getOrDefault(layout, Map.of()).forEach((column, longest) -> {
            String value = table.value(row, column);
            if (value.length() > longest) {
                problems.add(new ImportProblem(file, row.number(), column, value, "The " + column + " is " + value.length()
                        + " characters; at most " + longest + " are held here, so this row is not loaded.", ImportProblem.Severity.ERROR));
            }
        });
        return problems;
    }
}
