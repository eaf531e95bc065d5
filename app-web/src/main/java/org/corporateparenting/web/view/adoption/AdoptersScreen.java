package org.corporateparenting.web.view.adoption;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.corporateparenting.application.adoption.AdoptersView;
import org.corporateparenting.application.adoption.AdoptionService;
import org.corporateparenting.domain.adoption.AdopterHousehold;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * The adoption team's prospective adopters: how many are at each stage today (enquiry, stage one, stage two, approved,
 * withdrawn), each household with the date it reached each stage, filtered by stage; registering an enquiry, and moving
 * the chosen household to its next stage or withdrawing it. Matching a child with approved adopters is on the child's
 * page ({@link AdoptionPanel}). The adoption team and administrators.
 */
@Route(value = "adopters", layout = MainLayout.class)
@PageTitle("Adopters | Corporate Parenting")
@RolesAllowed({Role.ADOPTION, Role.ADMINISTRATOR})
public class AdoptersScreen extends VerticalLayout {

    @Inject
    AdoptionService adoption;

    final Span counts = new Span();
    final Select<AdopterHousehold.Stage> stageFilter = new Select<>();
    final Grid<AdoptersView> list = new Grid<>(AdoptersView.class, false);
    final Select<AdopterHousehold.Stage> nextStage = new Select<>();
    final DatePicker on = new DatePicker("On");
    final TextField householdRef = new TextField("Reference");
    final DatePicker enquiryOn = new DatePicker("Enquiry on");
    final Span status = new Span();

    @PostConstruct
    void build() {
        counts.setId("adopter-counts");
        stageFilter.setLabel("Stage");
        stageFilter.setId("adopter-stage-filter");
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption("Every stage");
        stageFilter.setItems(AdopterHousehold.Stage.values());
        stageFilter.setItemLabelGenerator(s -> s == null ? "Every stage" : Words.of(s.name()));
        stageFilter.addValueChangeListener(e -> refresh());
        list.setId("adopters");
        list.addColumn(AdoptersView::householdRef).setHeader("Adopters").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(a -> Words.of(a.stage().name())).setHeader("Stage today").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(a -> date(a.enquiryOn())).setHeader("Enquiry").setAutoWidth(true);
        list.addColumn(a -> date(a.stageOneOn())).setHeader("Stage one").setAutoWidth(true);
        list.addColumn(a -> date(a.stageTwoOn())).setHeader("Stage two").setAutoWidth(true);
        list.addColumn(a -> date(a.approvedOn())).setHeader("Approved").setAutoWidth(true);
        list.addColumn(a -> date(a.withdrawnOn())).setHeader("Withdrawn").setAutoWidth(true);
        list.addColumn(a -> a.lastChange() == null ? "" : a.lastChange().by() + ", " + UkDates.format(a.lastChange().at().toLocalDate()))
                .setHeader("Last changed").setAutoWidth(true);
        nextStage.setLabel("Move to");
        nextStage.setId("adopters-next");
        nextStage.setItems(AdopterHousehold.Stage.STAGE_ONE, AdopterHousehold.Stage.STAGE_TWO, AdopterHousehold.Stage.APPROVED,
                AdopterHousehold.Stage.WITHDRAWN);
        nextStage.setItemLabelGenerator(s -> Words.of(s.name()));
        for (DatePicker date : List.of(on, enquiryOn)) {
            date.setLocale(Locale.UK);
        }
        on.setId("adopters-on");
        Button move = new Button("Record", e -> move());
        move.setId("move-adopters");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        householdRef.setId("adopters-ref");
        enquiryOn.setId("adopters-enquiryOn");
        Button register = new Button("Register enquiry", e -> register());
        register.setId("register-adopters");
        setSizeFull();
        add(new H1("Prospective adopters"), counts, RecordPage.status(status, "adopters-status"), stageFilter, list,
                new H2("The chosen adopters"), RecordPage.row(nextStage, on, move),
                new H2("A new enquiry"), RecordPage.row(householdRef, enquiryOn, register));
        expand(list);
        refresh();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : UkDates.format(d);
    }

    /** Shows the list again with {@code saved} chosen and scrolled into view, so the team sees what it just recorded. */
    private void refresh(AdoptersView saved) {
        refresh();
        List<AdoptersView> shown = list.getListDataView().getItems().toList();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == saved.id()) {
                list.select(shown.get(i));
                list.scrollToIndex(i);
                return;
            }
        }
    }

    private void refresh() {
        List<AdoptersView> all = adoption.adopters();
        Map<AdopterHousehold.Stage, Long> byStage = new EnumMap<>(AdopterHousehold.Stage.class);
        for (AdopterHousehold.Stage s : AdopterHousehold.Stage.values()) {
            byStage.put(s, all.stream().filter(a -> a.stage() == s).count());
        }
        counts.setText(String.join("; ", byStage.entrySet().stream().map(e -> Words.of(e.getKey().name()) + " " + e.getValue()).toList()) + ".");
        list.setItems(all.stream().filter(a -> stageFilter.getValue() == null || a.stage() == stageFilter.getValue()).toList());
    }

    private void move() {
        FieldMessages messages = new FieldMessages(nextStage).on("stage", nextStage).on("date", on);
        AdoptersView chosen = list.asSingleSelect().getValue();
        if (chosen == null) {
            new FormSave(messages, status).refuse("stage", "Choose the adopters in the list first.");
            return;
        }
        if (save(() -> adoption.advanceAdopters(chosen.id(), chosen.version(), nextStage.getValue(), on.getValue()), messages)) {
            nextStage.clear();
            on.clear();
        }
    }

    private void register() {
        if (save(() -> adoption.registerAdopters(householdRef.getValue().trim(), enquiryOn.getValue()),
                new FieldMessages(householdRef).on("householdRef", householdRef).on("enquiryOn", enquiryOn))) {
            householdRef.clear();
            enquiryOn.clear();
        }
    }

    private boolean save(Supplier<AdoptersView> change, FieldMessages messages) {
        return new FormSave(messages, status).attempt(change, saved -> {
            refresh(saved);
            return saved.householdRef() + ": " + Words.of(saved.stage().name()).toLowerCase(Locale.UK) + " recorded.";
        }, this::refresh, "household's record");
    }
}
