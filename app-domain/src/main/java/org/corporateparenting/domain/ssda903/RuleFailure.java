package org.corporateparenting.domain.ssda903;

import java.util.List;

/**
 * One row failing one rule: the rule's code, the file and row, the child, and the fields the rule names with their
 * values in that row. The DfE's message is the {@link RuleBook}'s for the year.
 */
public record RuleFailure(String code, Table table, int row, String child, List<String> fields, List<String> values) {

    public RuleFailure {
        fields = List.copyOf(fields);
        values = List.copyOf(values);
    }
}
