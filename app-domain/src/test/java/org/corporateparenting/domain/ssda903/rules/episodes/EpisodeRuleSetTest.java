package org.corporateparenting.domain.ssda903.rules.episodes;

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

/**
 * The set holds one rule for each of its 75 codes, each runs only in the years whose DfE list has it, and the rules
 * needing the Ofsted list, a postcode lookup or last year's return are not run without them.
 */
class EpisodeRuleSetTest {

    private static final Set<String> CODES = Set.of("117", "118", "141", "142", "143", "144", "145", "146", "147",
            "148", "149", "164", "169", "178", "179", "185", "186", "198", "199", "207", "213", "214", "217", "217t",
            "218", "219", "221", "222", "224", "225", "226", "227", "228", "229", "230", "233", "234", "334", "335",
            "336", "353", "354", "355", "356", "357", "361", "362", "363", "364", "365", "366", "367", "370", "371",
            "372", "373", "374", "375", "376", "377", "378", "379", "380", "381", "382", "383", "384", "385", "388",
            "389", "390", "392a", "392b", "392c", "392d");

    @Test
    void rule141EpisodeStartMustBeARealDate() {
        assertEquals(List.of(), Given.year(2025).episode("CHILD=1", "DECOM=01/04/2025").failing("141"));
        assertEquals(List.of(2, 3), Given.year(2025).episode("CHILD=1", "DECOM=31/02/2025").episode("CHILD=2", "DECOM=")
                .failing("141"));
    }

    @Test
    void everyCodeOfTheSetHasOneRule() {
        List<String> codes = EpisodeRuleSet.rules().stream().map(Rule::code).toList();
        assertEquals(new TreeSet<>(CODES), new TreeSet<>(codes));
        assertEquals(CODES.size(), codes.size());
    }

    @Test
    void eachRuleRunsOnlyInTheYearsWhoseListHasIt() {
        for (CollectionYear year : RuleBook.dfe().years()) {
            Set<String> listed = new HashSet<>();
            RuleBook.dfe().rules(year).forEach(entry -> listed.add(entry.code()));
            Given given = Given.year(year.startYear()).lastYearKnown()
                    .episode("CHILD=1", "DECOM=01/05/" + year.startYear(), "RNE=S", "LS=C2", "PLACE=U4")
                    .row(Table.OC2, "CHILD=1");
            ReturnValidation.Outcome outcome = ReturnValidation.validate(given.files(), EpisodeRuleSet.rules());
            for (String code : CODES) {
                boolean considered = outcome.ran().contains(code) || outcome.notRun().containsKey(code);
                assertEquals(listed.contains(code), considered, code + " in " + year);
                assertFalse(outcome.notRun().getOrDefault(code, "").startsWith("the rule could not be applied"),
                        code + " broke in " + year);
            }
        }
    }

    @Test
    void yearBoundRulesAreInTheirYearsOnly() {
        Set<String> in2023 = codesOf(2023);
        Set<String> in2025 = codesOf(2025);
        assertTrue(in2023.containsAll(Set.of("217t", "230", "370")));
        assertFalse(in2025.contains("217t") || in2025.contains("230") || in2025.contains("370"));
        assertTrue(in2025.containsAll(Set.of("233", "234")));
        assertFalse(in2023.contains("233") || in2023.contains("234"));
    }

    @Test
    void rulesNeedingReferenceDataOrLastYearAreNotRunWithoutThem() {
        ReturnValidation.Outcome outcome = ReturnValidation.validate(Given.year(2025)
                .episode("CHILD=1", "DECOM=01/05/2025", "URN=SC111111").header("CHILD=1").files(), EpisodeRuleSet.rules());
        for (String code : List.of("199", "207", "219", "221", "224", "227", "228", "229", "392c")) {
            assertTrue(outcome.notRun().containsKey(code), code);
        }
        assertTrue(outcome.ran().contains("218"));
    }

    private static Set<String> codesOf(int startYear) {
        Set<String> codes = new HashSet<>();
        RuleBook.dfe().rules(new CollectionYear(startYear)).forEach(entry -> codes.add(entry.code()));
        return codes;
    }
}
