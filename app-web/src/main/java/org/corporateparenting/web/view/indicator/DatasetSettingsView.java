package org.corporateparenting.web.view.indicator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.indicator.IndicatorSettings;
import org.corporateparenting.application.indicator.IndicatorSettingsService;
import org.corporateparenting.application.indicator.PublishOutcome;
import org.corporateparenting.domain.indicator.BenchmarkKind;
import org.corporateparenting.domain.indicator.Definition;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * The performance analysts' screen for the board's dataset: publish a month (or re-run it, which makes a new revision
 * and lists the figures that changed) or backfill the last 24 months; for an indicator, its targets by financial year
 * (with an optional red threshold) and its benchmarks (one at a time, or a CSV file of many, all or nothing); and the
 * ONS population estimates behind the rates. The rules are the services'; their messages go on the fields they name.
 */
@Route(value = "dataset", layout = MainLayout.class)
@PageTitle("Dataset settings | Corporate Parenting")
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class DatasetSettingsView extends VerticalLayout {

    private static final int BACKFILL = 24;

    @Inject
    DatasetService dataset;

    @Inject
    IndicatorSettingsService settings;

    final Select<ReportingMonth> month = new Select<>();
    final Span publishStatus = new Span();
    final ComboBox<Definition> indicator = new ComboBox<>("Indicator");
    final Grid<IndicatorSettings.TargetHeld> targets = new Grid<>(IndicatorSettings.TargetHeld.class, false);
    final Grid<IndicatorSettings.BenchmarkHeld> benchmarks = new Grid<>(IndicatorSettings.BenchmarkHeld.class, false);
    final IntegerField financialYear = new IntegerField("Financial year starting");
    final TextField target = new TextField("Target");
    final TextField redThreshold = new TextField("Red below (or above) (optional)");
    final Select<BenchmarkKind> kind = new Select<>();
    final TextField vintage = new TextField("Year it refers to");
    final TextField value = new TextField("Value");
    final TextField source = new TextField("Source");
    final Span indicatorStatus = new Span();
    final IntegerField midYear = new IntegerField("Mid-year");
    final IntegerField under18 = new IntegerField("Children aged 0 to 17");
    final Grid<IndicatorSettings.PopulationHeld> populations = new Grid<>(IndicatorSettings.PopulationHeld.class, false);
    final Span populationStatus = new Span();

    @PostConstruct
    void build() {
        add(new H1("Dataset settings"), new Paragraph("Publish the board's months, and set the targets, benchmarks and population "
                + "estimates its figures are read against. A published month never changes: running it again makes a new revision "
                + "and lists what changed."));
        add(publishing(), indicatorSettings(), population());
    }

    private VerticalLayout publishing() {
        List<ReportingMonth> months = new ArrayList<>(ReportingMonth.ending(ReportingMonth.lastCompleteBefore(LocalDate.now()), 36));
        Collections.reverse(months);
        month.setLabel("Month");
        month.setId("dataset-month");
        month.setItems(months);
        month.setItemLabelGenerator(ReportingMonth::title);
        month.setValue(months.get(0));
        Button publish = new Button("Publish the month", e -> publish());
        publish.setId("dataset-publish");
        Button backfill = new Button("Publish the last " + BACKFILL + " months", e -> backfill());
        backfill.setId("dataset-backfill");
        return section("Publishing", RecordPage.row(month, publish, backfill), RecordPage.status(publishStatus, "dataset-publish-status"));
    }

    private void publish() {
        new FormSave(new FieldMessages(month), publishStatus).attempt(() -> dataset.publish(month.getValue().toString()), DatasetSettingsView::said);
    }

    private void backfill() {
        new FormSave(new FieldMessages(month), publishStatus).attempt(() -> dataset.backfill(BACKFILL), outcomes -> {
            long revised = outcomes.stream().filter(o -> o.revision() > 1 && o.created()).count();
            long first = outcomes.stream().filter(o -> o.revision() == 1 && o.created()).count();
            return outcomes.size() + " months: " + first + " published for the first time, " + revised + " re-run with changes (a new "
                    + "revision each), " + (outcomes.size() - first - revised) + " unchanged.";
        });
    }

    /** What publishing one month did, in words. */
    static String said(PublishOutcome o) {
        String when = ReportingMonth.parse(o.month()).title();
        if (!o.created()) {
            return when + ": nothing changed, so revision " + o.revision() + " stands.";
        }
        if (o.revision() == 1) {
            return when + " published.";
        }
        return when + ": revision " + o.revision() + " published; " + o.changes().size() + (o.changes().size() == 1 ? " figure" : " figures")
                + " changed: " + o.changes().stream().limit(10).map(c -> c.code() + " " + number(c.before()) + " → " + number(c.after()))
                        .collect(Collectors.joining(", ")) + (o.changes().size() > 10 ? ", …" : "") + ".";
    }

    private static String number(Double v) {
        return v == null ? "none" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private VerticalLayout indicatorSettings() {
        indicator.setId("dataset-indicator");
        indicator.setItems(dataset.definitions());
        indicator.setItemLabelGenerator(d -> d.code() + ": " + d.title());
        indicator.setWidth("40em");
        indicator.addValueChangeListener(e -> showIndicator());
        targets.setId("dataset-targets");
        targets.addColumn(t -> new ReportingYear(t.financialYear()).label()).setHeader("Year");
        targets.addColumn(t -> t.target().toPlainString()).setHeader("Target");
        targets.addColumn(t -> t.redThreshold() == null ? "" : t.redThreshold().toPlainString()).setHeader("Red threshold");
        targets.addColumn(IndicatorSettings.TargetHeld::setBy).setHeader("Set by");
        targets.setAllRowsVisible(true);
        benchmarks.setId("dataset-benchmarks");
        benchmarks.addColumn(IndicatorSettings.BenchmarkHeld::vintage).setHeader("Year");
        benchmarks.addColumn(IndicatorSettings.BenchmarkHeld::kindLabel).setHeader("Benchmark");
        benchmarks.addColumn(b -> b.value().toPlainString()).setHeader("Value");
        benchmarks.addColumn(IndicatorSettings.BenchmarkHeld::source).setHeader("Source");
        benchmarks.setAllRowsVisible(true);
        financialYear.setId("target-year");
        financialYear.setValue(ReportingYear.lastEndedBy(LocalDate.now()).startYear() + 1);
        target.setId("target-value");
        redThreshold.setId("target-red");
        Button saveTarget = new Button("Save target", e -> saveTarget());
        saveTarget.setId("target-save");
        kind.setLabel("Benchmark");
        kind.setId("benchmark-kind");
        kind.setItems(BenchmarkKind.values());
        kind.setItemLabelGenerator(BenchmarkKind::label);
        vintage.setId("benchmark-vintage");
        value.setId("benchmark-value");
        source.setId("benchmark-source");
        Button saveBenchmark = new Button("Save benchmark", e -> saveBenchmark());
        saveBenchmark.setId("benchmark-save");
        Upload csv = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                importBenchmarks(new String(bytes, StandardCharsets.UTF_8))))));
        csv.setId("benchmark-csv");
        csv.setAcceptedFileTypes("text/csv", ".csv");
        csv.setMaxFiles(1);
        return section("Targets and benchmarks", indicator, new H3("Targets"), targets,
                RecordPage.row(financialYear, target, redThreshold, saveTarget),
                new H3("Benchmarks"), benchmarks, RecordPage.row(kind, vintage, value, source, saveBenchmark),
                new Paragraph("Or load many at once: a CSV file with the columns " + String.join(",", IndicatorSettingsService.BENCHMARK_COLUMNS)
                        + " (kind one of " + List.of(BenchmarkKind.values()) + "); nothing is stored unless every row is right."),
                csv, RecordPage.status(indicatorStatus, "dataset-indicator-status"));
    }

    private void showIndicator() {
        IndicatorSettings held = indicator.getValue() == null ? null : settings.settingsOf(indicator.getValue().code());
        targets.setItems(held == null ? List.of() : held.targets());
        benchmarks.setItems(held == null ? List.of() : held.benchmarks());
    }

    private String chosen() {
        return indicator.getValue() == null ? "" : indicator.getValue().code();
    }

    private void saveTarget() {
        if (indicator.getValue() == null) {
            new FormSave(new FieldMessages(indicator), indicatorStatus).refuse("indicator", "Choose the indicator first.");
            return;
        }
        if (financialYear.getValue() == null) {
            new FormSave(new FieldMessages(financialYear), indicatorStatus).refuse("year", "Give the year the financial year starts in.");
            return;
        }
        FieldMessages messages = new FieldMessages(indicator).on("target", target).on("redThreshold", redThreshold);
        if (new FormSave(messages, indicatorStatus).attempt(() -> {
            settings.setTarget(chosen(), financialYear.getValue(), target.getValue(), redThreshold.getValue());
            return chosen();
        }, code -> "Target saved for " + code + ".")) {
            showIndicator();
        }
    }

    private void saveBenchmark() {
        FieldMessages messages = new FieldMessages(indicator).on("code", indicator).on("kind", kind).on("vintage", vintage)
                .on("value", value).on("source", source);
        if (new FormSave(messages, indicatorStatus).attempt(() -> {
            settings.setBenchmark(chosen(), kind.getValue() == null ? "" : kind.getValue().name(), vintage.getValue(), value.getValue(),
                    source.getValue());
            return chosen();
        }, code -> "Benchmark saved for " + code + ".")) {
            value.clear();
            showIndicator();
        }
    }

    private void importBenchmarks(String csv) {
        if (new FormSave(new FieldMessages(null), indicatorStatus).attempt(() -> settings.importBenchmarks(csv),
                n -> n + (n == 1 ? " benchmark" : " benchmarks") + " loaded from the file.")) {
            showIndicator();
        }
    }

    private VerticalLayout population() {
        midYear.setId("population-year");
        midYear.setValue(LocalDate.now().getYear() - 1);
        under18.setId("population-under18");
        populations.setId("dataset-populations");
        populations.addColumn(IndicatorSettings.PopulationHeld::midYear).setHeader("Mid-year");
        populations.addColumn(p -> String.format(Locale.UK, "%,d", p.under18())).setHeader("Children aged 0 to 17");
        populations.setAllRowsVisible(true);
        populations.setItems(settings.populations());
        Button save = new Button("Save estimate", e -> {
            if (midYear.getValue() == null || under18.getValue() == null) {
                new FormSave(new FieldMessages(under18), populationStatus).refuse("under18", "Give the mid-year and the estimate.");
                return;
            }
            if (new FormSave(new FieldMessages(under18).on("under18", under18), populationStatus).attempt(() -> {
                settings.setPopulation(midYear.getValue(), under18.getValue());
                return midYear.getValue();
            }, year -> "Estimate saved for mid-" + year + "; rates per 10,000 use it from the next month published.")) {
                populations.setItems(settings.populations());
            }
        });
        save.setId("population-save");
        return section("Population", new Paragraph("The ONS mid-year estimate of the council's children aged 0 to 17, behind every rate per "
                + "10,000."), populations, RecordPage.row(midYear, under18, save), RecordPage.status(populationStatus, "dataset-population-status"));
    }

    private static VerticalLayout section(String title, Component... parts) {
        VerticalLayout section = new VerticalLayout(new H2(title));
        section.add(parts);
        section.setPadding(false);
        return section;
    }
}
