package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.ReferenceData;
import org.corporateparenting.domain.ssda903.ReturnValidation;

/**
 * The one check of a 903 return: the DfE's validation rules for the collection year ({@link ReturnValidation}) over
 * either a set of uploaded files or the return the council's own records give ({@link Ssda903Writer}, as exported), with
 * the previous year's return where it is known so that the rules comparing the two years run: from the records, or from
 * a folder named after the previous year beside this year's files. Gives the {@link ValidationReport}; stores nothing.
 * The same check runs in the server, before export and from the command line ({@link Ssda903CheckCommand}).
 */
public final class Ssda903Validation {

    private static final Pattern YEAR_FOLDER = Pattern.compile("(?:.*/)?(\\d{4})(?:-(\\d{2}))?/[^/]+");

    private Ssda903Validation() {
    }

    /**
     * Checks uploaded files by path: files in a folder named after the year checked, or in no year's folder, are its return;
     * files in the previous year's folder ("2024-25/episodes.csv" beside "2025-26/...") are the previous year's; files in
     * any other year's folder are set aside with a warning.
     */
    public static ValidationReport files(CollectionYear year, Map<String, String> paths, Map<String, Long> records) {
        return files(year, paths, records, null);
    }

    /**
     * As {@link #files(CollectionYear, Map, Map)}, for the council of LA number {@code laCode} (null: no council given, every
     * row checked): rows whose LA column names another council are left out and counted, as the load leaves them out
     * ({@link CouncilRows}), and a file with no row of this council is an error; in a file set with one folder per council only
     * this council's folder is read ({@link Ssda903Zip#councilsOwn}), as at load.
     */
    public static ValidationReport files(CollectionYear year, Map<String, String> uploaded, Map<String, Long> records, String laCode) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> paths = uploaded;
        String source = "files";
        if (laCode != null) {
            // another council's folder is not read, as the load does not read it; then the LA column of what is left
            uploaded = Ssda903Zip.councilsOwn(uploaded, laCode, problems);
            CouncilRows.Ours ours = CouncilRows.ofPaths(year, uploaded, laCode);
            paths = ours.years().get(year);
            problems.addAll(ours.problems());
            if (!ours.leftOut().isEmpty()) {
                source = "files of LA " + laCode + "; rows of other councils left out: " + ours.leftOut().size();
            }
        }
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, String> previous = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : paths.entrySet()) {
            Matcher m = YEAR_FOLDER.matcher(file.getKey());
            int folder = m.matches() ? Integer.parseInt(m.group(1)) : year.startYear();
            if (folder == year.startYear()) {
                current.put(file.getKey(), file.getValue());
            } else if (folder == year.startYear() - 1) {
                previous.put(file.getKey(), file.getValue());
            } else {
                problems.add(new ImportProblem(file.getKey(), 0, "", "", "The file is in the folder of another collection year than "
                        + year.label() + " or the one before, so it is not checked.", ImportProblem.Severity.WARNING));
            }
        }
        if (current.isEmpty()) {
            problems.add(new ImportProblem("", 0, "", "", "No file of " + year.label() + " was given: put the year's files at the top "
                    + "of the ZIP or folder, or in a folder named " + year.label() + ".", ImportProblem.Severity.ERROR));
        }
        return check(year, current, previous.isEmpty() ? null : previous, source, records, problems);
    }

    /** Checks the return the council's records give for the year, with the previous year's return from the same records. */
    public static ValidationReport records(Ssda903Records records, CollectionYear year, Map<String, Long> ids) {
        Map<String, String> current = byName(Ssda903Writer.write(records, year));
        Map<String, String> previous = byName(Ssda903Writer.write(records, new CollectionYear(year.startYear() - 1)));
        return check(year, current, previous, "the council's records", ids, List.of());
    }

    private static ValidationReport check(CollectionYear year, Map<String, String> current, Map<String, String> previous, String source,
            Map<String, Long> records, List<ImportProblem> found) {
        ReturnReader.Read read = ReturnReader.read(year, current, previous, ReferenceData.NONE);
        List<ImportProblem> problems = new ArrayList<>(found);
        problems.addAll(read.problems());
        // Say in the report's own words what a row is when a table came from XML: the line of its element, not a CSV row.
        String from = read.xmlTables().isEmpty() ? source : source + "; an XML file's rows are the lines of their elements";
        return ValidationReport.of(ReturnValidation.validate(read.files()), from, records, problems, read.xmlTables());
    }

    private static Map<String, String> byName(Map<Ssda903File, String> files) {
        Map<String, String> named = new LinkedHashMap<>();
        files.forEach((file, text) -> named.put(file.fileName(), text));
        return named;
    }
}
