package org.corporateparenting.domain.ssda903.rules.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.Given;
import org.corporateparenting.domain.ssda903.ReturnValidation;
import org.corporateparenting.domain.ssda903.Rule;
import org.corporateparenting.domain.ssda903.RuleBook;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** The set holds one rule for each of its 91 codes, and each runs in the years whose DfE list has it. */
class OutcomeRuleSetTest {

    private static final Set<String> CODES = Set.of("1004", "1005", "1006", "112", "113", "114", "131", "132", "133",
            "134", "151", "153", "157", "158", "159", "175", "176", "177", "180", "181", "182", "187", "188", "189", "190",
            "191", "192", "193", "196", "197B", "197a", "215", "331", "333", "344", "345", "347", "348", "391", "511",
            "514", "517", "518", "519", "520", "524", "542", "544", "545", "547", "564", "565", "566", "567", "570", "571",
            "574", "576", "586", "700", "701", "702", "703", "704", "705", "706", "707", "708", "709", "710", "INT31",
            "INT33", "INT34", "SW01STG1", "SW01aSTG1", "SW01bSTG1", "SW02STG1", "SW03STG1", "SW04STG1", "SW05STG1",
            "SW06STG2", "SW07STG2", "SW08STG2", "SW09STG2", "SW10STG2", "SW11aSTG2", "SW11bSTG2", "SW12STG2", "SW13STG1",
            "SW14STG2", "SW17STG2");

    @Test
    void everyCodeOfTheSetHasOneRule() {
        List<String> codes = OutcomeRuleSet.rules().stream().map(Rule::code).toList();
        assertEquals(91, CODES.size());
        assertEquals(new TreeSet<>(CODES), new TreeSet<>(codes));
        assertEquals(CODES.size(), codes.size());
    }

    @Test
    void eachRuleRunsExactlyInTheYearsWhoseListHasIt() {
        Set<String> listed = new HashSet<>();
        for (CollectionYear year : RuleBook.dfe().years()) {
            Set<String> inList = new HashSet<>();
            RuleBook.dfe().rules(year).forEach(entry -> inList.add(entry.code()));
            inList.retainAll(CODES);
            listed.addAll(inList);
            ReturnValidation.Outcome outcome = ReturnValidation.validate(Given.year(year.startYear()).lastYearKnown()
                    .episode("CHILD=1", "DECOM=01/01/2010").files(), OutcomeRuleSet.rules());
            Set<String> run = new HashSet<>(outcome.ran());
            run.addAll(outcome.notRun().keySet());
            assertEquals(new TreeSet<>(inList), new TreeSet<>(run), year.label());
            assertTrue(outcome.notRun().isEmpty(), year.label() + " " + outcome.notRun());
        }
        assertEquals(new TreeSet<>(CODES), new TreeSet<>(listed));
    }

    @Test
    void socialWorkerRulesFrom2023AndOrdersFrom2026() {
        ReturnValidation.Outcome in2022 = ReturnValidation.validate(Given.year(2022).files(), OutcomeRuleSet.rules());
        assertFalse(in2022.ran().contains("SW13STG1"));
        ReturnValidation.Outcome in2023 = ReturnValidation.validate(Given.year(2023).files(), OutcomeRuleSet.rules());
        assertTrue(in2023.ran().containsAll(List.of("SW01STG1", "SW03STG1", "SW13STG1", "347")));
        assertFalse(in2023.ran().contains("SW01aSTG1"));
        ReturnValidation.Outcome in2025 = ReturnValidation.validate(Given.year(2025).files(), OutcomeRuleSet.rules());
        assertTrue(in2025.ran().containsAll(List.of("SW01aSTG1", "SW01bSTG1", "SW17STG2")));
        assertFalse(in2025.ran().contains("700"));
        ReturnValidation.Outcome in2026 = ReturnValidation.validate(Given.year(2026)
                .row(Table.DOLO, "CHILD=1", "DOLO_START=").files(), OutcomeRuleSet.rules());
        assertTrue(in2026.byRule().containsKey("700"));
    }

    @Test
    void rulesReadingLastYearAreNotRunWithoutIt() {
        ReturnValidation.Outcome outcome = ReturnValidation.validate(Given.year(2026).files(), OutcomeRuleSet.rules());
        for (String code : List.of("348", "576", "706")) {
            assertEquals("needs the previous year's return, which was not supplied", outcome.notRun().get(code), code);
        }
    }
}
