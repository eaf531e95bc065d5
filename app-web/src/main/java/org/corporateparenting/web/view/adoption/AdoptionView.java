package org.corporateparenting.web.view.adoption;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.corporateparenting.application.adoption.AdoptionJourneys;
import org.corporateparenting.application.adoption.JourneySummary;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.child.ChildView;

/**
 * The adoption team's children with an adoption plan ({@link AdoptionJourneys}): the latest milestone and timeliness
 * against the scorecard thresholds, those waiting longest for a match first, open journeys unless all are asked for;
 * a child opens on their page. The adoption team and administrators.
 */
@Route(value = "adoption", layout = MainLayout.class)
@PageTitle("Adoption | Corporate Parenting")
@RolesAllowed({Role.ADOPTION, Role.ADMINISTRATOR})
public class AdoptionView extends VerticalLayout {

    @Inject
    AdoptionJourneys journeys;

    final Checkbox all = new Checkbox("Include completed and ended journeys");
    final Grid<JourneySummary> list = new Grid<>(JourneySummary.class, false);

    @PostConstruct
    void build() {
        all.setId("all-journeys");
        list.setId("journeys");
        list.addColumn(JourneySummary::childRef).setHeader("Child").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(JourneySummary::name).setHeader("Name").setFlexGrow(1);
        list.addColumn(j -> j.latest() + ", " + UkDates.format(j.latestOn())).setHeader("Latest milestone").setAutoWidth(true);
        list.addColumn(j -> j.daysWaiting() == null ? "" : j.daysWaiting() + " days" + (j.waitingBeyondThreshold() ? " (beyond 121)" : ""))
                .setHeader("Waiting for a match").setAutoWidth(true);
        list.addColumn(j -> days(j.daysOrderToMatch(), j.matchWithin(), 121)).setHeader("Order to match (A2)").setAutoWidth(true);
        list.addColumn(j -> days(j.daysToMovingIn(), j.movingInWithin(), 426)).setHeader("Care to moving in (A10)").setAutoWidth(true);
        list.addItemClickListener(e -> list.getUI().ifPresent(ui -> ui.navigate(ChildView.class,
                new RouteParameters("id", String.valueOf(e.getItem().childId())))));
        all.addValueChangeListener(e -> list.setItems(journeys.list(!e.getValue())));
        list.setItems(journeys.list(true));
        setSizeFull();
        add(new H1("Children with an adoption plan"), new Paragraph("Timeliness against the adoption scorecard: 121 days from the "
                + "placement order to the match (A2), 426 days from entering care to moving in with the adopters (A10)."), all, list);
        expand(list);
    }

    private static String days(Long days, boolean within, int threshold) {
        return days == null ? "" : days + " days" + (within ? "" : " (beyond " + threshold + ")");
    }
}
