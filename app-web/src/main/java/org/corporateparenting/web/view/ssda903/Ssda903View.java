package org.corporateparenting.web.view.ssda903;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.corporateparenting.application.ssda903.ImportOutcome;
import org.corporateparenting.application.ssda903.ImportProblem;
import org.corporateparenting.application.ssda903.Ssda903ImportService;
import org.corporateparenting.application.ssda903.Ssda903ValidationService;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.web.layout.MainLayout;

/**
 * Loading a council's SSDA903 files ({@link Ssda903ImportService}): the analyst uploads a ZIP with a folder per collection
 * year (or one XML return on its own, whose collection year the analyst chooses: no folder names it), chooses all or
 * nothing or the valid rows only, and sees the load in progress, then what was created, updated or
 * already so, and every problem and repair by file, row and field, downloadable as CSV; and the check of a return by the
 * DfE's rules, of the council's own records before export or of the files uploaded ({@link ValidationPanel}). Performance
 * analysts and administrators only.
 */
@Route(value = "ssda903", layout = MainLayout.class)
@PageTitle("Load SSDA903 files | Corporate Parenting")
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class Ssda903View extends VerticalLayout {

    static final String ALL = "Store nothing if any row has an error";
    static final String VALID = "Store the valid rows and leave out the others";

    private static final Logger LOG = Logger.getLogger(Ssda903View.class.getName());

    @Inject
    Ssda903ImportService imports;

    @Inject
    Ssda903ValidationService validation;

    @Resource
    ManagedExecutorService executor;

    final Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
    final RadioButtonGroup<String> rows = new RadioButtonGroup<>("Rows with errors");
    /** The collection year of a lone XML return (shown for one only): the latest ended year at first. */
    final Select<CollectionYear> year = CollectionYears.select("Collection year of the XML return", "ssda903-load-year");
    final Button load = new Button("Load");
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Anchor report = new Anchor();
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    final ValidationPanel check = new ValidationPanel(year -> validation.checkRecords(year), year -> validation.checkFiles(year, this.zip));
    private byte[] zip;
    private String fileName;

    public Ssda903View() {
        upload.setMaxFiles(1);
        upload.setMaxFileSize(250 * 1024 * 1024);
        upload.setAcceptedFileTypes("application/zip", ".zip", "application/xml", "text/xml", ".xml");
        upload.setId("ssda903-upload");
        year.setVisible(false);
        year.setWidth("20em");
        rows.setItems(ALL, VALID);
        rows.setValue(ALL);
        rows.setId("ssda903-rows");
        load.setId("ssda903-load");
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        load.setEnabled(false);
        load.addClickListener(e -> startLoading());
        progress.setMin(0);
        progress.setMax(1);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Loading");
        status.setId("ssda903-status");
        status.getElement().setAttribute("role", "status");
        report.setId("ssda903-report");
        report.setVisible(false);
        report.getElement().setAttribute("router-ignore", true);
        problems.setId("ssda903-problems");
        problems.addColumn(ImportProblem::file).setHeader("File").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::value).setHeader("Value").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.severity().name().toLowerCase()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::reason).setHeader("Reason").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        problems.setVisible(false);
        add(new H1("Load SSDA903 files"), new Paragraph("Upload a ZIP of the council's 903 files, CSV or the DfE's XML return, with a folder "
                + "for each collection year (2023-24/header.csv, 2023-24/episodes.csv, 2024-25/return.xml, ...); a single XML return "
                + "can be checked or loaded on its own, for the collection year chosen. The years are stitched into one history; "
                + "children and episodes already recorded are brought up to date and never duplicated, so the same files can be loaded "
                + "again safely."), upload, year, rows, load, progress, status, report, problems, check);
    }

    void received(String name, byte[] bytes) {
        zip = bytes;
        fileName = name;
        load.setEnabled(true);
        check.filesReady(true);
        boolean lone = Ssda903ImportService.isLoneXml(bytes);
        year.setVisible(lone);
        status.setText(lone ? name + " is one XML return, ready to load or to check: choose its collection year, which no folder names."
                : name + " is ready to load or to check.");
    }

    /**
     * Loads in the background, so the page shows each step and the share done while it works: the browser asks for news
     * every half second until the load ends. The caller's identity goes with the task (the server's default executor
     * propagates it), so the load is still checked against the analyst's role and council.
     */
    private void startLoading() {
        UI ui = UI.getCurrent();
        load.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Loading " + fileName + "…");
        ui.setPollInterval(500);
        byte[] files = zip;
        boolean validOnly = VALID.equals(rows.getValue());
        Integer startYear = year.isVisible() && year.getValue() != null ? year.getValue().startYear() : null;
        executor.execute(() -> {
            try {
                ImportOutcome outcome = imports.load(files, startYear, validOnly, (percent, step) -> later(ui, () -> {
                    progress.setValue(percent / 100.0);
                    status.setText(step + " (" + percent + "%)");
                }));
                later(ui, () -> show(outcome));
            } catch (RuleViolation e) {
                later(ui, () -> status.setText(e.errors().stream().map(FieldError::message).reduce((a, b) -> a + " " + b)
                        .orElse("The upload cannot be read.")));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SSDA903 load failed", e);
                later(ui, () -> status.setText("The load failed and nothing was stored. Try again, or ask the system administrator."));
            } finally {
                later(ui, () -> {
                    progress.setVisible(false);
                    load.setEnabled(true);
                    ui.setPollInterval(-1);
                });
            }
        });
    }

    /** Changes the page from the loading thread; nothing to do if the analyst has left it. */
    private static void later(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException e) {
            LOG.fine("The load screen was closed before the load ended");
        }
    }

    /** The adoption journeys, previous permanence orders, social worker episodes and OC2 returns, in words. */
    private static String further(ImportOutcome outcome) {
        StringBuilder words = new StringBuilder();
        Map<String, String> names = Map.of("adoptionJourneys", "adoption journeys", "previousPermanence", "previous permanence orders",
                "socialWorkerEpisodes", "social worker episodes", "oc2Returns", "OC2 rows kept as returned");
        outcome.records().forEach((kind, count) -> words.append("; ").append(names.getOrDefault(kind, kind))
                .append(": ").append(count.created()).append(" created, ").append(count.updated()).append(" updated, ")
                .append(count.unchanged()).append(" already as the files say"));
        return words.toString();
    }

    private void show(ImportOutcome outcome) {
        long errors = outcome.errors();
        status.setText(outcome.stored()
                ? "Loaded: " + some(outcome.childrenCreated(), "child", "children") + " created, " + outcome.childrenUpdated() + " updated, "
                        + outcome.childrenUnchanged() + " already as the files say; " + some(outcome.episodesCreated(), "episode", "episodes")
                        + " created, " + outcome.episodesUpdated() + " updated, " + outcome.episodesUnchanged() + " already as the files say; "
                        + some(outcome.missingCreated(), "time", "times") + " missing or absent created, " + outcome.missingUpdated() + " updated; "
                        + some(outcome.reviewsCreated(), "review", "reviews") + " created, " + outcome.reviewsUnchanged() + " already recorded; "
                        + some(outcome.checksCreated(), "birthday check", "birthday checks") + " created, " + outcome.checksUnchanged()
                        + " already recorded; " + some(outcome.careLeaversCreated(), "care leaver", "care leavers") + " created"
                        + further(outcome) + "."
                        + (errors > 0 ? " " + some(errors, "row", "rows") + " with errors " + (errors == 1 ? "was" : "were") + " left out." : "")
                : "Nothing was stored: " + some(errors, "row has", "rows have") + " errors. Put them right and load again, or choose to "
                        + "store the valid rows.");
        List<ImportProblem> found = outcome.problems();
        problems.setItems(found);
        problems.setAllRowsVisible(found.size() <= 25);
        problems.setVisible(!found.isEmpty());
        byte[] csv = ImportProblem.report(found, outcome.files()).getBytes(StandardCharsets.UTF_8);
        report.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(csv), "ssda903-load-report.csv",
                "text/csv", csv.length)));
        report.setText("Download the problems, repairs and each file's totals (CSV)");
        report.setVisible(!found.isEmpty() || !outcome.files().isEmpty());
    }

    /** "1 child", "3 children". */
    private static String some(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
