package org.corporateparenting.web.view.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.corporateparenting.application.review.ReviewRecord;
import org.corporateparenting.application.review.ReviewService;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.view.CodeSelect;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * A child's looked-after reviews on the child's page: the IRO now, the next review due (and whether it is overdue, on
 * the statutory timetable), the reviews held, and, for IROs and administrators, a form to record one (date held and the
 * SSDA903 participation code, the recommendations made), whose messages from the service's rules are shown on the field they name while the
 * typing stays.
 */
public class ReviewsPanel extends VerticalLayout {

    final Span due = new Span();
    final Grid<ReviewRecord.Review> held = new Grid<>(ReviewRecord.Review.class, false);
    final DatePicker heldOn = new DatePicker("Review held on");
    final Select<String> participation = new Select<>();
    final TextArea recommendations = new TextArea("Recommendations made");
    final Checkbox confirmEarly = new Checkbox("A review brought forward (confirm)");
    final Button record = new Button("Record review");
    final Span status = new Span();
    private final ReviewService reviews;
    private final long childId;
    private final Runnable recorded;

    /** {@code recorded}: what the page does after a review is recorded (bring its chronology up to date). */
    public ReviewsPanel(ReviewService reviews, long childId, boolean mayRecord, Runnable recorded) {
        this.reviews = reviews;
        this.recorded = recorded;
        this.childId = childId;
        setPadding(false);
        due.setId("review-due");
        held.setId("child-reviews");
        held.addColumn(r -> UkDates.format(r.dueDate())).setHeader("Due");
        held.addColumn(r -> UkDates.format(r.heldOn())).setHeader("Held");
        held.addColumn(r -> r.onTime() ? "On time" : "Late").setHeader("Timeliness");
        held.addColumn(ReviewRecord.Review::participation).setHeader("Participation");
        held.addColumn(ReviewRecord.Review::chairedBy).setHeader("Chaired by");
        held.addColumn(r -> r.recommendations() == null ? "" : r.recommendations()).setHeader("Recommendations").setFlexGrow(2);
        held.setAllRowsVisible(true);
        add(new H2("Reviews"), due, held);
        if (mayRecord) {
            add(form());
        }
        show(reviews.reviewsOf(childId));
    }

    private HorizontalLayout form() {
        heldOn.setId("child-review-heldOn");
        heldOn.setLocale(Locale.UK);
        CodeSelect.of(participation, "Participation", "child-review-participation", Ssda903Codes.PARTICIPATION,
                CollectionYear.containing(LocalDate.now()));
        record.setId("child-record-review");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> record());
        recommendations.setId("child-review-recommendations");
        recommendations.setMaxLength(2000);
        recommendations.setWidth("36em");
        confirmEarly.setId("child-review-confirmEarly");
        return RecordPage.row(heldOn, participation, recommendations, confirmEarly, record, RecordPage.status(status, "child-review-status"));
    }

    private void record() {
        FieldMessages messages = new FieldMessages(heldOn).on("heldOn", heldOn).on("participation", participation)
                .on("recommendations", recommendations);
        if (new FormSave(messages, status).attempt(() -> reviews.record(childId, heldOn.getValue(), participation.getValue(),
                recommendations.getValue(), confirmEarly.getValue()), saved -> {
                    show(saved);
                    recorded.run();
                    return "Review recorded.";
                })) {
            heldOn.clear();
            participation.clear();
            recommendations.clear();
            confirmEarly.clear();
        }
    }

    private void show(ReviewRecord r) {
        due.setText((r.iro() == null ? "No IRO allocated" : "IRO: " + r.iro()) + (r.nextDue() == null ? "; no review due (not looked after)."
                : "; next review due " + UkDates.format(r.nextDue()) + (r.overdue() ? " (overdue)." : ".")));
        List<ReviewRecord.Review> newestFirst = new ArrayList<>(r.reviews());
        Collections.reverse(newestFirst);
        held.setItems(newestFirst);
    }
}
