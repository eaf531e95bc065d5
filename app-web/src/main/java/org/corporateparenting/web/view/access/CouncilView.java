package org.corporateparenting.web.view.access;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.corporateparenting.application.access.CouncilRecord;
import org.corporateparenting.application.access.CouncilSetUp;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.audit.AuditEntry;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * The council's set-up, for its administrators: created once by the set-up administrator; then its name, DfE local
 * authority code and own standards corrected from the version opened, with the history of every change.
 */
@Route(value = "council", layout = MainLayout.class)
@PageTitle("Council set-up | Corporate Parenting")
@RolesAllowed(Role.ADMINISTRATOR)
public class CouncilView extends VerticalLayout {

    @Inject
    CouncilSetUp councils;

    @Inject
    UserService users;

    final TextField laCode = new TextField("Local authority code (3 digits)");
    final TextField name = new TextField("Council name");
    final IntegerField contactDays = new IntegerField("Care leaver contact standard (days, empty for the default)");
    final IntegerField visitDays = new IntegerField("Foster carer visit standard (days, empty for the default)");
    final Span status = new Span();
    final Grid<AuditEntry> history = new Grid<>(AuditEntry.class, false);
    private Integer version;

    @PostConstruct
    void build() {
        add(new H1("Council set-up"));
        laCode.setId("council-la-code");
        name.setId("council-name");
        name.setWidth("24em");
        contactDays.setId("council-contact-days");
        visitDays.setId("council-visit-days");
        Button save = new Button("Save", e -> save());
        save.setId("council-save");
        history.setId("council-history");
        history.addColumn(a -> a.happenedAt().withNano(0).toString().replace('T', ' ')).setHeader("When");
        history.addColumn(AuditEntry::username).setHeader("By");
        history.addColumn(AuditEntry::changes).setHeader("What changed").setFlexGrow(4);
        history.setAllRowsVisible(true);
        add(new Paragraph("The council's name and its DfE local authority code (as in the SSDA903 header), and the standards "
                + "the council sets itself."), RecordPage.row(laCode, name), RecordPage.row(contactDays, visitDays), save,
                RecordPage.status(status, "council-status"), new H2("History"), history);
        load();
    }

    private void load() {
        if (users.whoAmI().councilId() == null) {
            version = null;
            contactDays.setEnabled(false);
            visitDays.setEnabled(false);
            status.setText("No council yet: enter its code and name, and save to create it. You will administer it.");
            return;
        }
        CouncilRecord council = councils.current();
        version = council.version();
        laCode.setValue(council.laCode());
        name.setValue(council.name());
        contactDays.setValue(council.contactDays());
        visitDays.setValue(council.visitDays());
        contactDays.setEnabled(true);
        visitDays.setEnabled(true);
        history.setItems(councils.history());
    }

    private void save() {
        FieldMessages messages = new FieldMessages(name).on("laCode", laCode).on("name", name);
        Supplier<CouncilRecord> change = version == null
                ? () -> councils.create(laCode.getValue().strip(), name.getValue())
                : () -> councils.change(version, laCode.getValue().strip(), name.getValue(), contactDays.getValue(), visitDays.getValue());
        try {
            if (new FormSave(messages, status).attempt(change, c -> "Saved: " + c.name() + " (" + c.laCode() + ").", this::load, "council")) {
                String said = status.getText();
                load();
                status.setText(said);
            }
        } catch (IllegalArgumentException e) {
            status.setText("Not recorded: " + e.getMessage());
        }
    }
}
