package org.corporateparenting.domain.ssda903;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.rules.Ssda903Rules;

/**
 * Runs every DfE rule of a collection year's list over a return and says, rule by rule, what failed: each failing row
 * with the rule's code, the DfE's message, file, row, child, fields and values. A rule is reported as not run, never
 * as passed, when what it needs is absent (the previous year's return, a postcode lookup, the Ofsted provider list),
 * and as not implemented when the list has a code this system has no rule for.
 */
public final class ReturnValidation {

    private ReturnValidation() {
    }

    /** The outcome of checking a return by its year's list. */
    public record Outcome(CollectionYear year, CollectionYear list, List<RuleFailure> failures, List<String> ran,
            Map<String, String> notRun, List<String> notImplemented) {

        /** The DfE's message of a rule in the list used. */
        public String message(String code) {
            return RuleBook.dfe().entry(list, code).map(RuleBook.Entry::message).orElse("");
        }

        /** Failing rows by rule code, in the list's order. */
        public Map<String, List<RuleFailure>> byRule() {
            Map<String, List<RuleFailure>> byRule = new LinkedHashMap<>();
            for (RuleFailure failure : failures) {
                byRule.computeIfAbsent(failure.code(), key -> new ArrayList<>()).add(failure);
            }
            return byRule;
        }

        /** The rules each child fails, children in order of their identifiers. */
        public Map<String, Set<String>> byChild() {
            Map<String, Set<String>> byChild = new TreeMap<>();
            for (RuleFailure failure : failures) {
                byChild.computeIfAbsent(failure.child(), key -> new LinkedHashSet<>()).add(failure.code());
            }
            return byChild;
        }

        /** Whether the return fails no rule that was run. */
        public boolean passes() {
            return failures.isEmpty();
        }
    }

    /** Checks the return by every rule of its year's list. */
    public static Outcome validate(ReturnFiles files) {
        return validate(files, Ssda903Rules.all());
    }

    /** Checks the return by the given rules, those of its year's list only. */
    public static Outcome validate(ReturnFiles files, Collection<Rule> rules) {
        RuleBook book = RuleBook.dfe();
        Map<String, Rule> byCode = new LinkedHashMap<>();
        for (Rule rule : rules) {
            byCode.put(rule.code(), rule);
        }
        List<RuleFailure> failures = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        Map<String, String> notRun = new LinkedHashMap<>();
        List<String> notImplemented = new ArrayList<>();
        for (RuleBook.Entry entry : book.rules(files.year())) {
            Rule rule = byCode.get(entry.code());
            if (rule == null) {
                notImplemented.add(entry.code());
                continue;
            }
            String missing = missing(files, entry, rule);
            if (missing != null) {
                notRun.put(entry.code(), missing);
                continue;
            }
            try {
                failures.addAll(rule.check(files).found());
                ran.add(entry.code());
            } catch (RuntimeException e) {
                notRun.put(entry.code(), "the rule could not be applied to these files (" + e.getClass().getSimpleName()
                        + "); report it to the system's maintainers");
            }
        }
        return new Outcome(files.year(), book.listFor(files.year()), List.copyOf(failures), List.copyOf(ran),
                Map.copyOf(notRun), List.copyOf(notImplemented));
    }

    private static String missing(ReturnFiles files, RuleBook.Entry entry, Rule rule) {
        Set<Need> needs = new LinkedHashSet<>(entry.needs());
        needs.addAll(rule.needs());
        for (Need need : needs) {
            boolean met = switch (need) {
                case PREVIOUS_YEAR -> files.hasLastYear();
                case POSTCODES -> files.reference().postcodes().isPresent();
                case PROVIDERS -> files.reference().providers().isPresent();
            };
            if (!met) {
                return "needs " + need.words() + ", which was not supplied";
            }
        }
        return null;
    }
}
