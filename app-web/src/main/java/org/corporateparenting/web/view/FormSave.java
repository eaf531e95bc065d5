package org.corporateparenting.web.view;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.StaleRecord;

/**
 * One rule for a form's save on every team screen: the messages are cleared; a save that works shows the record as
 * saved and says so on the status line; one the rules refuse marks the fields they name (what names no field goes on
 * the status line) and keeps the typing; one made on a record a colleague changed meanwhile shows the record as it is
 * now, keeps the typing and says so. Only a save that worked lets the form clear its fields.
 */
public final class FormSave {

    private final FieldMessages messages;
    private final Span status;

    public FormSave(FieldMessages messages, Span status) {
        this.messages = messages;
        this.status = status;
    }

    /** Whether the save worked, for a record no colleague can have changed meanwhile (one added, never edited). */
    public <T> boolean attempt(Supplier<T> save, Function<T, String> shown) {
        return attempt(save, shown, () -> { }, "record");
    }

    /** Refuses before saving, with the message on the field it names (a choice still to make, say). */
    public void refuse(String field, String message) {
        messages.show(List.of(new FieldError(field, message)));
        status.setText("Not recorded: see the marked field.");
    }

    /**
     * Whether the save worked. {@code shown} shows the saved record and gives what to say; {@code reload} shows the
     * record as it is now, after a colleague's change to the {@code what}.
     */
    public <T> boolean attempt(Supplier<T> save, Function<T, String> shown, Runnable reload, String what) {
        messages.show(List.of());
        try {
            status.setText(shown.apply(save.get()));
            return true;
        } catch (RuleViolation e) {
            List<String> others = messages.show(e.errors());
            status.setText("Not recorded: " + (others.isEmpty() ? "see the marked field." : String.join(" ", others)));
        } catch (StaleRecord e) {
            reload.run();
            status.setText("A colleague changed this " + what + " meanwhile: it is shown as it is now, and what you entered is kept. "
                    + "Check it and record it again.");
        }
        return false;
    }
}
