package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: writes a set of 903 CSV files as the DfE's XML return ({@code EXPSSDA903}, as {@link Ssda903Xml} reads
 * it), one element per line, so that a test can check that both forms give the same rows. A record leaves out its CHILD,
 * and its DOB and SEX where they are its header's, as the DfE's layout does; the header says UASC 1 and DUC for a UASC
 * child and holds the OC3 and AD1 items.
 */
final class Ssda903XmlWriter {

    private static final Map<Ssda903File, String> NESTED = Map.of(Ssda903File.REVIEWS, "AREVIEW", Ssda903File.MISSING, "AMISSING",
            Ssda903File.OC2, "OC2", Ssda903File.PREVIOUS_PERMANENCE, "PERMANENCE", Ssda903File.PLACED_ADOPTION, "AD_PLACED");

    private Ssda903XmlWriter() {
    }

    /** The XML return of CSV files by name (header.csv, episodes.csv, ...). */
    static String xml(Map<String, String> csvFiles) {
        Map<Ssda903File, CsvTable> tables = new LinkedHashMap<>();
        csvFiles.forEach((name, text) -> {
            CsvTable table = CsvTable.parse(name, text);
            tables.put(Ssda903File.identify(name, table.columns()).orElseThrow(), table);
        });
        Map<String, Map<Ssda903File, List<Map<String, String>>>> children = new LinkedHashMap<>();
        tables.forEach((file, table) -> {
            for (CsvTable.Row row : table.rows()) {
                Map<String, String> values = new LinkedHashMap<>();
                table.columns().forEach(c -> values.put(c, table.value(row, c)));
                children.computeIfAbsent(values.get("CHILD"), c -> new LinkedHashMap<>()).computeIfAbsent(file, f -> new ArrayList<>()).add(values);
            }
        });
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n");
        children.forEach((child, rows) -> {
            Map<String, String> header = only(rows, Ssda903File.HEADER);
            if (header == null) {
                throw new IllegalArgumentException("child " + child + " has rows but no header row");
            }
            xml.append("<CHILD>\n<HEADER>\n");
            leaf(xml, "CHILDID", child);
            for (String column : Ssda903File.HEADER.columns()) {
                if (!column.equals("CHILD")) {
                    leaf(xml, column, header.get(column));
                }
            }
            Map<String, String> uasc = only(rows, Ssda903File.UASC);
            if (uasc != null) {
                same(uasc, header, "SEX", "DOB");
                leaf(xml, "UASC", "1");
                leaf(xml, "DUC", uasc.get("DUC"));
            }
            for (Ssda903File file : List.of(Ssda903File.OC3, Ssda903File.AD1)) {
                Map<String, String> values = only(rows, file);
                if (values != null) {
                    same(values, header, "DOB");
                    file.columns().stream().filter(c -> !c.equals("CHILD") && !c.equals("DOB")).forEach(c -> leaf(xml, c, values.get(c)));
                }
            }
            NESTED.forEach((file, element) -> rows.getOrDefault(file, List.of()).forEach(values -> record(xml, element, file, values, header)));
            xml.append("</HEADER>\n");
            rows.getOrDefault(Ssda903File.EPISODES, List.of()).forEach(values -> record(xml, "EPISODE", Ssda903File.EPISODES, values, header));
            rows.getOrDefault(Ssda903File.SOCIAL_WORKERS, List.of()).forEach(values -> record(xml, "SW_EPISODE", Ssda903File.SOCIAL_WORKERS,
                    values, header));
            xml.append("</CHILD>\n");
        });
        return xml.append("</EXPSSDA903>\n").toString();
    }

    private static Map<String, String> only(Map<Ssda903File, List<Map<String, String>>> rows, Ssda903File file) {
        List<Map<String, String>> its = rows.get(file);
        if (its != null && its.size() > 1) {
            throw new IllegalArgumentException("a child has " + its.size() + " rows in " + file.fileName());
        }
        return its == null ? null : its.get(0);
    }

    private static void same(Map<String, String> values, Map<String, String> header, String... columns) {
        for (String column : columns) {
            if (!values.get(column).equals(header.get(column))) {
                throw new IllegalArgumentException(column + " differs from the header's for child " + values.get("CHILD"));
            }
        }
    }

    private static void record(StringBuilder xml, String element, Ssda903File file, Map<String, String> values, Map<String, String> header) {
        xml.append('<').append(element).append(">\n");
        for (String column : file.columns()) {
            boolean inherited = column.equals("CHILD") || (column.equals("DOB") || column.equals("SEX"))
                    && values.getOrDefault(column, "").equals(header.get(column));
            if (!inherited && values.containsKey(column)) {
                leaf(xml, column.equals("PLACE") ? "PL" : column, values.get(column));
            }
        }
        xml.append("</").append(element).append(">\n");
    }

    private static void leaf(StringBuilder xml, String element, String value) {
        if (value == null || value.isEmpty()) {
            xml.append('<').append(element).append("/>\n");
        } else {
            xml.append('<').append(element).append('>').append(value.replace("&", "&amp;").replace("<", "&lt;")).append("</")
                    .append(element).append(">\n");
        }
    }
}
