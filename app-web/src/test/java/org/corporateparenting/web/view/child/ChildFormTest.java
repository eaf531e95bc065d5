package org.corporateparenting.web.view.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.child.ChildRecord;
import org.corporateparenting.domain.child.ChildDetails;
import org.corporateparenting.domain.shared.FieldError;
import org.junit.jupiter.api.Test;

/** The child's details form without a server: what it reads back, where it puts the rules' messages, what it compares. */
class ChildFormTest {

    private static ChildRecord record(String surname, String upn, int version) {
        return new ChildRecord(7L, version, "T100", "Robin", surname, "2", LocalDate.of(2014, 3, 2), "WBRI", upn, "AB1 2CD", null,
                List.of(), List.of(), List.of(), "fostering", null);
    }

    @Test
    void readsBackWhatItShowsAndWhatIsTyped() {
        ChildForm form = new ChildForm();
        form.show(record("Fenwick", "A12345678901C", 3));
        assertThat(form.details()).isEqualTo(new ChildDetails("T100", "Robin", "Fenwick", "2", LocalDate.of(2014, 3, 2), "WBRI",
                "A12345678901C", "AB1 2CD", ""));

        form.surname.setValue("Fenwick-Hale");
        form.dateOfBirth.setValue(LocalDate.of(2014, 3, 3));
        assertThat(form.details().surname()).isEqualTo("Fenwick-Hale");
        assertThat(form.details().dateOfBirth()).isEqualTo(LocalDate.of(2014, 3, 3));
    }

    @Test
    void putsEachRulesMessageOnTheFieldItNamesAndClearsThemAgain() {
        ChildForm form = new ChildForm();
        List<String> unplaced = form.show(List.of(new FieldError("dateOfBirth", "The date of birth cannot be in the future."),
                new FieldError("details", "Something about the whole record.")));
        assertThat(form.dateOfBirth.isInvalid()).isTrue();
        assertThat(form.dateOfBirth.getErrorMessage()).isEqualTo("The date of birth cannot be in the future.");
        assertThat(form.surname.isInvalid()).isFalse();
        assertThat(unplaced).containsExactly("Something about the whole record.");

        form.show(List.of());
        assertThat(form.dateOfBirth.isInvalid()).isFalse();
    }

    @Test
    void listsOnlyTheFieldsWhereTheirSavedDetailsAndTheTypedOnesDiffer() {
        ChildForm form = new ChildForm();
        form.show(record("Fenwick", "A12345678901C", 3));
        form.surname.setValue("Fenwick-Hale");
        form.upn.setValue("a12345678901c");

        assertThat(form.differences(record("Fenwicke", "A12345678901C", 4)))
                .as("the UPN is kept in capitals, so case alone is no difference")
                .containsExactly(Map.entry("Surname", "Fenwicke → Fenwick-Hale"));
    }
}
