package org.corporateparenting.web.view.recruitment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.corporateparenting.application.recruitment.EnquiryView;
import org.corporateparenting.application.recruitment.Pipeline;
import org.corporateparenting.application.recruitment.RecruitmentService;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.recruitment.EnquiryStage;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * The recruitment pipeline as a board: a column per stage with the enquiries open at it (longest-standing first, with
 * days at the stage), and for enquiries received in the last twelve months how many reached each stage and the share
 * that went on to the next ({@link RecruitmentService#pipeline}). A chosen enquiry moves to its next stage or closes
 * with a reason; a new enquiry is recorded. The service's messages go on the field they name, the typing is kept. The
 * fostering team and administrators.
 */
@Route(value = "recruitment", layout = MainLayout.class)
@PageTitle("Recruitment | Corporate Parenting")
@RolesAllowed({Role.FOSTERING, Role.ADMINISTRATOR})
public class RecruitmentView extends VerticalLayout {

    @Inject
    RecruitmentService recruitment;

    final Div board = new Div();
    final Span chosenText = new Span("Choose an enquiry on the board.");
    final DatePicker stageOn = new DatePicker("Date");
    final Button advance = new Button("Move on");
    final TextField reason = new TextField("Reason for closing");
    final Button close = new Button("Close enquiry");
    final TextField enquiryRef = new TextField("Reference");
    final TextField source = new TextField("Heard of us by");
    final DatePicker receivedOn = new DatePicker("Received on");
    final Span status = new Span();
    private EnquiryView chosen;

    @PostConstruct
    void build() {
        board.setId("pipeline");
        board.addClassName("cp-stages");
        chosenText.setId("enquiry-chosen");
        for (DatePicker date : List.of(stageOn, receivedOn)) {
            date.setLocale(Locale.UK);
        }
        stageOn.setId("enquiry-date");
        advance.setId("advance-enquiry");
        advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        advance.addClickListener(e -> changeChosen(() -> recruitment.advance(chosen.id(), chosen.version(),
                EnquiryStage.values()[chosen.stage().ordinal() + 1], stageOn.getValue()), "Moved on.",
                new FieldMessages(stageOn).on("stage", stageOn).on("date", stageOn)));
        reason.setId("enquiry-reason");
        reason.setMaxLength(100);
        close.setId("close-enquiry");
        close.addClickListener(e -> changeChosen(() -> recruitment.close(chosen.id(), chosen.version(), stageOn.getValue(), reason.getValue()),
                "Enquiry closed.", new FieldMessages(reason).on("closedOn", stageOn).on("reason", reason)));
        enquiryRef.setId("enquiry-ref");
        source.setId("enquiry-source");
        receivedOn.setId("enquiry-receivedOn");
        Button receive = new Button("Record enquiry", e -> receive());
        receive.setId("record-enquiry");
        add(new H1("Recruitment"), RecordPage.status(status, "recruitment-status"), board,
                new H2("The chosen enquiry"), chosenText, RecordPage.row(stageOn, advance, reason, close),
                new H2("A new enquiry"), RecordPage.row(enquiryRef, source, receivedOn, receive));
        showBoard();
    }

    private void showBoard() {
        LocalDate today = LocalDate.now();
        Pipeline year = recruitment.pipeline(today.minusYears(1).plusDays(1), today);
        List<EnquiryView> open = recruitment.openEnquiries();
        board.removeAll();
        for (EnquiryStage stage : EnquiryStage.values()) {
            Div column = new Div();
            column.addClassName("cp-stage");
            column.setId("stage-" + stage.name());
            List<EnquiryView> here = open.stream().filter(e -> e.stage() == stage).toList();
            Span figures = new Span(figures(stage, year, here.size()));
            figures.addClassName("cp-stage-figures");
            column.add(new H2(Words.of(stage.name())), figures);
            here.forEach(e -> column.add(card(e, today)));
            board.add(column);
        }
    }

    /** "3 open now; 40 reached this in the last 12 months, 35% of those at the stage before." */
    static String figures(EnquiryStage stage, Pipeline year, int openNow) {
        String reached = year.reached().get(stage) + " reached this in the last 12 months";
        Double conversion = year.conversion().get(stage);
        return (stage == EnquiryStage.APPROVED ? "" : openNow + " open now; ") + reached
                + (conversion == null ? "." : ", " + new BigDecimal(Double.toString(conversion)).stripTrailingZeros().toPlainString() + "% of those at the stage before.");
    }

    private Button card(EnquiryView e, LocalDate today) {
        LocalDate since = e.stages().get(e.stage());
        long days = ChronoUnit.DAYS.between(since, today);
        // A stage dated ahead of today reads as its date, never as a negative number of days.
        String atStage = days >= 0 ? Words.count(days, "day", "days") + " at this stage" : "at this stage from " + UkDates.format(since);
        Button card = new Button(e.enquiryRef() + (e.source() == null ? "" : ", " + e.source()) + ": " + atStage);
        card.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.getElement().setAttribute("aria-pressed", String.valueOf(chosen != null && chosen.id() == e.id()));
        card.addClickListener(c -> choose(e));
        return card;
    }

    private void choose(EnquiryView e) {
        chosen = e;
        chosenText.setText(e.enquiryRef() + ", " + Words.of(e.stage().name()).toLowerCase(Locale.UK) + " since "
                + UkDates.format(e.stages().get(e.stage())) + ". " + LastChange.words(e.lastChange()));
        advance.setText("Move to " + Words.of(EnquiryStage.values()[e.stage().ordinal() + 1].name()).toLowerCase(Locale.UK));
        showBoard();
    }

    private void changeChosen(Supplier<EnquiryView> change, String done, FieldMessages messages) {
        if (chosen == null) {
            messages.show(List.of());
            status.setText("Choose an enquiry on the board first.");
            return;
        }
        if (new FormSave(messages, status).attempt(change, changed -> changed.enquiryRef() + ": " + done, () -> {
            chosen = null;
            showBoard();
        }, "enquiry")) {
            stageOn.clear();
            reason.clear();
            chosen = null;
            chosenText.setText("Choose an enquiry on the board.");
            advance.setText("Move on");
            showBoard();
        }
    }

    private void receive() {
        FieldMessages messages = new FieldMessages(enquiryRef).on("enquiryRef", enquiryRef).on("source", source).on("receivedOn", receivedOn);
        if (new FormSave(messages, status).attempt(() -> recruitment.receive(enquiryRef.getValue().trim(), source.getValue(),
                receivedOn.getValue()), made -> {
                    showBoard();
                    return made.enquiryRef() + " recorded.";
                })) {
            enquiryRef.clear();
            source.clear();
            receivedOn.clear();
        }
    }
}
