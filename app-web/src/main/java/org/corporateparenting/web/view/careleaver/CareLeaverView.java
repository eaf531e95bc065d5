package org.corporateparenting.web.view.careleaver;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.careleaver.CareLeaverRecord;
import org.corporateparenting.application.careleaver.CareLeaverService;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.careleaver.ContactMethod;
import org.corporateparenting.domain.code.Oc3Codes;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * A care leaver's record for the leaving care team: adviser, contacts (and the next due under the contact standard),
 * pathway plans, where they live and what they do now, birthday checks still to do; with a form to record a contact,
 * the service's messages shown on the field they name and the typing kept. Recording is for the leaving care team and
 * administrators; analysts read.
 */
@Route(value = "care-leavers/:id([0-9]+)", layout = MainLayout.class)
@PageTitle("Care leaver | Corporate Parenting")
@RolesAllowed({Role.LEAVING_CARE, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class CareLeaverView extends VerticalLayout implements BeforeEnterObserver {

    @Inject
    CareLeaverService leavers;

    @Inject
    UserService users;

    final Span summary = new Span();
    final Grid<CareLeaverRecord.Contact> contacts = new Grid<>(CareLeaverRecord.Contact.class, false);
    final DatePicker contactDate = new DatePicker("Contact on");
    final Select<ContactMethod> method = new Select<>();
    final Checkbox successful = new Checkbox("Spoke with the young person", true);
    final Button record = new Button("Record contact");
    final Span status = new Span();
    private long id;
    private BirthdayChecksPanel checks;

    private final HorizontalLayout form;

    public CareLeaverView() {
        summary.setId("leaver-summary");
        contacts.setId("leaver-contacts");
        contacts.addColumn(c -> UkDates.format(c.contactDate())).setHeader("Date");
        contacts.addColumn(c -> words(c.method().name())).setHeader("How");
        contacts.addColumn(c -> c.successful() ? "Spoke with them" : "Not reached").setHeader("Outcome");
        contacts.addColumn(CareLeaverRecord.Contact::worker).setHeader("Worker");
        contacts.setAllRowsVisible(true);
        form = form();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        id = RecordPage.idOf(event);
        CareLeaverRecord r = RecordPage.open(this, id, leavers::get, "care leaver").orElse(null);
        if (r == null) {
            return;
        }
        status.setText("");
        add(new H1(r.name() + " (" + r.childRef() + ")"), summary, new H2("Contacts"));
        var me = users.whoAmI();
        if (me.hasRole(Role.LEAVING_CARE) || me.hasRole(Role.ADMINISTRATOR)) {
            add(form);
        }
        add(contacts);
        checks = new BirthdayChecksPanel(me.hasRole(Role.LEAVING_CARE) || me.hasRole(Role.ADMINISTRATOR)
                ? (age, inTouch, activity, accommodation) -> leavers.recordBirthdayCheck(id, age, inTouch, activity, accommodation) : null);
        add(checks);
        show(r);
    }

    private HorizontalLayout form() {
        contactDate.setId("contact-date");
        contactDate.setLocale(Locale.UK);
        method.setLabel("How");
        method.setItems(ContactMethod.values());
        method.setItemLabelGenerator(m -> words(m.name()));
        method.setId("contact-method");
        successful.setId("contact-successful");
        record.setId("record-contact");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> recordContact());
        return RecordPage.row(contactDate, method, successful, record, RecordPage.status(status, "leaver-status"));
    }

    private void recordContact() {
        FieldMessages messages = new FieldMessages(contactDate).on("contactDate", contactDate).on("method", method);
        if (new FormSave(messages, status).attempt(() -> leavers.recordContact(id, contactDate.getValue(), method.getValue(),
                successful.getValue(), users.whoAmI().displayName()), saved -> {
                    show(saved);
                    return "Contact recorded.";
                })) {
            contactDate.clear();
        }
    }

    private void show(CareLeaverRecord r) {
        summary.setText(words(r.eligibility().name()) + ", adviser " + (r.personalAdviser() == null ? "not allocated" : r.personalAdviser())
                + "; next contact due " + CareLeaversView.date(r.contactDue()) + (r.contactOverdue() ? " (overdue)" : "")
                + "; pathway plan due " + CareLeaversView.date(r.pathwayPlanDue()) + (r.pathwayPlanOverdue() ? " (overdue)" : "")
                + (r.accommodationNow() == null ? "" : "; lives: " + Oc3Codes.accommodationWords(r.accommodationNow()))
                + "; " + (r.inEducationEmploymentOrTraining() ? "in education, employment or training" : "not in education, employment or training")
                + ". " + LastChange.words(r.lastChange()));
        List<CareLeaverRecord.Contact> newestFirst = new ArrayList<>(r.contacts());
        Collections.reverse(newestFirst);
        contacts.setItems(newestFirst);
        checks.show(r);
    }

    /** FACE_TO_FACE reads "Face to face". */
    static String words(String name) {
        return Words.of(name);
    }
}
