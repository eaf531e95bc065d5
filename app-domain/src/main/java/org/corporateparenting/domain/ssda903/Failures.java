package org.corporateparenting.domain.ssda903;

import java.util.ArrayList;
import java.util.List;

/** The failures one rule finds, each on a row and naming the fields it read there. */
public final class Failures {

    private final String code;
    private final List<RuleFailure> found = new ArrayList<>();

    public Failures(String code) {
        this.code = code;
    }

    /** The row fails the rule on these fields (their values are taken from the row). */
    public void fail(ReturnRow row, String... fields) {
        List<String> values = new ArrayList<>(fields.length);
        for (String field : fields) {
            values.add(row.get(field));
        }
        found.add(new RuleFailure(code, row.table(), row.row(), row.child(), List.of(fields), values));
    }

    /** Each of the rows fails the rule on these fields. */
    public void failAll(Iterable<ReturnRow> rows, String... fields) {
        for (ReturnRow row : rows) {
            fail(row, fields);
        }
    }

    public List<RuleFailure> found() {
        return List.copyOf(found);
    }
}
