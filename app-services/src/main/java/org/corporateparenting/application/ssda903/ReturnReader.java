package org.corporateparenting.application.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.ReferenceData;
import org.corporateparenting.domain.ssda903.ReturnFiles;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Table;

/**
 * Reads a year's 903 CSV files (and the previous year's, when given) into the rows the DfE's rules check
 * ({@link ReturnFiles}), and names every problem of layout by file, row and field: a file that is not part of the return
 * (ignored), a file given twice (the first is read), a missing column (read as blank, so the rules flag what it should
 * hold), a column the layout does not have (ignored), a row with more values than the file has columns, a file of
 * another collection year (by a year in its name, or by dates that all fall outside the year checked), and a value
 * that starts as a spreadsheet formula does ({@code = + - @}). Files are known as the load knows them
 * ({@link Ssda903File}); {@code dolo.csv} (deprivation of liberty orders, from 2026-27) by its name. An XML return
 * ({@link Ssda903Xml}) is read as the CSV files it stands for, its tables named {@code return.xml#episodes.csv} and its
 * rows numbered by the line of their element in the XML file.
 */
public final class ReturnReader {

    /** A year in a file's name: 2024-25, 2024_25 or a lone 2024 (as in SSDA903_2024_episodes.csv). */
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d{2})(?:[-_](\\d{2}))?(?!\\d)");

    private ReturnReader() {
    }

    /**
     * The files read, and the problems of layout found reading them; {@code xmlTables} names this year's tables that came
     * from an XML return ({@code return.xml#episodes.csv}), so that the report names the file and line a row came from.
     */
    public record Read(ReturnFiles files, List<ImportProblem> problems, Map<Table, String> xmlTables) {

        /** Whether a problem stops the files being read as the return (an error, not a warning). */
        public long errors() {
            return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).count();
        }
    }

    /**
     * Reads this year's files by name, and the previous year's (null when not known, so the rules comparing the two
     * years are not run). The previous year's problems are named in its folder ("2024-25/episodes.csv").
     */
    public static Read read(CollectionYear year, Map<String, String> current, Map<String, String> previous, ReferenceData reference) {
        ReturnFiles.Builder builder = ReturnFiles.of(year).reference(reference);
        List<ImportProblem> problems = new ArrayList<>();
        Map<Table, String> xml = new EnumMap<>(Table.class);
        for (Map.Entry<Table, CsvTable> file : tables(year, current, problems, "").entrySet()) {
            builder.supplied(file.getKey());
            if (file.getValue().fileName().contains("#")) {
                xml.put(file.getKey(), file.getValue().fileName());
            }
            rows(file.getValue(), (row, values) -> builder.row(file.getKey(), row, values));
        }
        if (previous != null) {
            builder.lastYearKnown();
            CollectionYear before = new CollectionYear(year.startYear() - 1);
            for (Map.Entry<Table, CsvTable> file : tables(before, previous, problems, before.label() + "/").entrySet()) {
                rows(file.getValue(), (row, values) -> builder.lastRow(file.getKey(), row, values));
            }
        }
        return new Read(builder.build(), List.copyOf(problems), Map.copyOf(xml));
    }

    /** The file's table, if it is a file of the return. */
    static Optional<Table> table(String name, List<String> columns) {
        Optional<Ssda903File> layout = Ssda903File.identify(name, columns);
        if (layout.isPresent()) {
            return Optional.of(switch (layout.get()) {
                case HEADER -> Table.HEADER;
                case EPISODES -> Table.EPISODES;
                case UASC -> Table.UASC;
                case REVIEWS -> Table.REVIEWS;
                case OC2 -> Table.OC2;
                case OC3 -> Table.OC3;
                case AD1 -> Table.AD1;
                case PLACED_ADOPTION -> Table.PLACED_ADOPTION;
                case PREVIOUS_PERMANENCE -> Table.PREV_PERM;
                case MISSING -> Table.MISSING;
                case SOCIAL_WORKERS -> Table.SW_EPISODES;
            });
        }
        String lower = name.toLowerCase(Locale.UK);
        return lower.equals(Table.DOLO.fileName()) || lower.endsWith("_" + Table.DOLO.fileName()) || lower.endsWith("#" + Table.DOLO.fileName())
                ? Optional.of(Table.DOLO) : Optional.empty();
    }

    private static Map<Table, CsvTable> tables(CollectionYear year, Map<String, String> files, List<ImportProblem> problems, String folder) {
        Map<Table, CsvTable> tables = new EnumMap<>(Table.class);
        Map<Table, String> names = new EnumMap<>(Table.class);
        for (Map.Entry<String, String> file : files.entrySet()) {
            String fileName = file.getKey().substring(file.getKey().lastIndexOf('/') + 1);
            Ssda903Tables read = Ssda903Tables.of(folder + fileName, file.getValue());
            problems.addAll(read.problems());
            for (CsvTable csv : read.tables()) {
                String name = csv.fileName().substring(csv.fileName().lastIndexOf('/') + 1);
                Optional<Table> table = table(name, csv.columns());
                if (table.isEmpty()) {
                    problems.add(warning(csv.fileName(), 0, "", "", "This file is not part of the 903 return (neither its name nor its "
                            + "columns are those of a 903 file), so it is not checked."));
                    continue;
                }
                if (tables.containsKey(table.get())) {
                    problems.add(warning(csv.fileName(), 0, "", "", "This is a second " + table.get().fileName() + " (the first is "
                            + names.get(table.get()) + "), so it is not checked; give each file once."));
                    continue;
                }
                tables.put(table.get(), csv);
                names.put(table.get(), csv.fileName());
                layout(table.get(), csv, problems);
                year(year, table.get(), csv, problems);
            }
        }
        return tables;
    }

    private static void layout(Table table, CsvTable csv, List<ImportProblem> problems) {
        Optional<Ssda903File> layout = Ssda903File.identify(csv.fileName().substring(csv.fileName().lastIndexOf('/') + 1), csv.columns());
        if (layout.isPresent()) {
            for (String column : layout.get().required()) {
                if (!csv.columns().contains(column)) {
                    problems.add(error(csv.fileName(), 1, column, "", "The column " + column + " is missing, so it is read as blank."));
                }
            }
            for (String column : csv.columns()) {
                if (!layout.get().columns().contains(column) && !column.equals(CouncilRows.COLUMN)) {
                    problems.add(warning(csv.fileName(), 1, column, column, "The column " + column + " is not in the layout of "
                            + layout.get().fileName() + ", so it is not checked."));
                }
            }
        } else if (!csv.columns().contains("CHILD")) {
            problems.add(error(csv.fileName(), 1, "CHILD", "", "The column CHILD is missing, so no row can be matched to a child."));
        }
        for (CsvTable.Row row : csv.rows()) {
            if (row.values().size() > csv.columns().size()) {
                problems.add(error(csv.fileName(), row.number(), "", "", "The row has " + row.values().size() + " values but the file has "
                        + csv.columns().size() + " columns; the values beyond the last column are not read."));
            }
            for (int i = 0; i < Math.min(row.values().size(), csv.columns().size()); i++) {
                String value = row.values().get(i).trim();
                if (SpreadsheetText.formulaLike(value)) {
                    problems.add(warning(csv.fileName(), row.number(), csv.columns().get(i), value, "The value starts with '"
                            + value.charAt(0) + "' as a spreadsheet formula does; no 903 item does, and the report shows it with a "
                            + "leading apostrophe so that a spreadsheet never runs it."));
                }
            }
        }
    }

    /** A file of another year: by the year in its name, or by its dates, none of which falls in the year checked. */
    private static void year(CollectionYear year, Table table, CsvTable csv, List<ImportProblem> problems) {
        Matcher m = YEAR_IN_NAME.matcher(csv.fileName().substring(csv.fileName().lastIndexOf('/') + 1));
        if (m.find()) {
            int start = Integer.parseInt(m.group(1));
            boolean label = m.group(2) != null && (start + 1) % 100 == Integer.parseInt(m.group(2));
            if (start != year.startYear() && !(m.group(2) == null && start == year.startYear() + 1)) {
                problems.add(error(csv.fileName(), 0, "", m.group(), "The file's name says " + (label ? new CollectionYear(start).label()
                        : String.valueOf(start)) + ", but the return checked is " + year.label() + ": is this another year's file?"));
                return;
            }
        }
        String column = switch (table) {
            case EPISODES -> "DECOM";
            case REVIEWS -> "REVIEW";
            case MISSING -> "MIS_START";
            case SW_EPISODES -> "SW_DECOM";
            default -> null;
        };
        if (column == null || csv.rows().isEmpty()) {
            return;
        }
        String end = table == Table.EPISODES ? "DEC" : table == Table.SW_EPISODES ? "SW_DEC" : null;
        int dated = 0;
        for (CsvTable.Row row : csv.rows()) {
            ReturnRow values = new ReturnRow(table, row.number(), values(csv, row));
            LocalDate from = values.date(column);
            if (from == null) {
                continue;
            }
            dated++;
            LocalDate to = end == null ? from : values.date(end);
            boolean inYear = end == null ? !from.isBefore(year.start()) && !from.isAfter(year.end())
                    : !from.isAfter(year.end()) && (to == null || !to.isBefore(year.start()));
            if (inYear) {
                return;
            }
        }
        if (dated > 0) {
            CsvTable.Row first = csv.rows().get(0);
            problems.add(error(csv.fileName(), first.number(), column, csv.value(first, column), "None of the file's " + dated + " dated rows "
                    + (end == null ? "falls in " : "is open in ") + year.label() + " (" + ReturnRow.DATE.format(year.start()) + " to "
                    + ReturnRow.DATE.format(year.end()) + "): is this another year's file?"));
        }
    }

    private static void rows(CsvTable csv, BiConsumer<Integer, Map<String, String>> into) {
        for (CsvTable.Row row : csv.rows()) {
            into.accept(row.number(), values(csv, row));
        }
    }

    private static Map<String, String> values(CsvTable csv, CsvTable.Row row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < csv.columns().size(); i++) {
            String column = csv.columns().get(i);
            if (!column.isEmpty() && !values.containsKey(column)) {
                values.put(column, i < row.values().size() ? row.values().get(i) : "");
            }
        }
        return values;
    }

    private static ImportProblem error(String file, int row, String field, String value, String reason) {
        return new ImportProblem(file, row, field, value, reason, ImportProblem.Severity.ERROR);
    }

    private static ImportProblem warning(String file, int row, String field, String value, String reason) {
        return new ImportProblem(file, row, field, value, reason, ImportProblem.Severity.WARNING);
    }
}
