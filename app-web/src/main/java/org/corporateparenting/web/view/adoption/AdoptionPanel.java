package org.corporateparenting.web.view.adoption;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.corporateparenting.application.adoption.AdoptersView;
import org.corporateparenting.application.adoption.AdoptionService;
import org.corporateparenting.application.adoption.JourneyView;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.adoption.Milestone;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * A child's adoption journey on the child's page: the milestones reached with their dates, the adopters, and the
 * scorecard's timeliness (A10 from entering care to moving in, A2 from the placement order to the match, each against
 * its threshold). The adoption team (and administrators) start a journey for a child in care and record the next
 * milestone, choosing approved adopters for a match, early permanence or moving in ({@code AdoptionJourneyRules}: one
 * step after another, never before the step it follows); the service's messages go on the field they name.
 */
public class AdoptionPanel extends VerticalLayout {

    final Grid<Map.Entry<Milestone, LocalDate>> milestones = new Grid<>();
    final Span timeliness = new Span();
    final Select<Milestone> milestone = new Select<>();
    final DatePicker on = new DatePicker("On");
    final ComboBox<AdoptersView> adopters = new ComboBox<>("Adopters");
    final Span status = new Span();
    private final AdoptionService adoption;
    private final long childId;
    private final boolean mayRecord;
    private final Runnable recorded;
    private JourneyView journey;

    /** {@code recorded}: what the page does after a milestone is recorded (bring its chronology up to date). */
    public AdoptionPanel(AdoptionService adoption, long childId, boolean mayRecord, Runnable recorded) {
        this.adoption = adoption;
        this.recorded = recorded;
        this.childId = childId;
        this.mayRecord = mayRecord;
        setPadding(false);
        milestones.setId("child-milestones");
        milestones.addColumn(e -> Words.of(e.getKey().name())).setHeader("Milestone");
        milestones.addColumn(e -> UkDates.format(e.getValue())).setHeader("On");
        milestones.setAllRowsVisible(true);
        timeliness.setId("child-adoption-timeliness");
        milestone.setLabel("Milestone reached");
        milestone.setId("milestone");
        milestone.setItems(Milestone.values());
        milestone.setItemLabelGenerator(m -> Words.of(m.name()));
        on.setId("milestone-on");
        on.setLocale(Locale.UK);
        adopters.setId("milestone-adopters");
        adopters.setItemLabelGenerator(AdoptersView::householdRef);
        adopters.setClearButtonVisible(true);
        show(find());
    }

    private Optional<JourneyView> find() {
        try {
            return Optional.of(adoption.journeyOf(childId));
        } catch (RecordNotFound none) {
            return Optional.empty();
        }
    }

    private void show(Optional<JourneyView> found) {
        removeAll();
        add(new H2("Adoption"));
        journey = found.orElse(null);
        if (journey == null) {
            add(new Paragraph("No adoption plan is recorded."));
            if (mayRecord) {
                Button start = new Button("Start an adoption journey", e -> save(() -> adoption.start(childId), "Journey started.",
                        new FieldMessages(null)));
                start.setId("start-journey");
                add(start, RecordPage.status(status, "adoption-status"));
            }
            return;
        }
        milestones.setItems(journey.milestones().entrySet().stream().toList());
        timeliness.setText((journey.adopters() == null ? "" : "Adopters " + journey.adopters() + ". ")
                + days("Entering care to moving in (A10)", journey.a1Days(), journey.a1WithinThreshold(), AdoptionJourney.A1_THRESHOLD_DAYS)
                + days("Placement order to match (A2)", journey.a2Days(), journey.a2WithinThreshold(), AdoptionJourney.A2_THRESHOLD_DAYS));
        add(milestones, timeliness);
        if (mayRecord) {
            adopters.setItems(adoption.adopters().stream().filter(a -> a.stage() == AdopterHousehold.Stage.APPROVED).toList());
            Button record = new Button("Record milestone", e -> save(() -> adoption.reach(childId, journey.version(), milestone.getValue(),
                    on.getValue(), adopters.getValue() == null ? null : adopters.getValue().id()), "Milestone recorded.",
                    new FieldMessages(milestone).on("milestone", milestone).on("date", on).on("adopterHouseholdId", adopters)));
            record.setId("record-milestone");
            add(RecordPage.row(milestone, on, adopters, record), RecordPage.status(status, "adoption-status"));
        }
    }

    private static String days(String what, Long days, Boolean within, long threshold) {
        return days == null ? "" : what + ": " + days + " days" + (Boolean.TRUE.equals(within) ? "" : " (beyond " + threshold + ")") + ". ";
    }

    private void save(Supplier<JourneyView> change, String done, FieldMessages messages) {
        if (new FormSave(messages, status).attempt(change, saved -> {
            show(Optional.of(saved));
            recorded.run();
            return done;
        }, () -> show(find()), "journey")) {
            milestone.clear();
            on.clear();
            adopters.clear();
        }
    }
}
