package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.domain.code.CodeList;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Oc2Codes;
import org.corporateparenting.domain.code.Oc3Codes;
import org.corporateparenting.domain.code.PermanenceCodes;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.shared.Reference;

/**
 * The load's own reading of a set of SSDA903 files: what the records need to be stored, checked before anything is
 * loaded (the DfE's validation rules are {@link Ssda903Validation}'s, the one check of a return). Names every problem by file, row,
 * column and value: a missing column of the layout (an error on row 1), a column or file the layout does
 * not have (a warning: ignored), a missing child identifier, a date that is not a real DD/MM/YYYY date, a
 * code not valid in the collection year of its date, an episode ending before it starts, a child listed
 * twice in the header; in OC2 an SDQ score outside 0 to 40 and flags other than 0 or 1; in AD1 the adopters' number,
 * sex and legal status; a decision to place for adoption reversed before it was made or without its reason; a previous
 * permanence date that is neither a real date nor one with zz for its unknown parts; a social worker's identifier,
 * reason and dates. The first step of the import: a file set with errors is not loaded.
 */
public final class Ssda903Check {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> REQUIRED_DATES = Set.of("DOB", "DECOM", "REVIEW", "MIS_START", "DATE_PLACED", "SW_DECOM");
    private static final Set<String> OPTIONAL_DATES = Set.of("DEC", "DUC", "MIS_END", "MC_DOB", "DATE_INT", "DATE_MATCH",
            "DATE_PLACED_CEASED", "SW_DEC");
    private static final Set<String> FLAGS = Set.of("0", "1");
    /** The sexes the records keep, in either coding ({@link Ssda903Sex}); U (unknown) cannot be recorded. */
    private static final Set<String> SEXES = Set.of("1", "2", "M", "F");
    /** DATE_PERM may leave the day, month or year unknown as zz, zz and zzzz. */
    private static final Pattern PERMANENCE_DATE = Pattern.compile("(\\d{2}|zz)/(\\d{2}|zz)/(\\d{4}|zzzz)");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final CollectionYear year;

    private Ssda903Check(CollectionYear year) {
        this.year = year;
    }

    /** The problems of the files, keyed by file name, for the given collection year. */
    public static List<ImportProblem> check(Map<String, String> files, CollectionYear year) {
        Ssda903Check check = new Ssda903Check(year);
        files.forEach(check::file);
        return List.copyOf(check.problems);
    }

    private void file(String fileName, String text) {
        Ssda903Tables read = Ssda903Tables.of(fileName, text);
        problems.addAll(read.problems());
        read.tables().forEach(this::table);
    }

    private void table(CsvTable table) {
        String name = table.fileName();
        Ssda903File layout = Ssda903File.identify(name, table.columns()).orElse(null);
        if (layout == null) {
            warn(name, 0, "", "", "This file is not part of the return read here (neither its name nor its columns are those of a "
                    + "903 file), so it is ignored.");
            return;
        }
        boolean complete = true;
        for (String column : layout.required()) {
            if (!table.columns().contains(column)) {
                error(name, 1, column, "", "The column " + column + " is missing.");
                complete = false;
            }
        }
        for (String column : table.columns()) {
            if (!layout.columns().contains(column) && !column.equals(CouncilRows.COLUMN)) {
                warn(name, 1, column, column, "The column " + column + " is not in the layout, so it is ignored.");
            }
        }
        if (!complete) {
            return;
        }
        Set<String> children = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String child = table.value(row, "CHILD");
            if (!Reference.CHILD.fits(child)) {
                error(name, row.number(), "CHILD", child, "The child identifier must be " + Reference.CHILD.form() + ".");
            }
            if (layout == Ssda903File.HEADER && !child.isEmpty() && !children.add(child)) {
                error(name, row.number(), "CHILD", child, "The child is listed twice.");
            }
            Map<String, LocalDate> dates = new HashMap<>();
            for (String column : layout.columns()) {
                if (layout.optional(column) && !table.columns().contains(column)) {
                    continue;
                }
                if (REQUIRED_DATES.contains(column) || OPTIONAL_DATES.contains(column)) {
                    dates.put(column, date(table, row, column));
                }
            }
            codes(layout, table, row, dates);
        }
    }

    /** The code checks of a row; {@code dates} holds the row's dates already read (null when unreadable). */
    private void codes(Ssda903File layout, CsvTable table, CsvTable.Row row, Map<String, LocalDate> dates) {
        switch (layout) {
            case HEADER -> {
                oneOf(table, row, "SEX", SEXES);
                code(table, row, "ETHNIC", Ssda903Codes.ETHNICITY, year, true);
            }
            case EPISODES -> {
                LocalDate start = dates.get("DECOM");
                LocalDate end = dates.get("DEC");
                CollectionYear of = yearOf(start);
                code(table, row, "RNE", Ssda903Codes.REASON_NEW, of, true);
                code(table, row, "LS", Ssda903Codes.LEGAL_STATUS, of, true);
                code(table, row, "CIN", Ssda903Codes.CATEGORY_OF_NEED, of, true);
                code(table, row, "PLACE", Ssda903Codes.PLACEMENT_TYPE, of, true);
                code(table, row, "PLACE_PROVIDER", Ssda903Codes.PLACEMENT_PROVIDER, of, false);
                code(table, row, "REASON_PLACE_CHANGE", Ssda903Codes.REASON_PLACE_CHANGE, of, false);
                if (end != null) {
                    code(table, row, "REC", Ssda903Codes.REASON_CEASED, yearOf(end), true);
                    if (start != null && end.isBefore(start)) {
                        error(table.fileName(), row.number(), "DEC", table.value(row, "DEC"),
                                "The episode ends before it starts (" + table.value(row, "DECOM") + ").");
                    }
                }
            }
            case REVIEWS -> code(table, row, "REVIEW_CODE", Ssda903Codes.PARTICIPATION, year, true);
            case OC3 -> {
                code(table, row, "IN_TOUCH", Oc3Codes.IN_TOUCH, year, true);
                String activity = table.value(row, "ACTIV");
                if (!"0".equals(activity)) {
                    code(table, row, "ACTIV", Oc3Codes.ACTIVITY, year, true);
                }
            }
            case MISSING -> oneOf(table, row, "MISSING", Set.of("M", "A"));
            case UASC -> oneOf(table, row, "SEX", SEXES);
            case OC2 -> oc2(table, row);
            case AD1 -> {
                optionalOneOf(table, row, "FOSTER_CARE", FLAGS);
                optionalOneOf(table, row, "NB_ADOPTR", Set.of("1", "2"));
                code(table, row, "SEX_ADOPTR", PermanenceCodes.ADOPTERS_SEX, year, false);
                code(table, row, "LS_ADOPTR", PermanenceCodes.ADOPTERS_LEGAL_STATUS, year, false);
            }
            case PLACED_ADOPTION -> {
                code(table, row, "REASON_PLACED_CEASED", PermanenceCodes.REASON_PLACED_CEASED, year, dates.get("DATE_PLACED_CEASED") != null);
                ordered(table, row, dates, "DATE_PLACED", "DATE_PLACED_CEASED", "The decision is reversed before it was made");
            }
            case PREVIOUS_PERMANENCE -> {
                code(table, row, "PREV_PERM", PermanenceCodes.PREVIOUS_PERMANENCE, year, true);
                permanenceDate(table, row);
            }
            case SOCIAL_WORKERS -> {
                if (!Reference.SOCIAL_WORKER.fits(table.value(row, "SW_ID"))) {
                    error(table.fileName(), row.number(), "SW_ID", table.value(row, "SW_ID"),
                            "The social worker's identifier must be 1 to 20 letters or digits.");
                }
                code(table, row, "SW_REASON", Ssda903Codes.SOCIAL_WORKER_CHANGE, year, false);
                ordered(table, row, dates, "SW_DECOM", "SW_DEC", "The social worker's episode ends before it starts");
            }
        }
    }

    private void oc2(CsvTable table, CsvTable.Row row) {
        String score = table.value(row, "SDQ_SCORE");
        if (!score.isEmpty() && !(score.matches("\\d{1,2}") && Integer.parseInt(score) <= 40)) {
            error(table.fileName(), row.number(), "SDQ_SCORE", score, "An SDQ total difficulties score is a whole number from 0 to 40.");
        }
        code(table, row, "SDQ_REASON", Oc2Codes.SDQ_REASON, year, false);
        for (String column : List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
                "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")) {
            optionalOneOf(table, row, column, FLAGS);
        }
    }

    private void permanenceDate(CsvTable table, CsvTable.Row row) {
        String value = table.value(row, "DATE_PERM");
        Matcher m = PERMANENCE_DATE.matcher(value);
        if (value.isEmpty()) {
            return;
        }
        boolean real = m.matches();
        if (real) {
            String day = m.group(1).equals("zz") ? "01" : m.group(1);
            String month = m.group(2).equals("zz") ? "01" : m.group(2);
            String year = m.group(3).equals("zzzz") ? "2000" : m.group(3);
            try {
                LocalDate.parse(day + "/" + month + "/" + year, DATE);
            } catch (DateTimeParseException e) {
                real = false;
            }
        }
        if (!real) {
            error(table.fileName(), row.number(), "DATE_PERM", value, "'" + value + "' is not a date in the form DD/MM/YYYY (zz for an "
                    + "unknown day or month, zzzz for an unknown year).");
        }
    }

    /** An error on the later column when it comes before the earlier one (both read). */
    private void ordered(CsvTable table, CsvTable.Row row, Map<String, LocalDate> dates, String first, String then, String reason) {
        LocalDate from = dates.get(first);
        LocalDate to = dates.get(then);
        if (from != null && to != null && to.isBefore(from)) {
            error(table.fileName(), row.number(), then, table.value(row, then), reason + " (" + table.value(row, first) + ").");
        }
    }

    private LocalDate date(CsvTable table, CsvTable.Row row, String column) {
        String value = table.value(row, column);
        if (value.isEmpty()) {
            if (REQUIRED_DATES.contains(column)) {
                error(table.fileName(), row.number(), column, value, "The date is missing.");
            }
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            error(table.fileName(), row.number(), column, value, "'" + value + "' is not a real date in the form DD/MM/YYYY.");
            return null;
        }
    }

    private void code(CsvTable table, CsvTable.Row row, String column, CodeList list, CollectionYear of, boolean required) {
        String value = table.value(row, column).toUpperCase(Locale.UK);
        if (value.isEmpty()) {
            if (required) {
                error(table.fileName(), row.number(), column, value, "The " + list.title() + " is missing.");
            }
        } else if (!list.isValid(value, of)) {
            error(table.fileName(), row.number(), column, value, list.explain(value, of));
        }
    }

    private void optionalOneOf(CsvTable table, CsvTable.Row row, String column, Set<String> allowed) {
        if (!table.value(row, column).isEmpty()) {
            oneOf(table, row, column, allowed);
        }
    }

    private void oneOf(CsvTable table, CsvTable.Row row, String column, Set<String> allowed) {
        String value = table.value(row, column);
        if (!allowed.contains(value)) {
            error(table.fileName(), row.number(), column, value, "Expected one of " + new TreeSet<>(allowed) + ".");
        }
    }

    /** Codes are checked against the year of their own date (or the return's year when it is unreadable). */
    private CollectionYear yearOf(LocalDate date) {
        return date == null ? year : CollectionYear.containing(date);
    }

    private void error(String file, int row, String field, String value, String reason) {
        problems.add(new ImportProblem(file, row, field, value, reason, ImportProblem.Severity.ERROR));
    }

    private void warn(String file, int row, String field, String value, String reason) {
        problems.add(new ImportProblem(file, row, field, value, reason, ImportProblem.Severity.WARNING));
    }
}
