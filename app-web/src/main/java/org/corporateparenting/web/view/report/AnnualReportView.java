package org.corporateparenting.web.view.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.corporateparenting.application.report.AnnualFigures;
import org.corporateparenting.application.report.AnnualReportService;
import org.corporateparenting.application.report.Reference;
import org.corporateparenting.application.report.TextView;
import org.corporateparenting.domain.report.ReportText;
import org.corporateparenting.domain.report.ReportingYear;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.StaleRecord;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.layout.MainLayout;

/**
 * An annual report (such as {@code reports/annual/iro}) for a financial year: the committee fields and each
 * section's words, edited here with figures quoted as {@code {reviews.held}} (the list of figures is on the page),
 * then checked, drafted as PDF or Word, and published. A save that meets someone else's newer save keeps the typed
 * words in the field and says who changed it, so no work is lost; a quoted figure the report does not have is shown
 * on its field. Only the report's team, performance analysts and administrators may write.
 */
@Route(value = "reports/annual/:report([a-z-]+)", layout = MainLayout.class)
@PageTitle("Annual report | Corporate Parenting")
@RolesAllowed(Role.PRACTITIONER)
public class AnnualReportView extends VerticalLayout implements BeforeEnterObserver {

    @Inject
    AnnualReportService annual;

    /** Made anew on each visit, so a visit to another report never keeps the last one's listeners. */
    Select<String> year = new Select<>();
    final Div figures = new Div();
    final VerticalLayout blocks = new VerticalLayout();
    final List<Block> editors = new ArrayList<>();
    private boolean mayWrite;

    private String report;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        report = event.getRouteParameters().get("report").orElse("");
        removeAll();
        String title;
        try {
            title = annual.title(report);
        } catch (RecordNotFound e) {
            add(new H1("No such report"), new Paragraph(e.getMessage()));
            return;
        } catch (EJBAccessException e) {
            add(new H1("Not your team's report"), new Paragraph(e.getMessage()));
            return;
        }
        mayWrite = annual.mayWrite(report);
        year = new Select<>();
        year.setLabel("Financial year");
        year.setId("report-year");
        year.setItems(annual.years());
        year.setItemLabelGenerator(y -> y + " (" + ReportingYear.parse(y).title() + ")");
        PublishPanel panel = new PublishPanel(mayWrite, year);
        panel.actOn(() -> title.toLowerCase() + " for " + year.getValue(), () -> annual.check(report, year.getValue()),
                () -> annual.publish(report, year.getValue()), () -> { });
        add(new H1(title), new Paragraph("The report's tables are counted from the case records. Write each part's words below; quote a "
                + "figure as {reviews.held} and it is filled in from the same tables, with small numbers withheld, so the words and the "
                + "tables always agree."), panel, figures, new H2("Cover, sections and closing fields"), blocks);
        blocks.setPadding(false);
        year.addValueChangeListener(e -> {
            panel.drafts("api/reports/annual/" + report + "/" + e.getValue());
            load();
        });
        year.setValue(year.getListDataView().getItem(0));
    }

    private void load() {
        AnnualFigures f = annual.figures(report, year.getValue());
        UnorderedList list = new UnorderedList();
        for (Reference r : f.references()) {
            list.add(new ListItem("{" + r.key() + "}: " + r.meaning()));
        }
        figures.removeAll();
        Details help = new Details("Figures you can quote", list);
        help.setId("figure-references");
        figures.add(help);
        blocks.removeAll();
        editors.clear();
        for (TextView t : annual.texts(report, year.getValue())) {
            Block block = new Block(t);
            editors.add(block);
            blocks.add(block.layout);
        }
    }

    /** One part's words: its field, save button and who last changed it. */
    final class Block {
        final TextArea words = new TextArea();
        final Button save = new Button("Save");
        final Span edited = new Span();
        final VerticalLayout layout = new VerticalLayout(words, save, edited);
        private final String key;
        private Integer version;

        Block(TextView t) {
            key = t.key();
            layout.setPadding(false);
            layout.setSpacing(false);
            words.setLabel(t.statutory() ? t.label() + " (statutory: may not be published empty)" : t.label());
            if (!t.guidance().isEmpty()) {
                words.setHelperText(t.guidance());
            }
            words.setId("text-" + t.key());
            words.setWidthFull();
            words.setMaxLength(ReportText.MAX_LENGTH);
            words.setReadOnly(!mayWrite);
            save.setId("save-" + t.key());
            save.setVisible(mayWrite);
            save.addClickListener(e -> save());
            show(t);
        }

        private void show(TextView t) {
            words.setValue(t.body());
            version = t.version();
            edited.setText(t.starting() ? "Starting words: not yet saved for this year."
                    : "Last changed by " + t.editedBy() + " on " + UkDates.moment(t.editedAt()) + ".");
            flag(t.unknownReferences());
        }

        private void save() {
            try {
                show(annual.saveText(report, year.getValue(), key, words.getValue(), version));
            } catch (StaleRecord e) {
                words.setInvalid(true);
                words.setErrorMessage(e.getMessage() + " Your words are still here: copy them, reload the page, and merge them with theirs.");
            } catch (RuleViolation e) {
                words.setInvalid(true);
                words.setErrorMessage(String.join(" ", e.errors().stream().map(f -> f.message()).toList()));
            }
        }

        private void flag(List<String> unknown) {
            words.setInvalid(!unknown.isEmpty());
            words.setErrorMessage(unknown.isEmpty() ? null : "No such figure: " + String.join(", ", unknown.stream().map(k -> "{" + k + "}")
                    .toList()) + ". See the figures you can quote above.");
        }
    }
}
