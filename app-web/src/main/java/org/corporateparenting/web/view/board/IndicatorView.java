package org.corporateparenting.web.view.board;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.inject.Inject;
import org.corporateparenting.application.indicator.IndicatorSettingsService;
import org.corporateparenting.domain.indicator.IndicatorComment;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.application.indicator.IndicatorHistory;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.report.chart.TrendChart;
import org.corporateparenting.web.layout.MainLayout;

/**
 * One indicator: its 24-month trend with target and benchmark lines (and the same figures as a table), the
 * definition in plain words, whether high or low is good, its source and when the month's data was extracted.
 * Practitioners also get a link to the children counted; councillors never do.
 */
@Route(value = "board/:month([0-9]{4}-[0-9]{2})/indicator/:code([A-Z0-9_]+)", layout = MainLayout.class)
@RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
public class IndicatorView extends BoardPage {

    static final int MONTHS = 24;

    @Inject
    IndicatorSettingsService settings;

    @Override
    void show(BoardSummary summary, BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        DatasetView view = summary.dataset();
        DatasetView.Row row = BoardMarkup.row(view, code).orElse(null);
        if (row == null) {
            add(new H1("No such indicator"), new Paragraph("The dataset for " + ReportingMonthText.of(view.month())
                    + " has no indicator " + code + "."));
            return;
        }
        IndicatorHistory history = dataset.history(code, view.month(), MONTHS);
        Definition d = history.definition();
        add(new H1(d.title()));
        if (row.number() != null) {
            Paragraph number = new Paragraph("Indicator " + row.number());
            number.addClassName("cp-indicator-number");
            add(number);
        }
        add(new MarkupBlock("<div class=\"cp-figure-now\"><span class=\"cp-tile-value\">" + BoardMarkup.value(row.value(), row.unit(),
 row.suppressed(), summary) + "</span>" + BoardMarkup.counts(row) + " <span>" + ReportingMonthText.of(row.cohort()) + "</span> "
 + BoardMarkup.direction(row) + " " + BoardMarkup.status(row.status(), row.statusShape())
                + " <span>Target " + Figures.written(row.target(), row.unit()) + "</span></div>"));
        MarkupBlock comment = new MarkupBlock(BoardMarkup.indicatorComment(row, view.label()));
        add(comment);
        if (VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().isUserInRole(Role.PRACTITIONER)) {
            add(commentForm(view.month(), code, comment));
        }
        add(new MarkupBlock(BoardMarkup.key(summary)));
        add(new MarkupBlock(BoardMarkup.yearEnds(row, d.title())));
        add(new H2("Trend over " + MONTHS + " months"), new MarkupBlock(chart(history, row)), new MarkupBlock(table(history, row)));
        add(new H2("Definition"), definition(d, row, view));
        if (VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().isUserInRole(Role.PRACTITIONER)) {
            add(new RouterLink("Who was counted", CountedView.class, new RouteParameters(Map.of("month", view.month(), "code", code))));
        }
    }

    /**
     * For managers and analysts (never councillors): write the indicator's comment for the month; it is shown at once with
     * the author and date, and earlier versions are kept.
     */
    private VerticalLayout commentForm(String month, String code, MarkupBlock shown) {
        TextArea body = new TextArea("Comment on this indicator");
        body.setId("indicator-comment-body");
        body.setMaxLength(IndicatorComment.MAX_LENGTH);
        body.setWidthFull();
        Span status = new Span();
        MarkupBlock[] current = {shown};
        Button save = new Button("Save comment", e -> {
            if (new FormSave(new FieldMessages(body).on("body", body), status).attempt(() -> {
                settings.commentOnIndicator(month, code, body.getValue());
                return dataset.summary(month);
            }, updated -> {
                BoardMarkup.row(updated.dataset(), code).ifPresent(r -> {
                    MarkupBlock fresh = new MarkupBlock(BoardMarkup.indicatorComment(r, updated.dataset().label()));
                    replace(current[0], fresh);
                    current[0] = fresh;
                });
                return "Comment saved.";
            })) {
                body.clear();
            }
        });
        save.setId("indicator-comment-save");
        VerticalLayout form = new VerticalLayout(body, save, RecordPage.status(status, "indicator-comment-status"));
        form.setPadding(false);
        return form;
    }

    @Override
    String addressFor(String month, BeforeEnterEvent event) {
        return indicatorAddress(month, event.getRouteParameters().get("code").orElse(""));
    }

    private static String chart(IndicatorHistory history, DatasetView.Row row) {
        List<TrendChart.Reference> references = history.benchmarks().stream()
                .map(b -> new TrendChart.Reference(shortLabel(b.kind()) + " " + b.vintage(), b.value())).toList();
        TrendChart chart = new TrendChart(history.definition().title() + ": trend over " + MONTHS + " months", Figures.suffix(row.unit()),
                history.points().stream().map(IndicatorHistory.Point::label).toList(),
                history.points().stream().map(IndicatorHistory.Point::value).toList(),
                history.points().stream().map(IndicatorHistory.Point::target).toList(), references);
        return "<figure class=\"cp-chart\">" + chart.svg() + "</figure>";
    }

    private static String table(IndicatorHistory history, DatasetView.Row row) {
        StringBuilder html = new StringBuilder("<details class=\"cp-chart-data\"><summary>The chart's figures as a table</summary>")
                .append("<table class=\"cp-history\"><caption>").append(BoardMarkup.escape(history.definition().title()))
                .append(" by month</caption><thead><tr><th scope=\"col\">Month</th><th scope=\"col\">Figure</th>")
                .append("<th scope=\"col\">Target</th></tr></thead><tbody>");
        for (IndicatorHistory.Point p : history.points()) {
            html.append("<tr><th scope=\"row\">").append(p.label()).append("</th><td>")
                    .append(p.revision() == null ? "not published" : p.withheld() ? "withheld" : Figures.written(p.value(), row.unit()))
                    .append("</td><td>")
                    .append(Figures.written(p.target(), row.unit())).append("</td></tr>");
        }
        for (DatasetView.BenchmarkView b : history.benchmarks()) {
            html.append("<tr><th scope=\"row\">").append(BoardMarkup.escape(b.label() + " " + b.vintage())).append("</th><td>")
                    .append(Figures.written(b.value(), row.unit())).append("</td><td></td></tr>");
        }
        return html.append("</tbody></table></details>").toString();
    }

    private DescriptionList definition(Definition d, DatasetView.Row row, DatasetView view) {
        DescriptionList list = new DescriptionList();
        list.addClassName("cp-definition");
        term(list, "What is counted", d.numerator());
        term(list, "Out of", d.denominator());
        term(list, "Who is included", d.population());
        term(list, "Measured as", Figures.unitWords(d.unit().name()) + ", " + d.basis().label().toLowerCase()
                + (d.arrearsMonths() > 0 ? ", reported " + d.arrearsMonths() + " month" + (d.arrearsMonths() == 1 ? "" : "s") + " in arrears" : ""));
        term(list, "Good is", Figures.polarityWords(d.polarity().name()));
        term(list, "Red, amber and green", row.thresholds() == null ? "Not judged: information only, or no target set for the year"
                : row.thresholds());
        term(list, "National definition", d.national());
        term(list, "The council's choice", d.localChoice());
        term(list, "Source", "The council's case records; this month's figures were extracted on " + UkDates.moment(view.extractedAt())
                + " (revision " + view.revision() + ")");
        term(list, "Benchmarks", row.benchmarks().isEmpty() ? "None entered" : String.join("; ", row.benchmarks().stream()
                .map(b -> b.label() + " " + b.vintage() + (b.source() == null || b.source().isBlank() ? "" : " (" + b.source() + ")")).toList()));
        return list;
    }

    private static void term(DescriptionList list, String term, String description) {
        if (description != null && !description.isBlank()) {
            list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
        }
    }

    private static String shortLabel(String kind) {
        switch (kind) {
            case "ENGLAND":
                return "England";
            case "STATISTICAL_NEIGHBOURS":
                return "Neighbours";
            case "GOOD_OUTSTANDING_NEIGHBOURS":
                return "Good+ neighbours";
            case "BEST_NEIGHBOUR":
                return "Best neighbour";
            default:
                return "Top quartile";
        }
    }
}
