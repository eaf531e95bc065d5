package org.corporateparenting.web.view.careleaver;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.application.careleaver.CareLeaverRecord;
import org.corporateparenting.domain.careleaver.BirthdayCheckRules;
import org.corporateparenting.domain.careleaver.Eligibility;
import org.corporateparenting.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The birthday check form without a server: it offers only the birthdays still to do, sends the accommodation as its
 * type with the suitability (or 0 when there is nothing to report), and on a refusal by the OC3 rules marks the field
 * they name and keeps every choice.
 */
class BirthdayChecksPanelTest {

    private final List<String> sent = new ArrayList<>();

    private static CareLeaverRecord leaver(List<Integer> due) {
        return new CareLeaverRecord(1, 0, 2, "A1", "Test Person", Eligibility.values()[0], LocalDate.now().minusYears(3), null, null,
                List.of(), null, null, false, List.of(), null, null, false, List.of(), null, false, List.of(), List.of(), due, null);
    }

    /** Records through the real rules, for a 19th birthday last month of someone not looked after then. */
    private CareLeaverRecord record(int age, String inTouch, String activity, String accommodation) {
        sent.add(age + " " + inTouch + " " + activity + " " + accommodation);
        RuleViolation.throwIfAny(BirthdayCheckRules.check(age, LocalDate.now().minusMonths(1), false, false, inTouch, activity,
                accommodation, LocalDate.now()));
        return leaver(List.of(20));
    }

    @Test
    void aCheckIsSentWithTheSuitabilityAndTheBirthdayLeavesTheList() {
        BirthdayChecksPanel panel = new BirthdayChecksPanel(this::record);
        panel.show(leaver(List.of(19, 20)));
        assertThat(panel.age.getListDataView().getItems()).containsExactly(19, 20);
        panel.age.setValue(19);
        panel.inTouch.setValue("YES");
        panel.activity.setValue("F5");
        panel.accommodation.setValue("U");
        panel.suitable.setValue("2");
        click(panel);
        assertThat(sent).containsExactly("19 YES F5 U2");
        assertThat(panel.status.getText()).isEqualTo("Birthday check recorded.");
        assertThat(panel.age.getListDataView().getItems()).containsExactly(20);
        assertThat(panel.inTouch.getValue()).as("cleared for the next").isNull();
    }

    @Test
    void aRefusalLandsOnTheFieldItNamesAndKeepsTheChoices() {
        BirthdayChecksPanel panel = new BirthdayChecksPanel(this::record);
        panel.show(leaver(List.of(19)));
        panel.age.setValue(19);
        panel.inTouch.setValue("DIED");
        panel.activity.setValue("F5");
        panel.accommodation.setValue(BirthdayChecksPanel.NOTHING);
        click(panel);
        assertThat(sent).containsExactly("19 DIED F5 0");
        assertThat(panel.activity.isInvalid()).isTrue();
        assertThat(panel.activity.getErrorMessage()).contains("the activity is 0");
        assertThat(panel.accommodation.isInvalid()).as("0 is right when there is nothing to report").isFalse();
        assertThat(panel.inTouch.getValue()).isEqualTo("DIED");
        assertThat(panel.status.getText()).startsWith("Not recorded");
    }

    @Test
    void readersSeeTheChecksWithoutAForm() {
        BirthdayChecksPanel panel = new BirthdayChecksPanel(null);
        panel.show(leaver(List.of()));
        assertThat(panel.due.getText()).isEqualTo("No check is due.");
        assertThat(panel.getChildren().anyMatch(c -> c instanceof HorizontalLayout)).isFalse();
    }

    private static void click(BirthdayChecksPanel panel) {
        panel.getChildren().filter(c -> c instanceof HorizontalLayout).findFirst().orElseThrow()
                .getChildren().filter(c -> c instanceof Button)
                .forEach(b -> ((Button) b).click());
    }
}
