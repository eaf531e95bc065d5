package org.corporateparenting.web.view.ssda903;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.corporateparenting.application.ssda903.ValidationReport;
import org.corporateparenting.application.ssda903.ValidationWorkbook;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.web.view.child.ChildView;

/**
 * The DfE's validation rules on the load page: "Validate the return" checks the return the council's records give for a
 * year (as the export writes it), "Check the uploaded files" the ZIP chosen above; either shows every failing row in a
 * grid sortable and filterable by rule and child, each child the council holds linking to their record (correct it there
 * and validate again), the summary by rule, the rules not run and why, and the report as CSV and Excel.
 */
class ValidationPanel extends VerticalLayout {

    /** Runs a check for a collection year (its first year); the view gives the service call. */
    interface Check {
        ValidationReport run(int year);
    }

    final Select<CollectionYear> year = CollectionYears.select("Collection year", "ssda903-validation-year");
    final Button records = new Button("Validate the return");
    final Button files = new Button("Check the uploaded files");
    final Span status = new Span();
    final TextField ruleFilter = new TextField("Rule");
    final TextField childFilter = new TextField("Child");
    final Grid<ValidationReport.Failure> failures = new Grid<>(ValidationReport.Failure.class, false);
    final Grid<ValidationReport.ByRule> rules = new Grid<>(ValidationReport.ByRule.class, false);
    final Paragraph notRun = new Paragraph();
    final Anchor csv = new Anchor();
    final Anchor xlsx = new Anchor();
    private GridListDataView<ValidationReport.Failure> shown;

    ValidationPanel(Check ofRecords, Check ofFiles) {
        records.setId("ssda903-validate");
        records.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        records.addClickListener(e -> run(ofRecords));
        files.setId("ssda903-check-files");
        files.setEnabled(false);
        files.addClickListener(e -> run(ofFiles));
        status.setId("ssda903-validation-status");
        status.getElement().setAttribute("role", "status");
        ruleFilter.setId("ssda903-rule-filter");
        childFilter.setId("ssda903-child-filter");
        for (TextField filter : List.of(ruleFilter, childFilter)) {
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(e -> refilter());
        }
        failures.setId("ssda903-failures");
        sorted(failures.addColumn(ValidationReport.Failure::code).setHeader("Rule"), ValidationReport.Failure::code);
        sorted(failures.addComponentColumn(ValidationPanel::child).setHeader("Child"), ValidationReport.Failure::child);
        sorted(failures.addColumn(ValidationReport.Failure::file).setHeader("File"), ValidationReport.Failure::file);
        failures.addColumn(ValidationReport.Failure::row).setHeader("Row").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(f -> String.join(", ", f.fields())).setHeader("Fields").setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(f -> String.join(", ", f.values())).setHeader("Values").setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(ValidationReport.Failure::message).setHeader("DfE message").setFlexGrow(1);
        failures.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rules.setId("ssda903-rules");
        rules.addColumn(ValidationReport.ByRule::code).setHeader("Rule").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(ValidationReport.ByRule::rows).setHeader("Rows").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(ValidationReport.ByRule::children).setHeader("Children").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(ValidationReport.ByRule::message).setHeader("DfE message").setFlexGrow(1);
        rules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        rules.addItemClickListener(e -> ruleFilter.setValue(e.getItem().code()));
        notRun.setId("ssda903-not-run");
        csv.setId("ssda903-validation-csv");
        xlsx.setId("ssda903-validation-xlsx");
        for (Anchor link : List.of(csv, xlsx)) {
            link.getElement().setAttribute("router-ignore", true);
        }
        HorizontalLayout actions = new HorizontalLayout(year, records, files);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(ruleFilter, childFilter, csv, xlsx);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setPadding(false);
        add(new H2("Check the return by the DfE's rules"), new Paragraph("Validate the return the records give for a year before "
                + "exporting it, or check the files uploaded above (the year's files, with the previous year's in its own folder to "
                + "run the rules that compare the two). Nothing is stored. Open a child to correct their record, then validate again."),
                actions, status, rules, filters, failures, notRun);
        showing(false);
    }

    /** Offers the check of an uploaded ZIP. */
    void filesReady(boolean ready) {
        files.setEnabled(ready);
    }

    private void run(Check check) {
        CollectionYear chosen = year.getValue();
        try {
            show(check.run(chosen.startYear()));
        } catch (RuleViolation e) {
            showing(false);
            status.setText(e.errors().stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse("The files cannot be read."));
        }
    }

    void show(ValidationReport report) {
        status.setText((report.passes() ? "The return passes every rule that was run. " : "") + report.summary());
        rules.setItems(report.rules());
        rules.setAllRowsVisible(report.rules().size() <= 15);
        shown = failures.setItems(report.failures());
        refilter();
        List<String> why = report.notRun().stream().map(n -> n.code() + " (" + n.reason() + ")").toList();
        notRun.setText(why.isEmpty() ? "" : "Not run, so not passed: " + String.join("; ", why) + ".");
        if (getUI().isPresent()) {
            downloads(report);
        }
        showing(true);
        failures.setVisible(!report.failures().isEmpty());
        rules.setVisible(!report.rules().isEmpty());
    }

    /** The report's downloads (links need the page the panel is on). */
    private void downloads(ValidationReport report) {
        String name = "ssda903-validation-" + report.year().label();
        byte[] text = report.csv().getBytes(StandardCharsets.UTF_8);
        csv.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(text), name + ".csv", "text/csv",
                text.length)));
        xlsx.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] workbook = ValidationWorkbook.of(report);
            return new DownloadResponse(new ByteArrayInputStream(workbook), name + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.length);
        }));
        csv.setText("Download the report (CSV)");
        xlsx.setText("Download the report (Excel)");
    }

    private void showing(boolean visible) {
        for (var part : List.of(rules, failures, ruleFilter, childFilter, csv, xlsx, notRun)) {
            part.setVisible(visible);
        }
    }

    private void refilter() {
        if (shown == null) {
            return;
        }
        String rule = ruleFilter.getValue().trim().toUpperCase(Locale.UK);
        String child = childFilter.getValue().trim().toUpperCase(Locale.UK);
        shown.setFilter(f -> f.code().toUpperCase(Locale.UK).startsWith(rule) && f.child().toUpperCase(Locale.UK).contains(child));
    }

    /** The child, linked to their record where the council holds them. */
    private static Component child(ValidationReport.Failure failure) {
        if (failure.record() == null) {
            return new Span(failure.child());
        }
        return new RouterLink(failure.child(), ChildView.class, new RouteParameters("id", String.valueOf(failure.record())));
    }

    private static <T> void sorted(Grid.Column<T> column, Function<T, String> key) {
        column.setComparator(Comparator.comparing(key)).setSortable(true).setAutoWidth(true).setFlexGrow(0);
    }
}
