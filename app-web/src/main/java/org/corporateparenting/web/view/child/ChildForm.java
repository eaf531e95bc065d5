package org.corporateparenting.web.view.child;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.corporateparenting.application.child.ChildRecord;
import org.corporateparenting.domain.child.ChildDetails;
import org.corporateparenting.domain.code.Code;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.web.view.FieldMessages;

/**
 * A child's identifying details as a form. It only holds and shows what is typed: the service's rules judge it
 * ({@code ChildRules}), and their messages are shown on the field they name ({@link #show(List)}). When someone else
 * saved the child since it was opened, {@link #differences} lists each field where their values and the typed ones
 * differ, so the user can choose without losing what they typed.
 */
public class ChildForm extends FormLayout {

    final TextField childRef = new TextField("Child reference");
    final TextField forename = new TextField("Forename");
    final TextField surname = new TextField("Surname");
    final Select<String> sex = new Select<>();
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final ComboBox<String> ethnicity = new ComboBox<>("Ethnicity");
    final TextField upn = new TextField("UPN");
    final TextField homePostcode = new TextField("Home postcode");
    final TextField nhsNumber = new TextField("NHS number");

    /** The fields by the names the service's rules use. */
    private final Map<String, HasValidation> byName = new LinkedHashMap<>();
    private final FieldMessages messages = new FieldMessages(null);

    public ChildForm() {
        sex.setLabel("Sex");
        sex.setItems("1", "2");
        sex.setItemLabelGenerator(s -> "1".equals(s) ? "Male" : "Female");
        List<String> codes = Ssda903Codes.ETHNICITY.codesIn(CollectionYear.containing(LocalDate.now())).stream().map(Code::value).toList();
        ethnicity.setItems(codes);
        ethnicity.setItemLabelGenerator(c -> c + " " + Ssda903Codes.ETHNICITY.find(c).map(Code::label).orElse(""));
        dateOfBirth.setLocale(Locale.UK);
        byName.put("childRef", childRef);
        byName.put("forename", forename);
        byName.put("surname", surname);
        byName.put("sex", sex);
        byName.put("dateOfBirth", dateOfBirth);
        byName.put("ethnicity", ethnicity);
        byName.put("upn", upn);
        byName.put("homePostcode", homePostcode);
        byName.put("nhsNumber", nhsNumber);
        byName.forEach((name, field) -> {
            ((Component) field).setId("child-" + name);
            messages.on(name, field);
        });
        add(childRef, forename, surname, sex, dateOfBirth, ethnicity, upn, homePostcode, nhsNumber);
    }

    /** Read only for a user who may read the child's details but not change them (not one of {@code Role.CASE_RECORDERS}). */
    public void readOnly(boolean readOnly) {
        byName.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(readOnly));
    }

    /** Shows a stored record, clearing any messages. */
    public void show(ChildRecord r) {
        childRef.setValue(text(r.childRef()));
        forename.setValue(text(r.forename()));
        surname.setValue(text(r.surname()));
        sex.setValue(r.sex());
        dateOfBirth.setValue(r.dateOfBirth());
        ethnicity.setValue(r.ethnicity());
        upn.setValue(text(r.upn()));
        homePostcode.setValue(text(r.homePostcode()));
        nhsNumber.setValue(text(r.nhsNumber()));
        show(List.of());
    }

    /** What is typed, as the service reads it. */
    public ChildDetails details() {
        return new ChildDetails(childRef.getValue().trim(), forename.getValue(), surname.getValue(), sex.getValue(), dateOfBirth.getValue(),
                ethnicity.getValue(), upn.getValue(), homePostcode.getValue(), nhsNumber.getValue());
    }

    /**
     * Marks each field a rule names with its message (and clears the others); returns the messages no field shows
     * (a rule about the whole record), so the page can show them. A date the picker cannot read is reported too.
     */
    public List<String> show(List<FieldError> errors) {
        return messages.show(errors);
    }

    /** Whether the date picker holds text it could not read as a date (then nothing should be saved). */
    public boolean unreadableDate() {
        return dateOfBirth.isInvalid() && dateOfBirth.getValue() == null;
    }

    /** Field label to "theirs → yours", for each field where the saved record and the typed details differ. */
    public Map<String, String> differences(ChildRecord theirs) {
        ChildDetails mine = details();
        Map<String, String> differ = new LinkedHashMap<>();
        compare(differ, childRef, theirs.childRef(), mine.childRef());
        compare(differ, forename, theirs.forename(), mine.forename());
        compare(differ, surname, theirs.surname(), mine.surname());
        compare(differ, sex, theirs.sex(), mine.sex());
        compare(differ, dateOfBirth, theirs.dateOfBirth(), mine.dateOfBirth());
        compare(differ, ethnicity, theirs.ethnicity(), mine.ethnicity());
        compare(differ, upn, theirs.upn(), upper(mine.upn()));
        compare(differ, homePostcode, theirs.homePostcode(), upper(mine.homePostcode()));
        compare(differ, nhsNumber, theirs.nhsNumber(), mine.nhsNumber());
        return differ;
    }

    private static void compare(Map<String, String> differ, HasLabel field, Object theirs, Object mine) {
        String a = theirs == null ? "" : theirs.toString().trim();
        String b = mine == null ? "" : mine.toString().trim();
        if (!Objects.equals(a, b)) {
            differ.put(field.getLabel(), (a.isEmpty() ? "(blank)" : a) + " → " + (b.isEmpty() ? "(blank)" : b));
        }
    }

    /** The service keeps UPNs and postcodes in capitals. */
    private static String upper(String value) {
        return value == null ? null : value.trim().toUpperCase(Locale.UK);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
