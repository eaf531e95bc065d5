package org.corporateparenting.web.view.board;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.domain.indicator.Area;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.layout.MainLayout;

/** One area of the dataset for a month: its indicators as the packs tabulate them, then the manager's commentary. */
@Route(value = "board/:month([0-9]{4}-[0-9]{2})/area/:area", layout = MainLayout.class)
@PageTitle("Board area | Corporate Parenting")
@RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
public class AreaView extends BoardPage {

    @Override
    void show(BoardSummary summary, BeforeEnterEvent event) {
        Area area = area(event.getRouteParameters().get("area").orElse("")).orElse(null);
        if (area == null) {
            add(new H1("No such area"), new Paragraph("The board's dataset has no area by that name."));
            return;
        }
        String month = summary.dataset().month();
        add(new H1(area.title() + ": " + ReportingMonthText.of(month)),
                new MarkupBlock(BoardMarkup.table(summary, area, code -> indicatorAddress(month, code))),
                new MarkupBlock(BoardMarkup.commentary(summary.dataset(), area)));
    }

    @Override
    String addressFor(String month, BeforeEnterEvent event) {
        return "board/" + month + "/area/" + event.getRouteParameters().get("area").orElse("profile");
    }
}
