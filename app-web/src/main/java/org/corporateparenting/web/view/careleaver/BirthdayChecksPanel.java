package org.corporateparenting.web.view.careleaver;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import org.corporateparenting.application.careleaver.CareLeaverRecord;
import org.corporateparenting.domain.code.CodeList;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Oc3Codes;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.view.CodeSelect;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * A care leaver's OC3 birthday checks (SSDA903: the 17th to 21st birthdays) on their page: those recorded, those still
 * to do, and for the team a form to record one from the OC3 code lists. A young person who has died or returned home
 * has nothing to report (activity and accommodation 0, rule 344); otherwise the accommodation is its type with 1
 * (suitable) or 2 (unsuitable). The rules are {@code BirthdayCheckRules}; their messages go on the field they name.
 */
public class BirthdayChecksPanel extends VerticalLayout {

    /** What the activity and accommodation are when there is nothing to report. */
    static final String NOTHING = "0";

    final Span due = new Span();
    final Grid<CareLeaverRecord.Check> checks = new Grid<>(CareLeaverRecord.Check.class, false);
    final Select<Integer> age = new Select<>();
    final Select<String> inTouch = new Select<>();
    final Select<String> activity = new Select<>();
    final Select<String> accommodation = new Select<>();
    final Select<String> suitable = new Select<>();
    final Span status = new Span();

    /** {@code record}: saves a check (age, in touch, activity, accommodation) and gives the record back; null: read only. */
    public BirthdayChecksPanel(CheckRecorder record) {
        setPadding(false);
        due.setId("birthday-checks-due");
        checks.setId("birthday-checks");
        checks.addColumn(c -> Words.ordinal(c.birthdayAge())).setHeader("Birthday");
        checks.addColumn(c -> UkDates.format(c.birthday())).setHeader("On");
        checks.addColumn(c -> label(Oc3Codes.IN_TOUCH, c.inTouch())).setHeader("In touch");
        checks.addColumn(c -> label(Oc3Codes.ACTIVITY, c.activity())).setHeader("Activity");
        checks.addColumn(c -> NOTHING.equals(c.accommodation()) ? "Not applicable" : Oc3Codes.accommodationWords(c.accommodation()))
                .setHeader("Accommodation");
        checks.setAllRowsVisible(true);
        add(new H2("Birthday checks"), due, checks);
        if (record != null) {
            add(form(record), RecordPage.status(status, "birthday-status"));
        }
    }

    /** Records a birthday check and returns the care leaver's record. */
    @FunctionalInterface
    public interface CheckRecorder {
        CareLeaverRecord record(int age, String inTouch, String activity, String accommodation);
    }

    private HorizontalLayout form(CheckRecorder record) {
        CollectionYear year = CollectionYear.containing(LocalDate.now());
        age.setLabel("Birthday");
        age.setId("birthday-age");
        age.setItemLabelGenerator(Words::ordinal);
        codes(inTouch, "In touch", "birthday-inTouch", Oc3Codes.IN_TOUCH, year, false);
        codes(activity, "Activity", "birthday-activity", Oc3Codes.ACTIVITY, year, true);
        codes(accommodation, "Accommodation", "birthday-accommodation", Oc3Codes.ACCOMMODATION, year, true);
        suitable.setLabel("Suitable");
        suitable.setId("birthday-suitable");
        suitable.setItems("1", "2");
        suitable.setItemLabelGenerator(s -> "1".equals(s) ? "Suitable" : "Not suitable");
        Button save = new Button("Record check", e -> save(record));
        save.setId("record-birthday-check");
        return RecordPage.row(age, inTouch, activity, accommodation, suitable, save);
    }

    private static void codes(Select<String> select, String label, String id, CodeList list, CollectionYear year, boolean nothing) {
        CodeSelect.of(select, label, id, list, year, nothing ? NOTHING : null, "Nothing to report (died or returned home)");
        select.setWidth("16em");
    }

    private static String label(CodeList list, String value) {
        return CodeSelect.words(list, value);
    }

    private void save(CheckRecorder record) {
        FieldMessages messages = new FieldMessages(age).on("birthdayAge", age).on("inTouch", inTouch).on("activity", activity)
                .on("accommodation", accommodation);
        messages.show(List.of());
        String accom = accommodation.getValue() == null || NOTHING.equals(accommodation.getValue()) ? accommodation.getValue()
                : accommodation.getValue() + (suitable.getValue() == null ? "" : suitable.getValue());
        if (new FormSave(messages, status).attempt(() -> record.record(age.getValue() == null ? 0 : age.getValue(), inTouch.getValue(),
                activity.getValue(), accom), saved -> {
                    show(saved);
                    return "Birthday check recorded.";
                })) {
            for (Select<?> field : List.of(age, inTouch, activity, accommodation, suitable)) {
                field.clear();
            }
        }
    }

    /** Shows the checks recorded and offers the birthdays still to do. */
    public void show(CareLeaverRecord r) {
        due.setText(r.birthdayChecksDue().isEmpty() ? "No check is due."
                : "To do: the " + String.join(", ", r.birthdayChecksDue().stream().map(Words::ordinal).toList()) + " birthday.");
        checks.setItems(r.birthdayChecks());
        age.setItems(r.birthdayChecksDue());
    }
}
