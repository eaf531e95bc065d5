package org.corporateparenting.web.view.careleaver;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.corporateparenting.application.careleaver.CareLeaverRecord;
import org.corporateparenting.application.careleaver.CareLeaverService;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.RecordPage;

/**
 * The leaving care team's caseloads: care leavers by child reference, one personal adviser's or all, those whose contact is
 * overdue or due soon if asked, each with the last
 * successful contact, when the next is due under the contact standard (and whether overdue), the pathway plan due,
 * where they live and whether in education, employment or training. Read a page at a time. The leaving care team,
 * performance analysts and administrators.
 */
@Route(value = "care-leavers", layout = MainLayout.class)
@PageTitle("Care leavers | Corporate Parenting")
@RolesAllowed({Role.LEAVING_CARE, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class CareLeaversView extends VerticalLayout {

    @Inject
    CareLeaverService leavers;

    final Select<String> adviser = new Select<>();
    final Select<Integer> contactDue = new Select<>();
    final Span count = new Span();
    final Grid<CareLeaverRecord> caseload = new Grid<>(CareLeaverRecord.class, false);

    @PostConstruct
    void build() {
        adviser.setLabel("Personal adviser");
        adviser.setEmptySelectionAllowed(true);
        adviser.setEmptySelectionCaption("Every adviser");
        adviser.setItems(leavers.advisers());
        adviser.setId("adviser");
        contactDue.setLabel("Contact due");
        contactDue.setId("contact-due");
        contactDue.setEmptySelectionAllowed(true);
        contactDue.setEmptySelectionCaption("Any time");
        contactDue.setItems(0, 7, 14, 28);
        contactDue.setItemLabelGenerator(d -> d == null ? "Any time" : d == 0 ? "Overdue or due today" : "Overdue or within " + d + " days");
        count.setId("caseload-count");
        caseload.setId("caseload");
        caseload.addColumn(CareLeaverRecord::childRef).setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        caseload.addColumn(CareLeaverRecord::name).setHeader("Name").setFlexGrow(1);
        caseload.addColumn(r -> r.personalAdviser() == null ? "none" : r.personalAdviser()).setHeader("Adviser").setAutoWidth(true);
        caseload.addColumn(r -> date(r.lastSuccessfulContact())).setHeader("Last contact").setAutoWidth(true);
        caseload.addColumn(r -> date(r.contactDue()) + (r.contactOverdue() ? " (overdue)" : "")).setHeader("Contact due").setAutoWidth(true);
        caseload.addColumn(r -> date(r.pathwayPlanDue()) + (r.pathwayPlanOverdue() ? " (overdue)" : "")).setHeader("Pathway plan due")
                .setAutoWidth(true);
        caseload.addColumn(r -> r.inEducationEmploymentOrTraining() ? "EET" : "Not EET").setHeader("Activity").setAutoWidth(true);
        caseload.setItems(q -> leavers.list(adviser.getValue(), contactDue.getValue(), q.getPage(), q.getPageSize()).stream(), q -> counted());
        caseload.setPageSize(50);
        caseload.addItemClickListener(e -> caseload.getUI().ifPresent(ui -> ui.navigate(CareLeaverView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        adviser.addValueChangeListener(e -> caseload.getDataProvider().refreshAll());
        contactDue.addValueChangeListener(e -> caseload.getDataProvider().refreshAll());
        setSizeFull();
        add(new H1("Care leavers"), RecordPage.row(adviser, contactDue, count), caseload);
        expand(caseload);
    }

    private int counted() {
        int n = (int) leavers.count(adviser.getValue(), contactDue.getValue());
        count.setText(n == 1 ? "1 care leaver" : n + " care leavers");
        return n;
    }

    static String date(LocalDate date) {
        return date == null ? "" : UkDates.format(date);
    }
}
