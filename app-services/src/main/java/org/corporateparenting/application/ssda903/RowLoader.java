package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.application.ssda903.Ssda903Stitch.FromFile;

/** What the loaders of the further 903 files share: their counts and the problems they name by file, row and column. */
abstract class RowLoader {

    private final List<ImportProblem> problems = new ArrayList<>();
    int created;
    int updated;
    int unchanged;

    void error(FromFile row, String field, String value, String reason) {
        problems.add(new ImportProblem(row.file(), row.row(), field, value, reason, ImportProblem.Severity.ERROR));
    }

    void warn(FromFile row, String field, String value, String reason) {
        problems.add(new ImportProblem(row.file(), row.row(), field, value, reason, ImportProblem.Severity.WARNING));
    }

    List<ImportProblem> problems() {
        return problems;
    }

    ImportOutcome.Count count() {
        return new ImportOutcome.Count(created, updated, unchanged);
    }
}
