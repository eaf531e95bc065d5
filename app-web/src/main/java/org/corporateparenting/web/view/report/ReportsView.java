package org.corporateparenting.web.view.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.corporateparenting.application.access.CurrentUser;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.report.BoardPackService;
import org.corporateparenting.application.report.EditionView;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.layout.MainLayout;

/**
 * Reports: the monthly board pack for a published month (check it, download a draft as PDF or Word, publish it as
 * the next edition) and every published edition, downloadable exactly as published. Publishing is for performance
 * analysts and administrators; the rendering is shown in progress, and reconciliation failures are listed.
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
    UserService users;

    final Select<String> month = new Select<>();
    final Anchor draftPdf = new Anchor("", "Draft PDF");
    final Anchor draftWord = new Anchor("", "Draft Word");
    final Button check = new Button("Check");
    final Button publish = new Button("Publish edition");
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final UnorderedList problems = new UnorderedList();
    final Grid<EditionView> editions = new Grid<>();

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
            month.addValueChangeListener(e -> monthChosen());
            for (Anchor a : List.of(draftPdf, draftWord)) {
                a.getElement().setAttribute("router-ignore", true);
                a.getElement().setAttribute("download", true);
            }
            draftPdf.setId("draft-pdf");
            draftWord.setId("draft-word");
            check.setId("check-pack");
            check.addClickListener(e -> check());
            publish.setId("publish-pack");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.addClickListener(e -> startPublishing());
            publish.setVisible(user.hasRole(Role.PERFORMANCE_ANALYST) || user.hasRole(Role.ADMINISTRATOR));
            FlexLayout actions = new FlexLayout(month, check, draftPdf, draftWord, publish);
            actions.addClassName("cp-report-actions");
            progress.setIndeterminate(true);
            progress.setVisible(false);
            progress.getElement().setAttribute("aria-label", "Publishing the pack");
            status.setId("pack-status");
            status.getElement().setAttribute("role", "status");
            problems.setId("pack-problems");
            add(actions, progress, status, problems);
            month.setValue(months.get(0));
        }
        add(new H2("Published editions"));
        editions.setId("editions");
        editions.addColumn(EditionView::title).setHeader("Report").setAutoWidth(true);
        editions.addColumn(EditionView::periodLabel).setHeader("Period").setAutoWidth(true);
        editions.addColumn(EditionView::edition).setHeader("Edition").setAutoWidth(true);
        editions.addColumn(EditionView::format).setHeader("Format").setAutoWidth(true);
        editions.addColumn(EditionView::publishedBy).setHeader("Published by").setAutoWidth(true);
        editions.addColumn(e -> UkDates.moment(e.publishedAt())).setHeader("Published").setAutoWidth(true);
        editions.addColumn(e -> Math.max(1, e.bytes() / 1024) + " KB").setHeader("Size").setAutoWidth(true);
        editions.addComponentColumn(ReportsView::download).setHeader("File").setAutoWidth(true);
        editions.setAllRowsVisible(true);
        add(editions);
        refreshEditions();
    }

    private void monthChosen() {
        String chosen = month.getValue();
        draftPdf.setHref("api/reports/board-pack/" + chosen + "?format=pdf");
        draftWord.setHref("api/reports/board-pack/" + chosen + "?format=docx");
        status.setText("");
        problems.removeAll();
    }

    private void check() {
        showProblems(packs.check(month.getValue()), "The pack for " + title() + " reconciles: every figure agrees with its parts and "
                + "prints the same wherever it appears.");
    }

    /** Shows the progress first, then renders in the next round trip, so the reader sees it working. */
    private void startPublishing() {
        publish.setEnabled(false);
        progress.setVisible(true);
        status.setText("Rendering and publishing the pack for " + title() + "…");
        problems.removeAll();
        getElement().executeJs("return 0").then(ignored -> publish());
    }

    private void publish() {
        try {
            List<EditionView> published = packs.publish(month.getValue());
            status.setText("Published edition " + published.get(0).edition() + " of the pack for " + title() + " as PDF and Word.");
            refreshEditions();
        } catch (RuleViolation e) {
            showProblems(e.errors().stream().map(f -> f.message()).toList(), null);
        } finally {
            publish.setEnabled(true);
            progress.setVisible(false);
        }
    }

    private void showProblems(List<String> found, String allWell) {
        problems.removeAll();
        if (found.isEmpty()) {
            status.setText(allWell);
            return;
        }
        status.setText("The pack for " + title() + " cannot be published until these are put right:");
        found.forEach(p -> problems.add(new ListItem(p)));
    }

    private void refreshEditions() {
        editions.setItems(packs.editions());
    }

    private String title() {
        return ReportingMonth.parse(month.getValue()).title();
    }

    private static Div download(EditionView e) {
        Anchor file = new Anchor("api/reports/editions/" + e.id() + "/file", "Download " + ("DOCX".equals(e.format()) ? "Word" : e.format()));
        file.getElement().setAttribute("router-ignore", true);
        file.getElement().setAttribute("download", e.fileName());
        file.getElement().setAttribute("title", "SHA-256 " + e.sha256());
        return new Div(file);
    }
}
