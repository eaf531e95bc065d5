package org.corporateparenting.web.view.household;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.corporateparenting.application.household.HouseholdRecord;
import org.corporateparenting.application.household.HouseholdService;
import org.corporateparenting.domain.household.CarerTraining;
import org.corporateparenting.domain.household.HouseholdCarer;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * A household's carers and their training on the household's page: who the first and second carers are, the courses
 * each completed, and whether the TSD standards are done by their deadline (12 months after approval, 18 for connected
 * persons); for the fostering team, forms to name a carer and record a course. The service's messages go on the field
 * they name and the typing is kept.
 */
public class CarersPanel extends VerticalLayout {

    final Grid<HouseholdRecord.Carer> carers = new Grid<>(HouseholdRecord.Carer.class, false);
    final Grid<HouseholdRecord.Training> training = new Grid<>(HouseholdRecord.Training.class, false);
    final Span tsd = new Span();
    final TextField name = new TextField("Carer's name");
    final Select<HouseholdCarer.CarerRole> role = new Select<>();
    final Select<String> carer = new Select<>();
    final Select<String> course = new Select<>();
    final DatePicker completedOn = new DatePicker("Completed on");
    final Span status = new Span();
    private final HouseholdService households;
    private final long id;

    public CarersPanel(HouseholdService households, long id, boolean mayRecord) {
        this.households = households;
        this.id = id;
        setPadding(false);
        carers.setId("household-carers");
        carers.addColumn(HouseholdRecord.Carer::name).setHeader("Carer");
        carers.addColumn(c -> Words.of(c.role().name()) + " carer").setHeader("Role");
        carers.setAllRowsVisible(true);
        training.setId("household-training");
        training.addColumn(t -> UkDates.format(t.completedOn())).setHeader("Completed");
        training.addColumn(HouseholdRecord.Training::carerName).setHeader("Carer");
        training.addColumn(t -> CarerTraining.label(t.course())).setHeader("Course");
        training.setAllRowsVisible(true);
        tsd.setId("household-tsd");
        add(new H2("Carers"), carers);
        if (mayRecord) {
            add(carerForm());
        }
        add(new H2("Training"), tsd, training);
        if (mayRecord) {
            add(trainingForm(), RecordPage.status(status, "carers-status"));
        }
    }

    private HorizontalLayout carerForm() {
        name.setId("carer-name");
        name.setMaxLength(80);
        role.setLabel("Role");
        role.setId("carer-role");
        role.setItems(HouseholdCarer.CarerRole.values());
        role.setItemLabelGenerator(r -> Words.of(r.name()) + " carer");
        Button add = new Button("Name carer", e -> {
            if (save(() -> households.addCarer(id, name.getValue(), role.getValue()), "Carer named.",
                    new FieldMessages(name).on("name", name).on("role", role))) {
                name.clear();
                role.clear();
            }
        });
        add.setId("add-carer");
        return RecordPage.row(name, role, add);
    }

    private HorizontalLayout trainingForm() {
        carer.setLabel("Carer");
        carer.setId("training-carer");
        course.setLabel("Course");
        course.setId("training-course");
        course.setItems(CarerTraining.COURSES);
        course.setItemLabelGenerator(CarerTraining::label);
        completedOn.setId("training-completedOn");
        completedOn.setLocale(Locale.UK);
        Button record = new Button("Record training", e -> {
            if (save(() -> households.recordTraining(id, carer.getValue(), course.getValue(), completedOn.getValue()), "Training recorded.",
                    new FieldMessages(course).on("carerName", carer).on("course", course).on("completedOn", completedOn))) {
                course.clear();
                completedOn.clear();
            }
        });
        record.setId("record-training");
        return RecordPage.row(carer, course, completedOn, record);
    }

    private boolean save(Supplier<HouseholdRecord> change, String done, FieldMessages messages) {
        return new FormSave(messages, status).attempt(change, saved -> {
            show(saved);
            return done;
        }, () -> show(households.get(id)), "household");
    }

    /** Shows the household's carers, their training and the TSD standards' state. */
    public void show(HouseholdRecord h) {
        carers.setItems(h.carers());
        training.setItems(h.training());
        carer.setItems(h.carers().stream().map(HouseholdRecord.Carer::name).toList());
        tsd.setText(h.tsdDue() == null ? "" : h.tsdCompleted() ? "Every carer has completed the TSD standards."
                : "TSD standards due by " + UkDates.format(h.tsdDue()) + (h.tsdDue().isBefore(LocalDate.now()) ? " (overdue)." : "."));
    }
}
