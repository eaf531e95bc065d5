package org.corporateparenting.web.view.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.function.Supplier;
import org.corporateparenting.application.report.EditionView;
import org.corporateparenting.domain.shared.FieldError;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * A report's actions: check (reconciliation), download a draft as PDF or Word, and publish (for those who may),
 * with the rendering shown in progress, the outcome read out ({@code role=status}) and reconciliation failures
 * listed. {@code extra} components (a month or year picker) come first.
 */
class PublishPanel extends VerticalLayout {

    final Anchor draftPdf = new Anchor("", "Draft PDF");
    final Anchor draftWord = new Anchor("", "Draft Word");
    final Button check = new Button("Check");
    final Button publish = new Button("Publish edition");
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final UnorderedList problems = new UnorderedList();

    private Supplier<String> subject = () -> "";
    private Supplier<List<String>> checker = List::of;
    private Supplier<List<EditionView>> publisher = List::of;
    private Runnable published = () -> { };

    PublishPanel(boolean mayPublish, Component... extra) {
        setPadding(false);
        for (Anchor a : List.of(draftPdf, draftWord)) {
            a.getElement().setAttribute("router-ignore", true);
            a.getElement().setAttribute("download", true);
        }
        draftPdf.setId("draft-pdf");
        draftWord.setId("draft-word");
        check.setId("check-report");
        check.addClickListener(e -> show(checker.get(), "The " + subject.get() + " reconciles: every total agrees with its parts and "
                + "every figure is the same wherever it appears."));
        publish.setId("publish-report");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(mayPublish);
        publish.addClickListener(e -> startPublishing());
        FlexLayout actions = new FlexLayout(extra);
        actions.add(check, draftPdf, draftWord, publish);
        actions.addClassName("cp-report-actions");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Publishing");
        status.setId("report-status");
        status.getElement().setAttribute("role", "status");
        problems.setId("report-problems");
        add(actions, progress, status, problems);
    }

    /** What the panel acts on: its name in messages, its checks, how to publish it, what to do once published. */
    void actOn(Supplier<String> subject, Supplier<List<String>> checker, Supplier<List<EditionView>> publisher, Runnable published) {
        this.subject = subject;
        this.checker = checker;
        this.publisher = publisher;
        this.published = published;
    }

    void drafts(String address) {
        draftPdf.setHref(address + (address.contains("?") ? "&" : "?") + "format=pdf");
        draftWord.setHref(address + (address.contains("?") ? "&" : "?") + "format=docx");
        status.setText("");
        problems.removeAll();
    }

    /** Shows the progress first, then renders in the next round trip, so the reader sees it working. */
    private void startPublishing() {
        publish.setEnabled(false);
        progress.setVisible(true);
        status.setText("Rendering and publishing the " + subject.get() + "…");
        problems.removeAll();
        getElement().executeJs("return 0").then(ignored -> finishPublishing());
    }

    private void finishPublishing() {
        try {
            List<EditionView> kept = publisher.get();
            status.setText("Published edition " + kept.get(0).edition() + " of the " + subject.get() + " as PDF and Word.");
            published.run();
        } catch (RuleViolation e) {
            show(e.errors().stream().map(FieldError::message).toList(), null);
        } finally {
            publish.setEnabled(true);
            progress.setVisible(false);
        }
    }

    private void show(List<String> found, String allWell) {
        problems.removeAll();
        if (found.isEmpty()) {
            status.setText(allWell);
            return;
        }
        status.setText("The " + subject.get() + " cannot be published until these are put right:");
        found.forEach(p -> problems.add(new ListItem(p)));
    }
}
