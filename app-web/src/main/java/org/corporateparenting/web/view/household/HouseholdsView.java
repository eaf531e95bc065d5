package org.corporateparenting.web.view.household;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.corporateparenting.application.household.HouseholdSearch;
import org.corporateparenting.application.household.HouseholdService;
import org.corporateparenting.application.household.HouseholdSummary;
import org.corporateparenting.domain.household.HouseholdType;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;

/**
 * The fostering service's household register and vacancy search: every household by reference, filtered by type,
 * status today (approved, on hold, deregistered), places free today (places less children placed, none while on hold), a child's age the terms take
 * and an area (the start of the postcode), read a page at a time. Matching a child is the same search with the
 * child's age, the places needed and the area. The fostering team, performance analysts and administrators.
 */
@Route(value = "households", layout = MainLayout.class)
@PageTitle("Foster households | Corporate Parenting")
@RolesAllowed({Role.FOSTERING, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class HouseholdsView extends VerticalLayout {

    @Inject
    HouseholdService households;

    final Select<HouseholdType> type = new Select<>();
    final Select<HouseholdSearch.Status> status = new Select<>();
    final IntegerField placesNeeded = new IntegerField("Places free");
    final IntegerField childAge = new IntegerField("Child's age");
    final TextField area = new TextField("Area (postcode starts)");
    final Span found = new Span();
    private final FieldMessages messages = new FieldMessages(area).on("vacancies", placesNeeded).on("childAge", childAge).on("area", area);
    final Grid<HouseholdSummary> register = new Grid<>(HouseholdSummary.class, false);

    @PostConstruct
    void build() {
        type.setLabel("Type");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        type.setItems(HouseholdType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any type" : words(t.name()));
        type.setId("household-type");
        status.setLabel("Status today");
        status.setId("household-status-filter");
        status.setItems(HouseholdSearch.Status.values());
        status.setItemLabelGenerator(s -> s == HouseholdSearch.Status.ANY ? "Any" : words(s.name()));
        status.setValue(HouseholdSearch.Status.APPROVED);
        placesNeeded.setId("household-places");
        placesNeeded.setMin(0);
        placesNeeded.setMax(10);
        placesNeeded.setStepButtonsVisible(true);
        placesNeeded.setPlaceholder("Any");
        childAge.setId("household-age");
        childAge.setMin(0);
        childAge.setMax(17);
        childAge.setPlaceholder("Any");
        area.setId("household-area");
        area.setPlaceholder("Anywhere");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        found.setId("households-found");
        register.setId("households");
        register.addColumn(HouseholdSummary::householdRef).setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(HouseholdSummary::name).setHeader("Household").setFlexGrow(1);
        register.addColumn(h -> words(h.type().name())).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(h -> h.postcode() == null ? "" : h.postcode()).setHeader("Postcode").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(h -> h.approved() ? h.places() + " (ages " + h.ageFrom() + "–" + h.ageTo() + ")" : "Not approved")
                .setHeader("Places").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(HouseholdSummary::placed).setHeader("Children placed").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(HouseholdSummary::vacancies).setHeader("Vacancies").setAutoWidth(true).setFlexGrow(0);
        register.addColumn(h -> h.nextReviewDue() == null ? "" : UkDates.format(h.nextReviewDue())).setHeader("Review due").setAutoWidth(true)
                .setFlexGrow(0);
        register.setItems(q -> search().map(s -> households.list(s, q.getPage(), q.getPageSize()).stream())
                .orElseGet(Stream::empty), q -> search().map(this::counted).orElse(0));
        register.addItemClickListener(e -> register.getUI().ifPresent(ui -> ui.navigate(HouseholdView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        type.addValueChangeListener(e -> register.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> register.getDataProvider().refreshAll());
        placesNeeded.addValueChangeListener(e -> register.getDataProvider().refreshAll());
        childAge.addValueChangeListener(e -> register.getDataProvider().refreshAll());
        area.addValueChangeListener(e -> register.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(type, status, placesNeeded, childAge, area);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        setSizeFull();
        add(new H1("Foster households"), filters, found, register);
        expand(register);
    }

    /** The search the filters ask for; none (and the reason on its field) while a filter is out of range. */
    Optional<HouseholdSearch> search() {
        messages.show(List.of());
        try {
            Integer places = placesNeeded.getValue();
            return Optional.of(new HouseholdSearch(type.getValue(), status.getValue(),
                    places == null ? 0 : places, childAge.getValue(), area.getValue()));
        } catch (RuleViolation refused) {
            messages.show(refused.errors());
            return Optional.empty();
        }
    }

    private int counted(HouseholdSearch search) {
        int count = (int) households.count(search);
        found.setText(count == 1 ? "1 household" : count + " households");
        return count;
    }

    /** MAINSTREAM reads "Mainstream". */
    static String words(String name) {
        return Words.of(name);
    }
}
