package org.corporateparenting.domain.ssda903;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One DfE validation rule of the 903 return, known by its code. The rule's message, fields and files for each year are
 * the DfE's ({@link RuleBook}); the years a rule applies to are those whose rule list has its code, and a rule whose
 * logic changed between years reads {@link ReturnFiles#year()}. Define one with {@link #rule} and a check that calls
 * {@link Failures#fail} on each failing row; say beside it, in its comment, any reading chosen where the DfE's text is
 * ambiguous.
 */
public final class Rule {

    private final String code;
    private final Set<Need> needs;
    private final BiConsumer<ReturnFiles, Failures> check;

    private Rule(String code, Set<Need> needs, BiConsumer<ReturnFiles, Failures> check) {
        this.code = Objects.requireNonNull(code, "A rule needs its DfE code.");
        this.needs = needs.isEmpty() ? Set.of() : EnumSet.copyOf(needs);
        this.check = Objects.requireNonNull(check, "A rule needs its check.");
    }

    /** The rule with this DfE code and check, needing nothing beyond the year's files. */
    public static Rule rule(String code, BiConsumer<ReturnFiles, Failures> check) {
        return new Rule(code, Set.of(), check);
    }

    /** What a rule checks of one row of a file, on its own. */
    public interface RowCheck {
        void check(ReturnFiles files, ReturnRow row, Failures out);
    }

    /** The rule with this DfE code checking each row of one file on its own. */
    public static Rule eachRow(String code, Table table, RowCheck check) {
        return rule(code, (files, out) -> files.rows(table).forEach(row -> check.check(files, row, out)));
    }

    /** The integrity rule "one row per child" (INT31 to INT36): every row after the first of a child fails on CHILD. */
    public static Rule oncePerChild(String code, Table table) {
        return rule(code, (files, out) -> files.byChild(table).values().forEach(rows -> {
            for (int i = 1; i < rows.size(); i++) {
                out.fail(rows.get(i), "CHILD");
            }
        }));
    }

    /** The same rule, needing reference data or the previous year's return as well. */
    public Rule needing(Need first, Need... more) {
        EnumSet<Need> all = EnumSet.of(first, more);
        all.addAll(needs);
        return new Rule(code, all, check);
    }

    public String code() {
        return code;
    }

    public Set<Need> needs() {
        return needs;
    }

    /** The rows of the files that fail this rule. */
    public Failures check(ReturnFiles files) {
        Failures failures = new Failures(code);
        check.accept(files, failures);
        return failures;
    }

    @Override
    public String toString() {
        return "rule " + code;
    }
}
