package org.corporateparenting.domain.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.ssda903.rules.Ssda903Rules;
import org.junit.jupiter.api.Test;

class ReturnValidationTest {

    @Test
    void aFailureNamesTheRuleFileRowChildFieldAndValueWithTheDfesMessage() {
        ReturnValidation.Outcome outcome = ReturnValidation.validate(Given.year(2025)
                .header("CHILD=A1", "ETHNIC=WBRI").header("CHILD=A2", "ETHNIC=XXXX").files());
        RuleFailure failure = outcome.byRule().get("103").get(0);
        assertEquals(new RuleFailure("103", Table.HEADER, 3, "A2", List.of("ETHNIC"), List.of("XXXX")), failure);
        assertEquals("The ethnicity code is either not valid or has not been entered.", outcome.message("103"));
        assertTrue(outcome.byChild().get("A2").contains("103"));
        assertFalse(outcome.passes());
    }

    @Test
    void aRuleNeedingThePreviousYearIsNotRunWithoutIt() {
        Rule needsLastYear = Rule.rule("103", (files, out) -> out.failAll(files.rows(Table.HEADER), "ETHNIC"))
                .needing(Need.PREVIOUS_YEAR);
        ReturnValidation.Outcome without = ReturnValidation.validate(Given.year(2025).header("CHILD=1").files(),
                List.of(needsLastYear));
        assertTrue(without.failures().isEmpty());
        assertEquals("needs the previous year's return, which was not supplied", without.notRun().get("103"));
        assertFalse(without.ran().contains("103"));

        ReturnValidation.Outcome with = ReturnValidation.validate(Given.year(2025).header("CHILD=1").lastYearKnown()
                .files(), List.of(needsLastYear));
        assertEquals(1, with.failures().size());
        assertTrue(with.ran().contains("103"));
    }

    @Test
    void aRuleThatBreaksOnTheFilesIsReportedNotRunRatherThanPassed() {
        Rule broken = Rule.rule("103", (files, out) -> {
            throw new IllegalStateException("bug");
        });
        ReturnValidation.Outcome outcome = ReturnValidation.validate(Given.year(2025).header("CHILD=1").files(),
                List.of(broken));
        assertTrue(outcome.notRun().get("103").contains("could not be applied"));
    }

    @Test
    void eachYearIsCheckedByItsOwnListAndYearsOutsideTheListsByTheNearest() {
        RuleBook book = RuleBook.dfe();
        assertEquals(311, book.rules(new CollectionYear(2025)).size());
        assertEquals(322, book.rules(new CollectionYear(2026)).size());
        assertEquals(new CollectionYear(2022), book.listFor(new CollectionYear(2019)));
        assertTrue(book.entry(new CollectionYear(2025), "1008").orElseThrow().providers());
        assertTrue(book.entry(new CollectionYear(2025), "NoE").orElseThrow().lastYear());
        assertEquals(Set.of(Table.EPISODES, Table.OC3), book.entry(new CollectionYear(2025), "1000").orElseThrow().tables());
    }

    @Test
    void everyRuleImplementedIsInSomeYearsListAndHasOneDefinition() {
        Set<String> listed = new HashSet<>();
        for (CollectionYear year : RuleBook.dfe().years()) {
            RuleBook.dfe().rules(year).forEach(entry -> listed.add(entry.code()));
        }
        Set<String> codes = new HashSet<>();
        for (Rule rule : Ssda903Rules.all()) {
            assertTrue(listed.contains(rule.code()), "rule " + rule.code() + " is in no year's list");
            assertTrue(codes.add(rule.code()), "two definitions of " + rule.code());
        }
    }
}
