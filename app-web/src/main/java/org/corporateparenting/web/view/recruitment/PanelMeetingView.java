package org.corporateparenting.web.view.recruitment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;
import org.corporateparenting.application.recruitment.PanelView;
import org.corporateparenting.application.recruitment.RecruitmentService;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.recruitment.PanelCase;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * One panel meeting: its agenda of cases with the panel's recommendation and the decision maker's decision; recording a
 * case heard (by the household's or enquiry's reference), the decision on a chosen case, and the date the minutes were
 * written; cancelling a meeting still to come. The service's messages go on the field they name and the typing is
 * kept; when a colleague changed the meeting meanwhile the page shows it as it is now and keeps what was typed. The
 * fostering team and administrators.
 */
@Route(value = "panels/:id([0-9]+)", layout = MainLayout.class)
@PageTitle("Panel meeting | Corporate Parenting")
@RolesAllowed({Role.FOSTERING, Role.ADMINISTRATOR})
public class PanelMeetingView extends VerticalLayout implements BeforeEnterObserver {

    @Inject
    RecruitmentService recruitment;

    final H1 title = new H1();
    final Grid<PanelView.Case> cases = new Grid<>(PanelView.Case.class, false);
    final Select<String> caseType = new Select<>();
    final TextField reference = new TextField("Household or enquiry reference");
    final Select<String> recommendation = new Select<>();
    final Select<String> decision = new Select<>();
    final DatePicker decisionOn = new DatePicker("Decided on");
    final DatePicker minutesOn = new DatePicker("Minutes written on");
    final Button cancel = new Button("Cancel meeting");
    final Span status = new Span();
    private final HorizontalLayout caseForm;
    private final HorizontalLayout decisionForm;
    private final HorizontalLayout minutesForm;
    private PanelView meeting;

    public PanelMeetingView() {
        cases.setId("panel-cases");
        cases.addColumn(c -> Words.of(c.caseType())).setHeader("Case").setAutoWidth(true);
        cases.addColumn(PanelView.Case::about).setHeader("About").setAutoWidth(true);
        cases.addColumn(c -> Words.of(c.recommendation())).setHeader("Recommendation").setAutoWidth(true);
        cases.addColumn(c -> c.decision() == null ? "Awaiting decision" : Words.of(c.decision()) + ", " + UkDates.format(c.decisionOn()))
                .setHeader("Decision").setFlexGrow(1);
        cases.setAllRowsVisible(true);
        caseForm = caseForm();
        decisionForm = decisionForm();
        minutesForm = minutesForm();
        cancel.setId("cancel-panel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> change(() -> recruitment.cancelPanel(meeting.id(), meeting.version()), "Meeting cancelled.",
                new FieldMessages(null)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        meeting = RecordPage.open(this, RecordPage.idOf(event), recruitment::panel, "panel meeting").orElse(null);
        if (meeting != null) {
            status.setText("");
            show(meeting);
        }
    }

    private HorizontalLayout caseForm() {
        caseType.setLabel("Case");
        caseType.setId("case-type");
        caseType.setItems(PanelCase.CASE_TYPES);
        caseType.setItemLabelGenerator(Words::of);
        reference.setId("case-reference");
        reference.setWidth("18em");
        recommendation.setLabel("Recommendation");
        recommendation.setId("case-recommendation");
        recommendation.setItems(PanelCase.RECOMMENDATIONS);
        recommendation.setItemLabelGenerator(Words::of);
        Button record = new Button("Record case", e -> recordCase());
        record.setId("record-case");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return RecordPage.row(caseType, reference, recommendation, record);
    }

    private HorizontalLayout decisionForm() {
        decision.setLabel("Decision maker's decision");
        decision.setId("case-decision");
        decision.setItems(PanelCase.DECISIONS);
        decision.setItemLabelGenerator(Words::of);
        decisionOn.setId("case-decisionOn");
        decisionOn.setLocale(Locale.UK);
        Button record = new Button("Record decision", e -> recordDecision());
        record.setId("record-decision");
        return RecordPage.row(decision, decisionOn, record);
    }

    private HorizontalLayout minutesForm() {
        minutesOn.setId("panel-minutesOn");
        minutesOn.setLocale(Locale.UK);
        Button record = new Button("Record minutes", e -> change(() -> recruitment.recordMinutes(meeting.id(), meeting.version(),
                minutesOn.getValue()), "Minutes recorded.", new FieldMessages(minutesOn).on("minutesOn", minutesOn)));
        record.setId("record-minutes");
        return RecordPage.row(minutesOn, record);
    }

    private void recordCase() {
        FieldMessages messages = new FieldMessages(reference).on("caseType", caseType).on("reference", reference)
                .on("householdId", reference).on("recommendation", recommendation);
        if (change(() -> recruitment.hear(meeting.id(), caseType.getValue(), reference.getValue(), recommendation.getValue()),
                "Case recorded.", messages)) {
            caseType.clear();
            reference.clear();
            recommendation.clear();
        }
    }

    private void recordDecision() {
        FieldMessages messages = new FieldMessages(decision).on("decision", decision).on("decisionOn", decisionOn);
        PanelView.Case chosen = cases.asSingleSelect().getValue();
        if (chosen == null) {
            new FormSave(messages, status).refuse("decision", "Choose the case in the agenda first.");
            return;
        }
        if (change(() -> recruitment.decide(chosen.id(), chosen.version(), decision.getValue(), decisionOn.getValue()),
                "Decision recorded.", messages)) {
            decision.clear();
            decisionOn.clear();
        }
    }

    /** Saves and shows the meeting ({@link FormSave}). */
    private boolean change(Supplier<PanelView> save, String done, FieldMessages messages) {
        return new FormSave(messages, status).attempt(save, saved -> {
            show(saved);
            return done;
        }, () -> show(recruitment.panel(meeting.id())), "meeting");
    }

    private void show(PanelView m) {
        meeting = m;
        removeAll();
        title.setText("Panel meeting, " + UkDates.format(m.meetingDate()));
        Paragraph summary = new Paragraph(m.status() + (m.minutesOn() == null ? "" : "; minutes written " + UkDates.format(m.minutesOn()))
                + "; " + m.cases().size() + (m.cases().size() == 1 ? " case" : " cases") + ". " + LastChange.words(m.lastChange()));
        summary.setId("panel-summary");
        cases.setItems(m.cases());
        add(title, summary, RecordPage.status(status, "panel-status"), new H2("Agenda"), cases);
        if (m.status().equals("Held")) {
            add(new H2("Record a case heard"), caseForm, new H2("Decision on the chosen case"), decisionForm,
                    new H2("Minutes"), minutesForm);
        } else if (m.status().equals("To come")) {
            add(new Paragraph("Cases are recorded once the meeting has been held."), cancel);
        }
    }
}
