package org.corporateparenting.web.view.review;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.corporateparenting.application.review.ReviewRecord;
import org.corporateparenting.application.review.ReviewService;
import org.corporateparenting.domain.code.Code;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.review.EscalationStage;
import org.corporateparenting.domain.review.EscalationThemes;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * A child's escalations on the child's page: each with its stages and dates, themes, and outcome once closed; for IROs
 * and administrators a form to raise one (date, starting stage, themes from the council's list) and, for the one
 * chosen in the list, to move it to a later stage or close it with its outcome. The service's messages go on the field
 * they name and the typing is kept.
 */
public class EscalationsPanel extends VerticalLayout {

    final Grid<ReviewRecord.EscalationView> list = new Grid<>(ReviewRecord.EscalationView.class, false);
    final DatePicker raisedOn = new DatePicker("Raised on");
    final Select<EscalationStage> startStage = new Select<>();
    final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>("Themes");
    final Select<EscalationStage> nextStage = new Select<>();
    final DatePicker on = new DatePicker("On");
    final TextField outcome = new TextField("Outcome");
    final Span status = new Span();
    private final ReviewService reviews;
    private final long childId;

    public EscalationsPanel(ReviewService reviews, long childId, boolean mayRecord) {
        this.reviews = reviews;
        this.childId = childId;
        setPadding(false);
        list.setId("child-escalations");
        list.addColumn(e -> UkDates.format(e.raisedOn())).setHeader("Raised").setAutoWidth(true);
        list.addColumn(ReviewRecord.EscalationView::raisedBy).setHeader("By").setAutoWidth(true);
        list.addColumn(e -> String.join(", ", e.steps().stream().map(s -> Words.of(s.stage().name()) + " " + UkDates.format(s.enteredOn()))
                .toList())).setHeader("Stages").setAutoWidth(true);
        list.addColumn(e -> EscalationsView.themes(e.themes())).setHeader("Themes").setFlexGrow(1);
        list.addColumn(e -> e.closedOn() == null ? "Open" : "Closed " + UkDates.format(e.closedOn()) + ": " + e.outcome()).setHeader("Outcome")
                .setFlexGrow(1);
        list.setAllRowsVisible(true);
        add(new H2("Escalations"), list);
        if (mayRecord) {
            add(new H3("Raise an escalation"), raiseForm(), new H3("Move on or close the chosen escalation"), changeForm(),
                    RecordPage.status(status, "escalation-status"));
        }
        list.setItems(reviews.reviewsOf(childId).escalations());
    }

    private HorizontalLayout raiseForm() {
        raisedOn.setId("escalation-raisedOn");
        raisedOn.setLocale(Locale.UK);
        startStage.setLabel("Starting at");
        startStage.setId("escalation-stage");
        startStage.setItems(EscalationStage.values());
        startStage.setItemLabelGenerator(s -> Words.of(s.name()));
        themes.setId("escalation-themes");
        themes.setItems(EscalationThemes.THEMES.codesIn(CollectionYear.containing(LocalDate.now())).stream().map(Code::value).toList());
        themes.setItemLabelGenerator(t -> EscalationThemes.THEMES.find(t).map(Code::label).orElse(t));
        themes.setWidth("24em");
        Button raise = new Button("Raise", e -> {
            if (save(() -> reviews.raise(childId, raisedOn.getValue(), startStage.getValue(), themes.getValue()), "Escalation raised.",
                    new FieldMessages(themes).on("raisedOn", raisedOn).on("stage", startStage).on("themes", themes))) {
                raisedOn.clear();
                startStage.clear();
                themes.clear();
            }
        });
        raise.setId("raise-escalation");
        return RecordPage.row(raisedOn, startStage, themes, raise);
    }

    private HorizontalLayout changeForm() {
        nextStage.setLabel("Move to");
        nextStage.setId("escalation-next");
        nextStage.setItems(EscalationStage.values());
        nextStage.setItemLabelGenerator(s -> Words.of(s.name()));
        on.setId("escalation-on");
        on.setLocale(Locale.UK);
        outcome.setId("escalation-outcome");
        outcome.setMaxLength(200);
        Button move = new Button("Move on", e -> chosen(nextStage).ifPresent(c -> save(() -> reviews.advance(childId, c.id(), c.version(),
                nextStage.getValue(), on.getValue()), "Escalation moved on.", new FieldMessages(nextStage).on("stage", nextStage)
                .on("enteredOn", on))));
        move.setId("advance-escalation");
        Button close = new Button("Close", e -> chosen(outcome).ifPresent(c -> save(() -> reviews.close(childId, c.id(), c.version(),
                on.getValue(), outcome.getValue()), "Escalation closed.", new FieldMessages(outcome).on("closedOn", on).on("outcome", outcome))));
        close.setId("close-escalation");
        return RecordPage.row(nextStage, on, move, outcome, close);
    }

    /** The escalation chosen in the list, or none (and a message on {@code field}). */
    private Optional<ReviewRecord.EscalationView> chosen(HasValidation field) {
        ReviewRecord.EscalationView c = list.asSingleSelect().getValue();
        if (c == null) {
            new FormSave(new FieldMessages(field), status).refuse("", "Choose the escalation in the list first.");
        }
        return Optional.ofNullable(c);
    }

    private boolean save(Supplier<ReviewRecord> change, String done, FieldMessages messages) {
        boolean saved = new FormSave(messages, status).attempt(change, record -> {
            list.setItems(record.escalations());
            return done;
        }, () -> list.setItems(reviews.reviewsOf(childId).escalations()), "escalation");
        if (saved) {
            on.clear();
            nextStage.clear();
            outcome.clear();
        }
        return saved;
    }
}
