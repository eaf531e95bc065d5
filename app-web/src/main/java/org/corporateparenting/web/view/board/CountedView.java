package org.corporateparenting.web.view.board;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import org.corporateparenting.application.indicator.DrillDownService;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.layout.MainLayout;

/**
 * Who an indicator counted in a month, by reference (practitioners only; councillors are refused this page as
 * they are the drill-down API). Counted now from the records, beside the published numerator, so a late or
 * corrected record shows as a difference.
 */
@Route(value = "board/:month([0-9]{4}-[0-9]{2})/indicator/:code([A-Z0-9_]+)/counted", layout = MainLayout.class)
@PageTitle("Who was counted | Corporate Parenting")
@RolesAllowed(Role.PRACTITIONER)
public class CountedView extends VerticalLayout implements BeforeEnterObserver {

    @Inject
    DrillDownService drillDown;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String month = event.getRouteParameters().get("month").orElse("");
        String code = event.getRouteParameters().get("code").orElse("");
        add(new RouterLink("Back to the indicator", IndicatorView.class, new RouteParameters(Map.of("month", month, "code", code))));
        DrillDownService.DrillDown drill;
        try {
            drill = drillDown.drill(month, code);
        } catch (RecordNotFound | RuleViolation e) {
            add(new H1("Who was counted"), new Paragraph(e.getMessage()));
            return;
        }
        add(new H1("Who was counted: " + code + ", " + BoardPage.ReportingMonthText.of(month)));
        add(new Paragraph("Counted from the records today: " + (long) drill.numerator() + " of " + drill.denominator()
                + (drill.publishedNumerator() == null ? ". The month has not been published."
                : "; published: " + drill.publishedNumerator().longValue() + " of " + drill.publishedDenominator() + ".")));
        Grid<DrillDownService.Member> grid = new Grid<>();
        grid.addColumn(DrillDownService.Member::reference).setHeader("Reference").setKey("reference").setSortable(true);
        grid.addColumn(DrillDownService.Member::kind).setHeader("Record").setKey("kind");
        grid.addColumn(m -> m.counted() ? "Yes" : "No (in the population only)").setHeader("Counted").setKey("counted");
        grid.setItems(drill.members());
        grid.setAllRowsVisible(drill.members().size() <= 50);
        grid.setId("counted");
        add(grid);
    }
}
