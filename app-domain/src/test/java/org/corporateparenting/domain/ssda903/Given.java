package org.corporateparenting.domain.ssda903;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.rules.Ssda903Rules;

/**
 * Hand-made 903 files for rule tests: rows written as {@code "COLUMN=value"} pairs, numbered as a spreadsheet would
 * (2, 3, ... in each file), and the rows a rule fails in them.
 * <pre>
 * Given.year(2025).header("CHILD=1", "ETHNIC=XXXX").failing("103")   // [2]
 * </pre>
 */
public final class Given {

    private final ReturnFiles.Builder builder;
    private final Map<Table, Integer> next = new EnumMap<>(Table.class);
    private final Map<Table, Integer> nextLast = new EnumMap<>(Table.class);

    private Given(int startYear) {
        this.builder = ReturnFiles.of(new CollectionYear(startYear));
    }

    /** A return of the collection year starting in April of that year (2025 is 2025-26). */
    public static Given year(int startYear) {
        return new Given(startYear);
    }

    public Given row(Table table, String... pairs) {
        int row = next.merge(table, 1, Integer::sum) + 1;
        builder.row(table, row, values(pairs));
        return this;
    }

    public Given header(String... pairs) {
        return row(Table.HEADER, pairs);
    }

    public Given episode(String... pairs) {
        return row(Table.EPISODES, pairs);
    }

    /** The file is supplied, perhaps with no rows. */
    public Given supplied(Table table) {
        builder.supplied(table);
        return this;
    }

    /** A row of the previous year's return (which is then known). */
    public Given last(Table table, String... pairs) {
        int row = nextLast.merge(table, 1, Integer::sum) + 1;
        builder.lastRow(table, row, values(pairs));
        return this;
    }

    /** The previous year's return is known, even if empty. */
    public Given lastYearKnown() {
        builder.lastYearKnown();
        return this;
    }

    public Given reference(ReferenceData data) {
        builder.reference(data);
        return this;
    }

    public ReturnFiles files() {
        return builder.build();
    }

    /** What the rule with this code finds in these files. */
    public List<RuleFailure> failures(String code) {
        Rule rule = Ssda903Rules.byCode(code).orElseThrow(() -> new AssertionError("No rule " + code));
        return rule.check(files()).found();
    }

    /** The rows (table's row numbers) the rule with this code fails. */
    public List<Integer> failing(String code) {
        List<Integer> rows = new ArrayList<>();
        for (RuleFailure failure : failures(code)) {
            rows.add(failure.row());
        }
        return rows;
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Write a value as COLUMN=value: " + pair);
            }
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }
}
