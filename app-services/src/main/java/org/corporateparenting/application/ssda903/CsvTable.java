package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CSV file as the DfE's 903 files are written (RFC 4180: commas, fields in double quotes when they
 * hold commas, quotes or line breaks, CRLF or LF line ends). Row numbers are those a spreadsheet shows:
 * the column names are row 1, the first record row 2. Blank lines are skipped.
 */
public record CsvTable(String fileName, List<String> columns, List<Row> rows) {

    /** One record and its row number in the file. */
    public record Row(int number, List<String> values) {
    }

    public static CsvTable parse(String fileName, String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRecord(records, lineNumbers, fields, recordLine);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addRecord(records, lineNumbers, fields, recordLine);
        }
        if (records.isEmpty()) {
            return new CsvTable(fileName, List.of(), List.of());
        }
        List<String> columns = records.get(0).stream().map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            rows.add(new Row(lineNumbers.get(r), records.get(r)));
        }
        return new CsvTable(fileName, columns, rows);
    }

    private static void addRecord(List<List<String>> records, List<Integer> lineNumbers, List<String> fields, int line) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(fields);
            lineNumbers.add(line);
        }
    }

    /**
     * The text with the records that begin on the given rows left blank: each keeps its line breaks, so every other row
     * keeps its number (blank lines are skipped when read), as a report on the rest must name the rows of the file.
     */
    public static String without(String text, Set<Integer> rowNumbers) {
        if (rowNumbers.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int recordStart = 0;
        int breaks = 0;
        boolean fieldStart = true;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? '\n' : text.charAt(i);
            if (!end && quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c == '\n') {
                    line++;
                    breaks++;
                }
            } else if (!end && c == '"' && fieldStart) {
                quoted = true;
            } else if (!end && c == ',') {
                fieldStart = true;
                continue;
            } else if (end || c == '\n' || c == '\r') {
                int stop = !end && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : end ? i : i + 1;
                if (rowNumbers.contains(recordLine)) {
                    out.append("\n".repeat(breaks)).append(end ? "" : "\n");
                } else {
                    out.append(text, recordStart, stop);
                }
                if (end) {
                    break;
                }
                i = stop - 1;
                line++;
                recordLine = line;
                recordStart = stop;
                breaks = 0;
                fieldStart = true;
                continue;
            }
            fieldStart = false;
        }
        return out.toString();
    }

    /** The value of a column in a row, trimmed; empty when the column or the value is missing. */
    public String value(Row row, String column) {
        int index = columns.indexOf(column);
        return index < 0 || index >= row.values().size() ? "" : row.values().get(index).trim();
    }
}
