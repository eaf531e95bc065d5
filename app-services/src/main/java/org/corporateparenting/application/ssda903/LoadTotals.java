package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corporateparenting.domain.code.CollectionYear;

/**
 * Counts, file by file, how every row of a load ended ({@link FileTotal}), from the files and the load's report: a row
 * is an error when an error names it, or names its file as a whole (row 0 or 1: a missing column, a year not read here,
 * an XML return that is not well-formed); otherwise dropped when the stitch read it and left it out
 * ({@link Ssda903Stitch.Stitched#dropped}, with why); otherwise repaired when a repair names it; otherwise loaded. The
 * files are read again here (as tables, so an XML return counts table by table), which costs a second parse of the text,
 * not of the records.
 */
final class LoadTotals {

    private LoadTotals() {
    }

    static List<FileTotal> of(Map<CollectionYear, Map<String, String>> years, List<ImportProblem> problems, Map<String, String> dropped) {
        Set<String> errorRows = new HashSet<>();
        Set<String> errorFiles = new HashSet<>();
        Set<String> repairedRows = new HashSet<>();
        for (ImportProblem p : problems) {
            if (p.severity() == ImportProblem.Severity.ERROR) {
                if (p.row() <= 1) {
                    errorFiles.add(p.file());
                } else {
                    errorRows.add(p.file() + ":" + p.row());
                }
            } else if (p.severity() == ImportProblem.Severity.REPAIR) {
                repairedRows.add(p.file() + ":" + p.row());
            }
        }
        List<FileTotal> totals = new ArrayList<>();
        new TreeMap<>(years).forEach((year, files) -> new TreeMap<>(files).forEach((name, text) -> {
            String container = year.label() + "/" + name;
            for (CsvTable table : Ssda903Tables.of(name, text).tables()) {
                String path = year.label() + "/" + table.fileName();
                boolean fileError = errorFiles.contains(path) || errorFiles.contains(container);
                int loaded = 0;
                int repaired = 0;
                int errors = 0;
                Map<String, Integer> because = new TreeMap<>();
                for (CsvTable.Row row : table.rows()) {
                    String at = path + ":" + row.number();
                    if (fileError || errorRows.contains(at)) {
                        errors++;
                    } else if (dropped.containsKey(at)) {
                        because.merge(dropped.get(at), 1, Integer::sum);
                    } else if (repairedRows.contains(at)) {
                        repaired++;
                    } else {
                        loaded++;
                    }
                }
                int droppedRows = because.values().stream().mapToInt(Integer::intValue).sum();
                totals.add(new FileTotal(path, table.rows().size(), loaded, repaired, droppedRows, Collections.unmodifiableMap(because), errors));
            }
        }));
        return List.copyOf(totals);
    }
}
