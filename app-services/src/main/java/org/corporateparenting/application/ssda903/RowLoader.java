package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.ssda903.Ssda903Stitch.FromFile;
import org.corporateparenting.domain.child.Child;

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

    /**
     * The child a row is about: one recorded here or made from the files' episodes. A child in a header file with no
     * episode in the files and no record here has none, so the row is an error on CHILD (null is returned).
     */
    Child childOf(FromFile row, Map<String, Child> children) {
        Child child = children.get(row.child());
        if (child == null) {
            error(row, "CHILD", row.child(), "The child has no episode in the files and no record here, so this row cannot be loaded: "
                    + "load the years in which they were looked after.");
        }
        return child;
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
