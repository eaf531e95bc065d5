package org.corporateparenting.application.ssda903;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.ReturnValidation;
import org.corporateparenting.domain.ssda903.RuleFailure;
import org.corporateparenting.domain.ssda903.Table;

/**
 * What an analyst works from after checking a 903 return by the DfE's rules ({@link ReturnValidation}): every failing row
 * (rule code, the DfE's message, file, row, child, fields and values), a summary by rule (rows and children) and by child
 * (the rules each fails), the rules not run with what they need, the codes of the year's list this system has no rule
 * for, and the problems of layout found reading the files ({@link ReturnReader}). {@code year} is the return's year and
 * {@code list} the DfE list its rules come from; {@code records} gives the record number of each child the council
 * holds, so a failure links to the record that corrects it.
 */
public record ValidationReport(CollectionYear year, CollectionYear list, String source, List<Failure> failures, List<ByRule> rules,
        List<ByChild> children, List<NotRun> notRun, List<String> notImplemented, int ran, List<ImportProblem> problems) {

    /** One row failing one rule. {@code record}: the child's record number in the council's records, or null. */
    public record Failure(String code, String message, String file, int row, String child, List<String> fields, List<String> values,
            Long record) {
    }

    /** A rule that failed: how many rows and how many children. */
    public record ByRule(String code, String message, int rows, int children) {
    }

    /** A child who fails rules: which rules, on how many rows, and the child's record number (or null). */
    public record ByChild(String child, List<String> codes, int rows, Long record) {
    }

    /** A rule of the year's list that was not run, and why (never reported as passed). */
    public record NotRun(String code, String message, String reason) {
    }

    /** The report of an outcome; {@code records} maps child identifiers to record numbers (empty for files alone). */
    public static ValidationReport of(ReturnValidation.Outcome outcome, String source, Map<String, Long> records, List<ImportProblem> problems) {
        return of(outcome, source, records, problems, Map.of());
    }

    /**
     * As {@link #of(ReturnValidation.Outcome, String, Map, List)}, the rows of the tables in {@code xmlTables} named after the
     * XML return they came from ({@code return.xml#episodes.csv}: their row is the line of their element in that file).
     */
    public static ValidationReport of(ReturnValidation.Outcome outcome, String source, Map<String, Long> records, List<ImportProblem> problems,
            Map<Table, String> xmlTables) {
        List<Failure> failures = new ArrayList<>();
        for (RuleFailure f : outcome.failures()) {
            failures.add(new Failure(f.code(), outcome.message(f.code()), xmlTables.getOrDefault(f.table(), f.table().fileName()), f.row(),
                    f.child(), f.fields(), f.values(), records.get(f.child())));
        }
        List<ByRule> rules = new ArrayList<>();
        outcome.byRule().forEach((code, rows) -> rules.add(new ByRule(code, outcome.message(code), rows.size(),
                (int) rows.stream().map(RuleFailure::child).distinct().count())));
        Map<String, Set<String>> codes = new TreeMap<>();
        Map<String, Integer> rowsOf = new LinkedHashMap<>();
        for (RuleFailure f : outcome.failures()) {
            codes.computeIfAbsent(f.child(), key -> new LinkedHashSet<>()).add(f.code());
            rowsOf.merge(f.child(), 1, Integer::sum);
        }
        List<ByChild> children = new ArrayList<>();
        codes.forEach((child, its) -> children.add(new ByChild(child, List.copyOf(its), rowsOf.get(child), records.get(child))));
        List<NotRun> notRun = new ArrayList<>();
        new TreeMap<>(outcome.notRun()).forEach((code, reason) -> notRun.add(new NotRun(code, outcome.message(code), reason)));
        return new ValidationReport(outcome.year(), outcome.list(), source, List.copyOf(failures), List.copyOf(rules), List.copyOf(children),
                List.copyOf(notRun), outcome.notImplemented(), outcome.ran().size(), List.copyOf(problems));
    }

    /** Whether the return fails no rule that was run and has no error of layout. */
    public boolean passes() {
        return failures.isEmpty() && errors() == 0;
    }

    /** Problems of layout that are errors (a missing column, another year's file, ...). */
    public long errors() {
        return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).count();
    }

    /** The report in one sentence. */
    public String summary() {
        return year.label() + " (" + source + ", the DfE's " + list.label() + " rules): " + ran + " rules run, " + failures.size()
                + " failing rows in " + rules.size() + " rules for " + children.size() + " children; " + notRun.size() + " rules not run, "
                + notImplemented.size() + " not implemented; " + problems.size() + " problems of layout (" + errors() + " errors).";
    }

    /**
     * The report as CSV, one line per finding: STATUS is FAIL for a failing row, ERROR or WARNING for a problem of layout,
     * NOT RUN and NOT IMPLEMENTED for rules the check could not apply. No cell starts a spreadsheet formula.
     */
    public String csv() {
        StringBuilder csv = new StringBuilder("STATUS,RULE,FILE,ROW,CHILD,FIELDS,VALUES,MESSAGE\r\n");
        for (ImportProblem p : problems) {
            line(csv, p.severity().name(), "", p.file(), p.row() == 0 ? "" : String.valueOf(p.row()), "", p.field(), p.value(), p.reason());
        }
        for (Failure f : failures) {
            line(csv, "FAIL", f.code(), f.file(), String.valueOf(f.row()), f.child(), String.join(";", f.fields()), String.join(";", f.values()),
                    f.message());
        }
        for (NotRun n : notRun) {
            line(csv, "NOT RUN", n.code(), "", "", "", "", "", "Not run: " + n.reason() + ". " + n.message());
        }
        for (String code : notImplemented) {
            line(csv, "NOT IMPLEMENTED", code, "", "", "", "", "", "This system has no rule for this code of the DfE's " + list.label() + " list.");
        }
        return csv.toString();
    }

    /** The summary by rule as CSV. */
    public String rulesCsv() {
        StringBuilder csv = new StringBuilder("RULE,ROWS,CHILDREN,MESSAGE\r\n");
        rules.forEach(r -> line(csv, r.code(), String.valueOf(r.rows()), String.valueOf(r.children()), r.message()));
        return csv.toString();
    }

    /** The summary by child as CSV. */
    public String childrenCsv() {
        StringBuilder csv = new StringBuilder("CHILD,ROWS,RULES\r\n");
        children.forEach(c -> line(csv, c.child(), String.valueOf(c.rows()), String.join(";", c.codes())));
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... values) {
        for (int i = 0; i < values.length; i++) {
            csv.append(i == 0 ? "" : ",").append(SpreadsheetText.csv(values[i]));
        }
        csv.append("\r\n");
    }
}
