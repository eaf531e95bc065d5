package org.corporateparenting.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.corporateparenting.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

/** Rule messages land on the fields they name, without a server; the rest go to the fallback or back to the page. */
class FieldMessagesTest {

    @Test
    void eachMessageLandsOnItsFieldAndTheOthersAreCleared() {
        DatePicker heldOn = new DatePicker();
        Select<String> outcome = new Select<>();
        FieldMessages messages = new FieldMessages(heldOn).on("heldOn", heldOn).on("outcome", outcome);

        messages.show(List.of(new FieldError("outcome", "Choose what the review recommended.")));
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).isEqualTo("Choose what the review recommended.");
        assertThat(heldOn.isInvalid()).isFalse();

        assertThat(messages.show(List.of(new FieldError("household", "Not approved then.")))).as("the fallback takes it").isEmpty();
        assertThat(heldOn.getErrorMessage()).isEqualTo("Not approved then.");
        assertThat(outcome.isInvalid()).as("cleared by the next showing").isFalse();
    }

    @Test
    void withoutAFallbackAMessageNamingNoFieldIsHandedBack() {
        DatePicker heldOn = new DatePicker();
        assertThat(new FieldMessages(null).on("heldOn", heldOn).show(List.of(new FieldError("record", "Whole record."))))
                .containsExactly("Whole record.");
        assertThat(heldOn.isInvalid()).isFalse();
    }
}
