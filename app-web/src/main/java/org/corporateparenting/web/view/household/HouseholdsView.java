package org.corporateparenting.web.view.household;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.corporateparenting.application.household.HouseholdService;
import org.corporateparenting.application.household.HouseholdSummary;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.layout.MainLayout;

/**
 * The fostering service's household register: every household by reference, filtered by type, approved today and
 * with a vacancy today (places less children placed, none while on hold), read a page at a time. The fostering team,
 * performance analysts and administrators.
 */
@Route(value = "households", layout = MainLayout.class)
@PageTitle("Foster households | Corporate Parenting")
@RolesAllowed({Role.FOSTERING, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class HouseholdsView extends VerticalLayout {

    @Inject
    HouseholdService households;

    final Select<HouseholdType> type = new Select<>();
    final Checkbox approvedOnly = new Checkbox("Approved today", true);
    final Checkbox withVacancy = new Checkbox("With a vacancy");
    final Grid<HouseholdSummary> register = new Grid<>(HouseholdSummary.class, false);

    @PostConstruct
    void build() {
        type.setLabel("Type");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        type.setItems(HouseholdType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any type" : words(t.name()));
        type.setId("household-type");
        approvedOnly.setId("household-approved");
        withVacancy.setId("household-vacancy");
        register.setId("households");
        register.addColumn(HouseholdSummary::householdRef).setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(HouseholdSummary::name).setHeader("Household").setFlexGrow(1);
        register.addColumn(h -> words(h.type().name())).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(h -> h.approved() ? h.places() + " (ages " + h.ageFrom() + "–" + h.ageTo() + ")" : "Not approved")
                .setHeader("Places").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(HouseholdSummary::placed).setHeader("Children placed").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(HouseholdSummary::vacancies).setHeader("Vacancies").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(h -> h.nextReviewDue() == null ? "" : UkDates.format(h.nextReviewDue())).setHeader("Review due").setAutoWidth(true)
                .setFlexGrow(0);
        register.setItems(q -> households.list(type.getValue(), approvedOnly.getValue(), withVacancy.getValue(), q.getPage(), q.getPageSize())
                .stream(), q -> (int) households.count(type.getValue(), approvedOnly.getValue(), withVacancy.getValue()));
        register.addItemClickListener(e -> register.getUI().ifPresent(ui -> ui.navigate(HouseholdView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        type.addValueChangeListener(e -> register.getDataProvider().refreshAll());
        approvedOnly.addValueChangeListener(e -> register.getDataProvider().refreshAll());
        withVacancy.addValueChangeListener(e -> register.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(type, approvedOnly, withVacancy);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setSizeFull();
        add(new H1("Foster households"), filters, register);
        expand(register);
    }

    /** MAINSTREAM reads "Mainstream". */
    static String words(String name) {
        return org.corporateparenting.domain.shared.Words.of(name);
    }
}
