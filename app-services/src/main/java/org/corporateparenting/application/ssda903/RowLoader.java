package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.application.ssda903.Ssda903Stitch.FromFile;

/** What the loaders of 903 rows after the merge share: their counts and the problems they name by file, row and column. */
abstract class RowLoader {

    private final List<ImportProblem> problems = new ArrayList<>();
    int created;
    int updated;
    int unchanged;

    void report(FromFile row, String field, String value, String reason, ImportProblem.Severity severity) {
        problems.add(new ImportProblem(row.file(), row.row(), field, value, reason, severity));
    }

    void error(FromFile row, String field, String value, String reason) {
        report(row, field, value, reason, ImportProblem.Severity.ERROR);
    }

    void warn(FromFile row, String field, String value, String reason) {
        report(row, field, value, reason, ImportProblem.Severity.WARNING);
    }

    List<ImportProblem> problems() {
        return problems;
    }

    int created() {
        return created;
    }

    int unchanged() {
        return unchanged;
    }

    ImportOutcome.Count count() {
        return new ImportOutcome.Count(created, updated, unchanged);
    }
}
