package org.corporateparenting.web.view.review;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
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
import java.util.List;
import java.util.Objects;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.review.ReviewDue;
import org.corporateparenting.application.review.ReviewsDue;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.child.ChildView;

/**
 * The IRO's work list ({@link ReviewsDue}): children looked after today by next review due, soonest first, an IRO's own
 * to start with (an IRO opens on their own caseload), overdue only if asked; a child opens on their page, where the
 * review is recorded. IROs, performance analysts and administrators.
 */
@Route(value = "reviews", layout = MainLayout.class)
@PageTitle("Reviews due | Corporate Parenting")
@RolesAllowed({Role.IRO, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class ReviewsDueView extends VerticalLayout {

    @Inject
    ReviewsDue due;

    @Inject
    UserService users;

    final Select<String> iro = new Select<>();
    final Checkbox overdueOnly = new Checkbox("Overdue only");
    final Span count = new Span();
    final Grid<ReviewDue> list = new Grid<>(ReviewDue.class, false);

    @PostConstruct
    void build() {
        List<ReviewDue> all = due.list(null, false);
        iro.setLabel("IRO");
        iro.setEmptySelectionAllowed(true);
        iro.setEmptySelectionCaption("Every IRO");
        iro.setItems(all.stream().map(ReviewDue::iro).filter(Objects::nonNull).distinct().sorted().toList());
        iro.setId("iro");
        overdueOnly.setId("overdue-only");
        count.setId("reviews-count");
        list.setId("reviews-due");
        list.addColumn(r -> UkDates.format(r.nextDue()) + (r.overdue() ? " (overdue)" : "")).setHeader("Next review due").setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(ReviewDue::childRef).setHeader("Child").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(ReviewDue::name).setHeader("Name").setFlexGrow(1);
        list.addColumn(r -> r.iro() == null ? "Not allocated" : r.iro()).setHeader("IRO").setAutoWidth(true);
        list.addItemClickListener(e -> list.getUI().ifPresent(ui -> ui.navigate(ChildView.class,
                new RouteParameters("id", String.valueOf(e.getItem().childId())))));
        var me = users.whoAmI();
        if (me.hasRole(Role.IRO) && all.stream().anyMatch(r -> me.username().equals(r.iro()))) {
            iro.setValue(me.username());
            refresh();
        } else {
            show(all);
        }
        iro.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(iro, overdueOnly, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setSizeFull();
        add(new H1("Reviews due"), filters, list);
        expand(list);
    }

    private void refresh() {
        show(due.list(iro.getValue(), overdueOnly.getValue()));
    }

    private void show(List<ReviewDue> shown) {
        list.setItems(shown);
        long overdue = shown.stream().filter(ReviewDue::overdue).count();
        count.setText(shown.size() + " children, " + overdue + " overdue");
    }
}
