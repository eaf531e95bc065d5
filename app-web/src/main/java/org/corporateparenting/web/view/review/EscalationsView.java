package org.corporateparenting.web.view.review;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.review.OpenEscalation;
import org.corporateparenting.application.review.OpenEscalations;
import org.corporateparenting.domain.review.EscalationThemes;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.shared.Words;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.RecordPage;
import org.corporateparenting.web.view.child.ChildView;

/**
 * The escalations still open ({@link OpenEscalations}), the longest open first, with the stage each is at and since
 * when; an IRO opens on the ones they raised. A row opens the child's page, where the escalation is moved on or closed.
 * IROs, performance analysts and administrators.
 */
@Route(value = "escalations", layout = MainLayout.class)
@PageTitle("Escalations | Corporate Parenting")
@RolesAllowed({Role.IRO, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class EscalationsView extends VerticalLayout {

    @Inject
    OpenEscalations escalations;

    @Inject
    UserService users;

    final Select<String> raisedBy = new Select<>();
    final Span count = new Span();
    final Grid<OpenEscalation> list = new Grid<>(OpenEscalation.class, false);

    @PostConstruct
    void build() {
        List<OpenEscalation> all = escalations.list(null);
        raisedBy.setLabel("Raised by");
        raisedBy.setEmptySelectionAllowed(true);
        raisedBy.setEmptySelectionCaption("Every IRO");
        raisedBy.setItems(all.stream().map(OpenEscalation::raisedBy).distinct().sorted().toList());
        raisedBy.setId("raised-by");
        count.setId("escalations-count");
        list.setId("escalations");
        list.addColumn(OpenEscalation::childRef).setHeader("Child").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(e -> UkDates.format(e.raisedOn())).setHeader("Raised").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(OpenEscalation::raisedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(e -> Words.of(e.stage().name()) + " since " + UkDates.format(e.stageSince())).setHeader("Stage").setAutoWidth(true)
                .setFlexGrow(0);
        list.addColumn(OpenEscalation::daysOpen).setHeader("Days open").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(e -> themes(e.themes())).setHeader("Themes").setFlexGrow(1);
        list.addItemClickListener(e -> list.getUI().ifPresent(ui -> ui.navigate(ChildView.class,
                new RouteParameters("id", String.valueOf(e.getItem().childId())))));
        var me = users.whoAmI();
        if (me.hasRole(Role.IRO) && all.stream().anyMatch(e -> me.username().equals(e.raisedBy()))) {
            raisedBy.setValue(me.username());
            show(escalations.list(me.username()));
        } else {
            show(all);
        }
        raisedBy.addValueChangeListener(e -> show(escalations.list(e.getValue())));
        setSizeFull();
        add(new H1("Escalations open"), RecordPage.row(raisedBy, count), list);
        expand(list);
    }

    /** The themes' labels, in the list's words. */
    static String themes(Collection<String> codes) {
        return String.join("; ", codes.stream().map(t -> EscalationThemes.THEMES.find(t).map(c -> c.label()).orElse(t)).toList());
    }

    private void show(List<OpenEscalation> shown) {
        list.setItems(shown);
        count.setText(shown.size() == 1 ? "1 escalation open" : shown.size() + " escalations open");
    }
}
