package org.corporateparenting.web.view.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.application.ssda903.ValidationReport;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The validation report on the load page without a server: "Validate the return" runs the check of the year chosen, the
 * failing rows filter by rule and by child, the rules not run are named, and a refusal shows its message.
 */
class ValidationPanelTest {

    private final List<Integer> asked = new ArrayList<>();

    private static ValidationReport report(CollectionYear year) {
        List<ValidationReport.Failure> failures = List.of(
                new ValidationReport.Failure("101", "The child or young person’s reported sex is not valid.", "header.csv", 2, "C1",
                        List.of("SEX"), List.of("1"), 7L),
                new ValidationReport.Failure("102", "Date of birth is not a valid date.", "header.csv", 3, "C2", List.of("DOB"),
                        List.of("31/02/2012"), null),
                new ValidationReport.Failure("101", "The child or young person’s reported sex is not valid.", "header.csv", 3, "C2",
                        List.of("SEX"), List.of("X"), null));
        return new ValidationReport(year, year, "the council's records", failures,
                List.of(new ValidationReport.ByRule("101", "sex", 2, 2), new ValidationReport.ByRule("102", "dob", 1, 1)),
                List.of(new ValidationReport.ByChild("C1", List.of("101"), 1, 7L), new ValidationReport.ByChild("C2", List.of("101", "102"), 2, null)),
                List.of(new ValidationReport.NotRun("202", "sex changed", "needs the previous year's return, which was not supplied")),
                List.of(), 150, List.of());
    }

    private ValidationReport run(int year) {
        asked.add(year);
        return report(new CollectionYear(year));
    }

    @Test
    void validatingTheReturnShowsEveryFailingRowFilterableByRuleAndChild() {
        ValidationPanel panel = new ValidationPanel(this::run, year -> {
            throw new AssertionError("no files were uploaded");
        });
        assertThat(panel.files.isEnabled()).isFalse();
        panel.year.setValue(new CollectionYear(2024));
        panel.records.click();
        assertThat(asked).containsExactly(2024);
        assertThat(panel.status.getText()).contains("2024-25", "3 failing rows in 2 rules");
        assertThat(panel.failures.getListDataView().getItems()).hasSize(3);
        panel.ruleFilter.setValue("101");
        assertThat(panel.failures.getListDataView().getItems()).extracting(ValidationReport.Failure::child).containsExactly("C1", "C2");
        panel.childFilter.setValue("c2");
        assertThat(panel.failures.getListDataView().getItems()).extracting(ValidationReport.Failure::row).containsExactly(3);
        assertThat(panel.notRun.getText()).contains("202", "needs the previous year's return");
        assertThat(panel.csv.isVisible()).isTrue();
    }

    @Test
    void aRefusedUploadShowsItsMessageAndNoReport() {
        ValidationPanel panel = new ValidationPanel(this::run, year -> {
            throw RuleViolation.of("file", "The upload is not a readable ZIP file.");
        });
        panel.filesReady(true);
        panel.files.click();
        assertThat(panel.status.getText()).isEqualTo("The upload is not a readable ZIP file.");
        assertThat(panel.failures.isVisible()).isFalse();
    }
}
