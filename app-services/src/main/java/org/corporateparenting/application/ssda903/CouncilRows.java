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
 * The load ({@link Ssda903ImportService}) and the check of uploaded files ({@link Ssda903Validation}, on the server and
 * from the command line) both keep a council's rows by this one rule, so an analyst's check and the load agree.
 * One folder per council is {@link Ssda903Zip}'s.
 */
final class CouncilRows {

    /** The column that names each row's council. */
    static final String COLUMN = "LA";

    /** Why such a row is left out, as the load's totals and the check's report count it. */
    static final String LEFT_OUT = "another council's row";

    /** This council's files (other councils' rows left blank, so every row keeps its number), what was said, and the rows left out. */
    record Ours(Map<CollectionYear, Map<String, String>> years, List<ImportProblem> problems, Map<String, String> leftOut) {
    }

    private CouncilRows() {
    }

    /** The files of several collection years, by year and file name (the load's). */
    static Ours of(Map<CollectionYear, Map<String, String>> years, String laCode) {
        Map<CollectionYear, Map<String, String>> ours = new TreeMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> leftOut = new HashMap<>();
        years.forEach((year, files) -> {
            Kept kept = new Kept(laCode);
            files.forEach((name, text) -> kept.file(year.label() + "/" + name, name, text));
            ours.put(year, kept.files);
            problems.addAll(kept.problems);
            leftOut.putAll(kept.leftOut);
        });
        return new Ours(ours, List.copyOf(problems), Map.copyOf(leftOut));
    }

    /**
     * The files of an upload by their path in it (the check's: "2025-26/episodes.csv"), this council's rows kept as
     * {@link #of} keeps them; the map of years has one entry, under {@code year}.
     */
    static Ours ofPaths(CollectionYear year, Map<String, String> files, String laCode) {
        Kept kept = new Kept(laCode);
        files.forEach((path, text) -> kept.file(path, path, text));
        return new Ours(Map.of(year, kept.files), List.copyOf(kept.problems), Map.copyOf(kept.leftOut));
    }

    /** The rows kept and left out so far, file by file. */
    private static final class Kept {
        private final String laCode;
        private final String mine;
        private final Map<String, String> files = new LinkedHashMap<>();
        private final List<ImportProblem> problems = new java.util.ArrayList<>();
        private final Map<String, String> leftOut = new HashMap<>();

        Kept(String laCode) {
            this.laCode = laCode;
            this.mine = normal(laCode);
        }

        /** One file: {@code path} names it in what is said, {@code name} is its key among the files kept. */
        void file(String path, String name, String text) {
            if (Ssda903Xml.isXml(name)) {
                files.put(name, text);
                return;
            }
            CsvTable table = CsvTable.parse(name, text);
            if (!table.columns().contains(COLUMN)) {
                files.put(name, text);
                return;
            }
            Set<Integer> others = new HashSet<>();
            Set<String> councils = new TreeSet<>();
            for (CsvTable.Row row : table.rows()) {
                String la = table.value(row, COLUMN);
                if (!normal(la).equals(mine)) {
                    others.add(row.number());
                    councils.add(la.isEmpty() ? "(blank)" : la);
                    leftOut.put(path + ":" + row.number(), LEFT_OUT);
                }
            }
            if (others.isEmpty()) {
                files.put(name, text);
            } else if (others.size() == table.rows().size()) {
                problems.add(new ImportProblem(path, 1, COLUMN, String.join(" ", councils), "None of this file's rows is for this "
                        + "council (LA " + laCode + "): they are for " + String.join(", ", councils) + ". A user loads and checks "
                        + "their own council's rows only; that council's analysts load its rows.", ImportProblem.Severity.ERROR));
                files.put(name, text);
            } else {
                problems.add(new ImportProblem(path, 1, COLUMN, String.join(" ", councils), others.size() + " of this file's "
                        + table.rows().size() + " rows are for other councils (" + String.join(", ", councils) + "), so they are "
                        + "neither loaded nor checked here: a user loads and checks their own council's rows only (LA " + laCode + ").",
                        ImportProblem.Severity.WARNING));
                files.put(name, CsvTable.without(text, others));
            }
        }
    }

    private static String normal(String la) {
        return la == null ? "" : la.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
