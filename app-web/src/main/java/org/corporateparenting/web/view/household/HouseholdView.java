package org.corporateparenting.web.view.household;

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
import java.util.Locale;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.household.HouseholdRecord;
import org.corporateparenting.application.household.HouseholdService;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.household.ReviewOutcome;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.CodeSelect;
import org.corporateparenting.web.view.ExemptionWords;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * A foster household's record: its approval and the terms in force over time, its carers and their training
 * ({@link CarersPanel}), the children placed today, reviews due and held (with a form for the fostering team to record one, the service's messages shown on the field they name and the typing kept),
 * supervising visits, allegations and complaints. The fostering team, performance analysts and administrators.
 */
@Route(value = "households/:id([0-9]+)", layout = MainLayout.class)
@PageTitle("Foster household | Corporate Parenting")
@RolesAllowed({Role.FOSTERING, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class HouseholdView extends VerticalLayout implements BeforeEnterObserver {

    @Inject
    HouseholdService households;

    @Inject
    UserService users;

    final Span summary = new Span();
    final Grid<HouseholdRecord.Terms> terms = new Grid<>(HouseholdRecord.Terms.class, false);
    final Grid<HouseholdRecord.Placed> placed = new Grid<>(HouseholdRecord.Placed.class, false);
    final Grid<HouseholdRecord.Review> reviews = new Grid<>(HouseholdRecord.Review.class, false);
    final Grid<HouseholdRecord.Visit> visits = new Grid<>(HouseholdRecord.Visit.class, false);
    final Grid<HouseholdRecord.AllegationView> allegations = new Grid<>(HouseholdRecord.AllegationView.class, false);
    final Grid<HouseholdRecord.ComplaintView> complaints = new Grid<>(HouseholdRecord.ComplaintView.class, false);
    final DatePicker heldOn = new DatePicker("Review held on");
    final Select<ReviewOutcome> outcome = new Select<>();
    final Checkbox confirmEarly = new Checkbox("A further review within ten months of the last (confirm)");
    final Button record = new Button("Record review");
    final Span status = new Span();
    private long id;
    private CarersPanel carersPanel;

    private final HorizontalLayout reviewForm;

    public HouseholdView() {
        build();
        reviewForm = reviewForm();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        id = RecordPage.idOf(event);
        HouseholdRecord h = RecordPage.open(this, id, households::get, "foster household").orElse(null);
        if (h == null) {
            return;
        }
        status.setText("");
        boolean mayRecord = users.whoAmI().hasRole(Role.FOSTERING) || users.whoAmI().hasRole(Role.ADMINISTRATOR);
        carersPanel = new CarersPanel(households, id, mayRecord);
        add(new H1(h.name() + " (" + h.householdRef() + ")"), summary, new H2("Approval terms"), terms, carersPanel,
                new H2("Children placed today"), placed, new H2("Reviews"), reviews);
        if (mayRecord) {
            add(reviewForm);
        }
        add(new H2("Supervising visits"), visits, new H2("Allegations"), allegations, new H2("Complaints"), complaints);
        show(h);
    }

    private void build() {
        summary.setId("household-summary");
        terms.setId("household-terms");
        terms.addColumn(t -> UkDates.format(t.effectiveFrom())).setHeader("From");
        terms.addColumn(t -> t.effectiveTo() == null ? "current" : UkDates.format(t.effectiveTo())).setHeader("To");
        terms.addColumn(t -> HouseholdsView.words(t.legalBasis().name())).setHeader("Basis");
        terms.addColumn(t -> Words.count(t.places(), "place", "places") + ", ages " + t.ageFrom() + "–" + t.ageTo()).setHeader("Terms");
        placed.setId("household-placed");
        placed.addColumn(HouseholdRecord.Placed::childRef).setHeader("Child");
        placed.addColumn(p -> UkDates.format(p.since())).setHeader("Since");
        placed.addColumn(p -> p.placementType() + " " + CodeSelect.words(
                Ssda903Codes.PLACEMENT_TYPE, p.placementType())).setHeader("Placement");
        placed.addColumn(p -> p.exemption() == null ? "" : ExemptionWords.of(p.exemption())).setHeader("Exemption").setFlexGrow(1);
        reviews.setId("household-reviews");
        reviews.addColumn(r -> UkDates.format(r.dueDate())).setHeader("Due");
        reviews.addColumn(r -> r.heldOn() == null ? "" : UkDates.format(r.heldOn())).setHeader("Held");
        reviews.addColumn(r -> r.onTime() ? "On time" : "Late").setHeader("Timeliness");
        reviews.addColumn(r -> r.outcome() == null ? "" : HouseholdsView.words(r.outcome().name())).setHeader("Recommended");
        reviews.addColumn(r -> r.confirmedEarly() ? "Further review, confirmed" : "").setHeader("Note");
        visits.setId("household-visits");
        visits.addColumn(v -> UkDates.format(v.visitDate())).setHeader("Visited");
        visits.addColumn(v -> v.unannounced() ? "Unannounced" : "Planned").setHeader("Kind");
        visits.addColumn(HouseholdRecord.Visit::worker).setHeader("Supervising social worker");
        allegations.setId("household-allegations");
        allegations.addColumn(a -> UkDates.format(a.referralDate())).setHeader("Referred");
        allegations.addColumn(a -> a.category() == null ? "" : HouseholdsView.words(a.category())).setHeader("Category");
        complaints.setId("household-complaints");
        complaints.addColumn(c -> UkDates.format(c.receivedDate())).setHeader("Received");
        complaints.addColumn(HouseholdRecord.ComplaintView::stage).setHeader("Stage");
        complaints.addColumn(c -> c.outcome() == null ? "open" : c.outcome()).setHeader("Outcome");
        for (Grid<?> grid : new Grid<?>[] {terms, placed, reviews, visits, allegations, complaints}) {
            grid.setAllRowsVisible(true);
        }
    }

    private HorizontalLayout reviewForm() {
        heldOn.setId("review-heldOn");
        heldOn.setLocale(Locale.UK);
        outcome.setLabel("Recommendation");
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(o -> HouseholdsView.words(o.name()));
        outcome.setId("review-outcome");
        record.setId("record-review");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> recordReview());
        confirmEarly.setId("review-confirmEarly");
        return RecordPage.row(heldOn, outcome, confirmEarly, record, RecordPage.status(status, "household-status"));
    }

    private void recordReview() {
        FieldMessages messages = new FieldMessages(heldOn).on("heldOn", heldOn).on("outcome", outcome);
        if (new FormSave(messages, status).attempt(() -> households.recordReview(id, heldOn.getValue(), outcome.getValue(),
                confirmEarly.getValue()), saved -> {
            show(saved);
            return "Review recorded.";
        })) {
            heldOn.clear();
            outcome.clear();
            confirmEarly.clear();
        }
    }

    private void show(HouseholdRecord h) {
        summary.setText(HouseholdsView.words(h.type().name()) + (h.approvedOn() == null ? "" : ", approved " + UkDates.format(h.approvedOn()))
                + (h.deregisteredOn() == null ? "" : ", deregistered " + UkDates.format(h.deregisteredOn())) + (h.onHold() ? "; on hold" : "")
                + (h.nextReviewDue() == null ? "" : "; next review due " + UkDates.format(h.nextReviewDue()) + (h.reviewOverdue() ? " (overdue)" : ""))
                + ". " + LastChange.words(h.lastChange()));
        terms.setItems(h.terms());
        placed.setItems(h.childrenPlaced());
        reviews.setItems(h.reviews());
        visits.setItems(h.visits());
        allegations.setItems(h.allegations());
        complaints.setItems(h.complaints());
        carersPanel.show(h);
    }
}
