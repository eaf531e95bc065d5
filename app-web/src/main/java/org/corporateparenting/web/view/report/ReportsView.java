package org.corporateparenting.web.view.report;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.corporateparenting.application.access.CurrentUser;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.report.AnnualReportService;
import org.corporateparenting.application.report.BoardPackService;
import org.corporateparenting.application.report.EditionService;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.layout.MainLayout;

/**
 * Reports: the monthly board pack for a published month (check it, download a draft as PDF or Word, publish it as
 * the next edition), the way to the annual reports, and every published edition, downloadable exactly as published.
 * Publishing the pack is for performance analysts and administrators.
 */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Reports | Corporate Parenting")
@RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
public class ReportsView extends VerticalLayout {

    @Inject
    BoardPackService packs;

    @Inject
    DatasetService dataset;

    @Inject
    EditionService editionService;

    @Inject
    UserService users;

    @Inject
    AnnualReportService annual;

    final Select<String> month = new Select<>();
    final EditionGrid editions = new EditionGrid();

    @PostConstruct
    void build() {
        addClassName("cp-reports");
        CurrentUser user = users.whoAmI();
        add(new H1("Reports"), new H2("Monthly board pack"), new Paragraph("The pack prints the month's published figures, with "
                + "small numbers withheld. Check it, download a draft, and publish it as an edition to keep it exactly as read."));
        List<String> months = dataset.publishedMonths();
        if (months.isEmpty()) {
            add(new Paragraph("No month has been published yet: publish the dataset first."));
        } else {
            month.setLabel("Month");
            month.setId("pack-month");
            month.setItems(months);
            month.setItemLabelGenerator(m -> ReportingMonth.parse(m).title());
            PublishPanel panel = new PublishPanel(user.hasRole(Role.PERFORMANCE_ANALYST) || user.hasRole(Role.ADMINISTRATOR), month);
            panel.actOn(() -> "pack for " + ReportingMonth.parse(month.getValue()).title(), () -> packs.check(month.getValue()),
                    () -> packs.publish(month.getValue()), this::refreshEditions);
            month.addValueChangeListener(e -> panel.drafts("api/reports/board-pack/" + e.getValue()));
            add(panel);
            month.setValue(months.get(0));
        }
        if (!user.hasRole(Role.COUNCILLOR)) {
            add(new H2("Annual reports"));
            annual.reports().forEach((slug, title) -> add(new RouterLink(title, AnnualReportView.class, new RouteParameters("report", slug))));
        }
        add(new H2("Published editions"), editions);
        refreshEditions();
    }

    private void refreshEditions() {
        editions.setItems(editionService.editions());
    }
}
