package org.corporateparenting.web.view.recruitment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.corporateparenting.application.recruitment.PanelSummary;
import org.corporateparenting.application.recruitment.PanelView;
import org.corporateparenting.application.recruitment.RecruitmentService;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.RecordPage;

/**
 * The fostering panel's meetings, the latest first and a page at a time: held, cancelled or to come, the cases heard
 * and how many the decision maker has decided, and when the minutes were written; scheduling the next meeting. A
 * meeting opens its agenda. The fostering team and administrators.
 */
@Route(value = "panels", layout = MainLayout.class)
@PageTitle("Fostering panel | Corporate Parenting")
@RolesAllowed({Role.FOSTERING, Role.ADMINISTRATOR})
public class PanelsView extends VerticalLayout {

    @Inject
    RecruitmentService recruitment;

    final Grid<PanelSummary> meetings = new Grid<>(PanelSummary.class, false);
    final DatePicker meetingDate = new DatePicker("Next meeting on");
    final Span status = new Span();

    @PostConstruct
    void build() {
        meetings.setId("panels");
        meetings.addColumn(m -> UkDates.format(m.meetingDate())).setHeader("Meeting").setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(PanelSummary::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(PanelSummary::cases).setHeader("Cases heard").setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(m -> m.cases() - m.decided()).setHeader("Awaiting decision").setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(m -> m.minutesOn() == null ? (m.status().equals("Held") ? "Not yet written" : "")
                : UkDates.format(m.minutesOn())).setHeader("Minutes").setFlexGrow(1);
        meetings.setItems(q -> recruitment.panels(q.getPage(), q.getPageSize()).stream(), q -> (int) recruitment.countPanels());
        meetings.addItemClickListener(e -> open(e.getItem().id()));
        meetingDate.setId("panel-date");
        meetingDate.setLocale(Locale.UK);
        Button schedule = new Button("Schedule meeting", e -> schedule());
        schedule.setId("schedule-panel");
        setSizeFull();
        add(new H1("Fostering panel"), RecordPage.row(meetingDate, schedule, RecordPage.status(status, "panels-status")), meetings);
        expand(meetings);
    }

    private void schedule() {
        FieldMessages messages = new FieldMessages(meetingDate).on("meetingDate", meetingDate);
        messages.show(List.of());
        try {
            PanelView made = recruitment.schedulePanel(meetingDate.getValue());
            open(made.id());
        } catch (RuleViolation e) {
            messages.show(e.errors());
            status.setText("Not scheduled: see the marked field.");
        }
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(PanelMeetingView.class, new RouteParameters("id", String.valueOf(id))));
    }
}
