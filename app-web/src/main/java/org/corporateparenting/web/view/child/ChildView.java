package org.corporateparenting.web.view.child;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.child.ChildRecord;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.application.child.ChronologyEntry;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.child.ChronologyService;
import org.corporateparenting.application.adoption.AdoptionService;
import org.corporateparenting.application.child.EpisodeService;
import org.corporateparenting.application.household.HouseholdService;
import org.corporateparenting.application.review.ReviewService;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;
import org.corporateparenting.domain.shared.StaleRecord;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.domain.audit.LastChange;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.RecordPage;
import org.corporateparenting.web.view.adoption.AdoptionPanel;
import org.corporateparenting.web.view.episode.EpisodesPanel;
import org.corporateparenting.web.view.review.EscalationsPanel;
import org.corporateparenting.web.view.review.ReviewsPanel;

/**
 * One child: their identifying details (editable by {@link Role#CASE_RECORDERS}, with the service's messages on the
 * field they name, and who last changed them; read only for analysts and IROs, who read case records and never change
 * them), their care episodes ({@link EpisodesPanel}: case recorders end one and start the next), their reviews
 * ({@link ReviewsPanel}: IROs record one here), escalations ({@link EscalationsPanel}: IROs
 * raise, move on and close them here), adoption journey ({@link AdoptionPanel}: the adoption team records milestones and
 * matches here) and their chronology. A save based on details someone else has changed since is refused by the service;
 * the page then keeps what was typed, shows each field where the two differ, and lets the user keep their own (saved
 * over the newer version) or take the other person's. Practitioners of the child's council; every read is audited.
 */
@Route(value = "children/:id([0-9]+)", layout = MainLayout.class)
@PageTitle("Child | Corporate Parenting")
@RolesAllowed({Role.FOSTERING, Role.ADOPTION, Role.IRO, Role.LEAVING_CARE, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class ChildView extends VerticalLayout implements BeforeEnterObserver {

    @Inject
    ChildService children;

    @Inject
    ChronologyService chronology;

    @Inject
    ReviewService reviews;

    @Inject
    AdoptionService adoption;

    @Inject
    EpisodeService episodes;

    @Inject
    HouseholdService households;

    @Inject
    UserService users;

    final H1 title = new H1();
    final ChildForm form = new ChildForm();
    final Button save = new Button("Save details");
    final Span changed = new Span();
    final Span status = new Span();
    final Div conflict = new Div();
    final Grid<ChronologyEntry> events = new Grid<>(ChronologyEntry.class, false);
    private long id;
    private int version;

    public ChildView() {
        save.setId("save-child");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        RecordPage.status(status, "child-status");
        conflict.setId("child-conflict");
        changed.setId("child-changed");
        events.setId("chronology");
        events.addColumn(c -> UkDates.format(c.date())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(ChronologyEntry::kind).setHeader("Record").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(ChronologyEntry::what).setHeader("What happened").setFlexGrow(1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        id = RecordPage.idOf(event);
        ChildRecord record = RecordPage.open(this, id, children::get, "child").orElse(null);
        if (record == null) {
            return;
        }
        showChronology();
        show(record);
        var me = users.whoAmI();
        boolean recordsCases = Role.recordsCases(me.roles());
        form.readOnly(!recordsCases);
        save.setVisible(recordsCases);
        add(title, new H2("Details"), form, new HorizontalLayout(save, changed), status, conflict,
                new EpisodesPanel(episodes, id, recordsCases ? on -> households.toPlace(id, on) : null, this::showChronology),
                new ReviewsPanel(reviews, id, me.hasRole(Role.IRO) || me.hasRole(Role.ADMINISTRATOR), this::showChronology),
                new EscalationsPanel(reviews, id, me.hasRole(Role.IRO) || me.hasRole(Role.ADMINISTRATOR)),
                new AdoptionPanel(adoption, id, me.hasRole(Role.ADOPTION) || me.hasRole(Role.ADMINISTRATOR), this::showChronology), new H2("Chronology"), events);
    }

    private void showChronology() {
        events.setItems(chronology.of(id));
    }

    private void show(ChildRecord r) {
        version = r.version();
        title.setText(r.forename() + " " + r.surname() + " (" + r.childRef() + ")");
        form.show(r);
        changed.setText(LastChange.words(r.lastChangedBy() == null ? null : new LastChange(r.lastChangedBy(), r.lastChangedAt())));
        conflict.removeAll();
    }

    private void save() {
        status.setText("");
        if (form.unreadableDate()) {
            status.setText("The date of birth is not a date: nothing was saved.");
            return;
        }
        try {
            show(children.revise(id, version, form.details()));
            status.setText("Saved.");
        } catch (RuleViolation e) {
            List<String> others = form.show(e.errors());
            status.setText("Nothing was saved: put right the fields marked." + (others.isEmpty() ? "" : " " + String.join(" ", others)));
        } catch (StaleRecord e) {
            offerMerge(e);
        }
    }

    /** Someone saved the child since it was opened: keep the typed details and show where the two differ. */
    private void offerMerge(StaleRecord e) {
        ChildRecord theirs = children.get(id);
        Map<String, String> differ = form.differences(theirs);
        conflict.removeAll();
        UnorderedList lines = new UnorderedList();
        differ.forEach((field, change) -> lines.add(new ListItem(field + ": " + change)));
        Button keepMine = new Button("Keep my details", c -> {
            version = theirs.version();
            save();
        });
        keepMine.setId("keep-mine");
        Button takeTheirs = new Button("Take theirs", c -> {
            show(theirs);
            status.setText("Showing the details as " + theirs.lastChangedBy() + " saved them.");
        });
        takeTheirs.setId("take-theirs");
        conflict.add(new Paragraph(theirs.lastChangedBy() + " saved this child's details after you opened them. Your typing is kept. Where "
                + "the two differ (theirs → yours):"), lines, new HorizontalLayout(keepMine, takeTheirs));
        status.setText("Not saved: the details were changed by " + e.lastChangedBy() + " meanwhile.");
    }
}
