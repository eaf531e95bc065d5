package org.corporateparenting.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.StaleRecord;
import org.junit.jupiter.api.Test;

/** The three ends of a save on a team screen, without a server: saved, refused by a rule, and a colleague's change. */
class FormSaveTest {

    private final TextField reference = new TextField();
    private final Span status = new Span();
    private final List<String> shown = new ArrayList<>();
    private final FormSave save = new FormSave(new FieldMessages(null).on("reference", reference), status);

    @Test
    void aSaveThatWorksShowsTheRecordAndSaysSo() {
        reference.setInvalid(true);
        assertThat(save.attempt(() -> "PM-1", r -> {
            shown.add(r);
            return "Case recorded.";
        }, () -> shown.add("reloaded"), "meeting")).isTrue();
        assertThat(shown).containsExactly("PM-1");
        assertThat(status.getText()).isEqualTo("Case recorded.");
        assertThat(reference.isInvalid()).as("the last refusal is cleared").isFalse();
    }

    @Test
    void aRefusalMarksItsFieldAndSaysWhatNamesNone() {
        assertThat(save.attempt(() -> {
            throw new RuleViolation(List.of(new FieldError("reference", "No such household."),
                    new FieldError("meetingId", "The meeting was cancelled.")));
        }, r -> "never", () -> shown.add("reloaded"), "meeting")).isFalse();
        assertThat(reference.getErrorMessage()).isEqualTo("No such household.");
        assertThat(status.getText()).isEqualTo("Not recorded: The meeting was cancelled.");
        assertThat(shown).isEmpty();
    }

    @Test
    void aColleaguesChangeShowsTheRecordAsItIsNow() {
        reference.setValue("H1001");
        assertThat(save.attempt(() -> {
            throw new StaleRecord("PanelMeeting", 7, 2, "fostering", null);
        }, r -> "never", () -> shown.add("reloaded"), "meeting")).isFalse();
        assertThat(shown).containsExactly("reloaded");
        assertThat(status.getText()).startsWith("A colleague changed this meeting meanwhile");
        assertThat(reference.getValue()).as("the typing is kept").isEqualTo("H1001");
    }

    @Test
    void aRefusalBeforeSavingMarksItsFieldAndSavesNothing() {
        save.refuse("reference", "Choose the case in the agenda first.");
        assertThat(reference.isInvalid()).isTrue();
        assertThat(reference.getErrorMessage()).isEqualTo("Choose the case in the agenda first.");
        assertThat(status.getText()).isEqualTo("Not recorded: see the marked field.");
    }
}
