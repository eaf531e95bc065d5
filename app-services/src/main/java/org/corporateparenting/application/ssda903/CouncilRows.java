package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corporateparenting.domain.code.CollectionYear;

/**
 * The loading council's rows of a regional file set whose files have an LA column (the council's LA number on every
 * row, as regional and national 903 extracts carry it): a user loads into their own council only, so another council's
 * rows are left out before anything reads them (the check would otherwise call a child listed by two councils "listed
 * twice"), each counted in the load's totals as left out with why, and the file named once with the councils it held.
 * A file with an LA column and no row of this council is an error: it is the wrong council's file. Rows are compared
 * by the LA number as written (spaces and case ignored). The files without an LA column are this council's, as before.
 * One folder per council is {@link Ssda903Zip}'s.
 */
final class CouncilRows {

    /** The column that names each row's council. */
    static final String COLUMN = "LA";

    /** This council's files (other councils' rows left blank, so every row keeps its number), what was said, and the rows left out. */
    record Ours(Map<CollectionYear, Map<String, String>> years, List<ImportProblem> problems, Map<String, String> leftOut) {
    }

    private CouncilRows() {
    }

    static Ours of(Map<CollectionYear, Map<String, String>> years, String laCode) {
        Map<CollectionYear, Map<String, String>> ours = new TreeMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> leftOut = new HashMap<>();
        String mine = normal(laCode);
        years.forEach((year, files) -> {
            Map<String, String> kept = new LinkedHashMap<>();
            files.forEach((name, text) -> {
                if (Ssda903Xml.isXml(name)) {
                    kept.put(name, text);
                    return;
                }
                CsvTable table = CsvTable.parse(name, text);
                if (!table.columns().contains(COLUMN)) {
                    kept.put(name, text);
                    return;
                }
                String path = year.label() + "/" + name;
                Set<Integer> others = new HashSet<>();
                Set<String> councils = new TreeSet<>();
                for (CsvTable.Row row : table.rows()) {
                    String la = table.value(row, COLUMN);
                    if (!normal(la).equals(mine)) {
                        others.add(row.number());
                        councils.add(la.isEmpty() ? "(blank)" : la);
                        leftOut.put(path + ":" + row.number(), "another council's row");
                    }
                }
                if (others.isEmpty()) {
                    kept.put(name, text);
                } else if (others.size() == table.rows().size()) {
                    problems.add(new ImportProblem(path, 1, COLUMN, String.join(" ", councils), "None of this file's rows is for this "
                            + "council (LA " + laCode + "): they are for " + String.join(", ", councils) + ". A user loads into "
                            + "their own council only; that council's analysts load its rows.", ImportProblem.Severity.ERROR));
                    kept.put(name, text);
                } else {
                    problems.add(new ImportProblem(path, 1, COLUMN, String.join(" ", councils), others.size() + " of this file's "
                            + table.rows().size() + " rows are for other councils (" + String.join(", ", councils) + "), so they are "
                            + "not loaded here: a user loads into their own council only (LA " + laCode + ").",
                            ImportProblem.Severity.WARNING));
                    kept.put(name, CsvTable.without(text, others));
                }
            });
            ours.put(year, kept);
        });
        return new Ours(ours, List.copyOf(problems), Map.copyOf(leftOut));
    }

    private static String normal(String la) {
        return la == null ? "" : la.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
