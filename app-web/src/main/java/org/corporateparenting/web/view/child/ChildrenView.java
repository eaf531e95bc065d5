package org.corporateparenting.web.view.child;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.application.child.ChildSummary;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.security.ScreenAudit;

/**
 * Finding a child of the council: by the start of a name, or by the whole child reference or UPN. The list is read a
 * page at a time as it scrolls (the service pages and counts in the database), so it stays quick with 100,000
 * children. Practitioners only; councillors never see a child. Each search is in the audit trail, as the API's are.
 */
@Route(value = "children", layout = MainLayout.class)
@PageTitle("Children | Corporate Parenting")
@RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.IRO, Role.LEAVING_CARE, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class ChildrenView extends VerticalLayout {

    @Inject
    ChildService children;

    @Inject
    ScreenAudit audit;

    final TextField search = new TextField();
    final Grid<ChildSummary> list = new Grid<>(ChildSummary.class, false);

    @PostConstruct
    void build() {
        search.setLabel("Find a child");
        search.setPlaceholder("Name, child reference or UPN");
        search.setId("child-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        list.setId("children");
        list.addColumn(ChildSummary::childRef).setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(c -> c.surname() + ", " + c.forename()).setHeader("Name").setFlexGrow(1);
        list.addColumn(c -> UkDates.format(c.dateOfBirth())).setHeader("Date of birth").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(c -> c.lookedAfter() ? "Looked after" : "").setHeader("Today").setAutoWidth(true).setFlexGrow(0);
        list.setItems(q -> children.findChildren(search.getValue(), q.getPage(), q.getPageSize()).items().stream(),
                q -> (int) children.findChildren(search.getValue(), 0, 1).total());
        list.addItemClickListener(e -> list.getUI().ifPresent(ui -> ui.navigate(ChildView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        search.addValueChangeListener(e -> {
            audit.searched("children", e.getValue());
            list.getDataProvider().refreshAll();
        });
        setSizeFull();
        add(new H1("Children"), search, list);
        expand(list);
    }
}
