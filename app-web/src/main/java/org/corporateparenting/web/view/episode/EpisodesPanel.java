package org.corporateparenting.web.view.episode;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.corporateparenting.application.child.EpisodeService;
import org.corporateparenting.application.child.EpisodeView;
import org.corporateparenting.application.household.HouseholdSummary;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.corporateparenting.domain.episode.EpisodeDetails;
import org.corporateparenting.domain.episode.ExemptionBasis;
import org.corporateparenting.domain.episode.ExemptionDetails;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.web.view.CodeSelect;
import org.corporateparenting.web.view.ExemptionWords;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * A child's care episodes on the child's page (SSDA903: each change of legal status or placement ends one episode and
 * starts the next the same day): the history, newest first; ending the chosen episode (date, reason ceased, and for a
 * move the reason for the placement change); starting an episode (date, reason, legal status, category of need,
 * placement, provider, postcode and, for a foster placement, the council's household, picked with its vacancies and
 * ages on the start date, and the exemption when the placement lies outside its approval, see {@code PlacementMatch}). The rules are
 * {@code EpisodeRules}, checked against the child's whole history; their messages go on the field they name, the typing
 * is kept, and an episode a colleague changed meanwhile is shown as it is now.
 */
public class EpisodesPanel extends VerticalLayout {

    final Grid<EpisodeView> history = new Grid<>(EpisodeView.class, false);
    final DatePicker endDate = new DatePicker("Ended on");
    final Select<String> reasonCeased = new Select<>();
    final Select<String> reasonPlaceChange = new Select<>();
    final DatePicker startDate = new DatePicker("Started on");
    final Select<String> reasonNew = new Select<>();
    final Select<String> legalStatus = new Select<>();
    final Select<String> categoryOfNeed = new Select<>();
    final Select<String> placementType = new Select<>();
    final Select<String> provider = new Select<>();
    final TextField postcode = new TextField("Placement postcode");
    final ComboBox<HouseholdSummary> household = new ComboBox<>("Foster household");
    final Select<ExemptionBasis> exemptionBasis = new Select<>();
    final TextField exemptionReason = new TextField("Why (exemption)");
    final TextField exemptionAgreedBy = new TextField("Agreed by");
    final TextField exemptionAgreedByRole = new TextField("Their role");
    final DatePicker exemptionAgreedOn = new DatePicker("Agreed on");
    final Span status = new Span();
    private final EpisodeService episodes;
    private final long childId;
    private final Runnable recorded;
    private LocalDate householdsReadFor;

    /**
     * {@code households}: reads the council's households the child can be placed with on a day, with their vacancies and
     * ages that day, only when the household field is used (again when the start date changes; null: the panel only reads);
     * {@code recorded}: what the page does after a change (bring its chronology up to date).
     */
    public EpisodesPanel(EpisodeService episodes, long childId, Function<LocalDate, List<HouseholdSummary>> households, Runnable recorded) {
        this.episodes = episodes;
        this.childId = childId;
        this.recorded = recorded;
        setPadding(false);
        history.setId("child-episodes");
        history.addColumn(e -> UkDates.format(e.startDate())).setHeader("From").setAutoWidth(true);
        history.addColumn(e -> e.endDate() == null ? "open" : UkDates.format(e.endDate())).setHeader("To").setAutoWidth(true);
        history.addColumn(e -> e.legalStatus() + " " + CodeSelect.words(Ssda903Codes.LEGAL_STATUS, e.legalStatus())).setHeader("Legal status")
                .setFlexGrow(1);
        history.addColumn(e -> e.placementType() + " " + CodeSelect.words(Ssda903Codes.PLACEMENT_TYPE, e.placementType())
                + (e.householdRef() == null ? "" : " (" + e.householdRef() + ")")).setHeader("Placement").setFlexGrow(1);
        history.addColumn(e -> e.exemption() == null ? "" : ExemptionWords.of(e.exemption())).setHeader("Exemption").setFlexGrow(1);
        history.addColumn(e -> e.reasonCeased() == null ? "" : e.reasonCeased() + " " + CodeSelect.words(Ssda903Codes.REASON_CEASED, e.reasonCeased()))
                .setHeader("Ceased").setAutoWidth(true);
        history.setAllRowsVisible(true);
        add(new H2("Care episodes"), history);
        if (households != null) {
            CollectionYear year = CollectionYear.containing(LocalDate.now());
            add(new H3("End the chosen episode"), endForm(year), new H3("Start an episode"), startForm(year, households),
                    exemptionForm(), RecordPage.status(status, "episode-status"));
        }
        show();
    }

    private HorizontalLayout endForm(CollectionYear year) {
        endDate.setId("episode-endDate");
        endDate.setLocale(Locale.UK);
        CodeSelect.of(reasonCeased, "Reason ceased", "episode-reasonCeased", Ssda903Codes.REASON_CEASED, year);
        CodeSelect.of(reasonPlaceChange, "Reason for the move", "episode-reasonPlaceChange", Ssda903Codes.REASON_PLACE_CHANGE, year);
        reasonPlaceChange.setEmptySelectionAllowed(true);
        reasonPlaceChange.setEmptySelectionCaption("Not a move of placement");
        Button end = new Button("End episode", e -> end());
        end.setId("end-episode");
        return RecordPage.row(endDate, reasonCeased, reasonPlaceChange, end);
    }

    private HorizontalLayout startForm(CollectionYear year, Function<LocalDate, List<HouseholdSummary>> households) {
        startDate.setId("episode-startDate");
        startDate.setLocale(Locale.UK);
        CodeSelect.of(reasonNew, "Reason for the new episode", "episode-reasonNew", Ssda903Codes.REASON_NEW, year);
        CodeSelect.of(legalStatus, "Legal status", "episode-legalStatus", Ssda903Codes.LEGAL_STATUS, year);
        CodeSelect.of(categoryOfNeed, "Category of need", "episode-categoryOfNeed", Ssda903Codes.CATEGORY_OF_NEED, year);
        CodeSelect.of(placementType, "Placement", "episode-placementType", Ssda903Codes.PLACEMENT_TYPE, year);
        CodeSelect.of(provider, "Provider", "episode-provider", Ssda903Codes.PLACEMENT_PROVIDER, year);
        provider.setEmptySelectionAllowed(true);
        postcode.setId("episode-postcode");
        postcode.setMaxLength(8);
        household.setId("episode-household");
        household.addFocusListener(e -> {
            LocalDate on = startDate.getValue() == null ? LocalDate.now() : startDate.getValue();
            if (!on.equals(householdsReadFor)) {
                HouseholdSummary chosen = household.getValue();
                List<HouseholdSummary> found = households.apply(on);
                household.setItems(found);
                household.setValue(chosen == null ? null : found.stream().filter(h -> h.id() == chosen.id()).findFirst().orElse(null));
                householdsReadFor = on;
            }
        });
        household.setItemLabelGenerator(EpisodesPanel::pickerLabel);
        household.setClearButtonVisible(true);
        Button start = new Button("Start episode", e -> start());
        start.setId("start-episode");
        return RecordPage.row(startDate, reasonNew, legalStatus, categoryOfNeed, placementType, provider, postcode, household, start);
    }

    /** A household as the picker offers it: its vacancies and ages on the start date (the date the list was read for). */
    static String pickerLabel(HouseholdSummary h) {
        return h.householdRef() + " " + h.name() + " · " + (h.onHold() ? "on hold" : h.vacancies() == 0 ? "no vacancy"
                : h.vacancies() == 1 ? "1 vacancy" : h.vacancies() + " vacancies") + " of " + h.places()
                + (h.places() == 1 ? " place" : " places") + " · ages " + h.ageFrom() + " to " + h.ageTo();
    }

    private HorizontalLayout exemptionForm() {
        exemptionBasis.setLabel("Exemption (a placement outside the household's approval)");
        exemptionBasis.setId("episode-exemptionBasis");
        exemptionBasis.setItems(ExemptionBasis.values());
        exemptionBasis.setItemLabelGenerator(b -> b == null ? "None" : b.words());
        exemptionBasis.setEmptySelectionAllowed(true);
        exemptionBasis.setEmptySelectionCaption("None: within the approval");
        exemptionReason.setId("episode-exemptionReason");
        exemptionReason.setMaxLength(500);
        exemptionAgreedBy.setId("episode-exemptionAgreedBy");
        exemptionAgreedBy.setMaxLength(80);
        exemptionAgreedByRole.setId("episode-exemptionAgreedByRole");
        exemptionAgreedByRole.setMaxLength(80);
        exemptionAgreedOn.setId("episode-exemptionAgreedOn");
        exemptionAgreedOn.setLocale(Locale.UK);
        return RecordPage.row(exemptionBasis, exemptionReason, exemptionAgreedBy, exemptionAgreedByRole, exemptionAgreedOn);
    }

    private ExemptionDetails exemption() {
        return exemptionBasis.getValue() == null ? null : new ExemptionDetails(exemptionBasis.getValue(), exemptionReason.getValue(),
                exemptionAgreedBy.getValue(), exemptionAgreedByRole.getValue(), exemptionAgreedOn.getValue());
    }

    private void end() {
        FieldMessages messages = new FieldMessages(endDate).on("endDate", endDate).on("reasonCeased", reasonCeased)
                .on("reasonPlaceChange", reasonPlaceChange);
        EpisodeView chosen = history.asSingleSelect().getValue();
        if (chosen == null) {
            new FormSave(messages, status).refuse("endDate", "Choose the episode in the history first.");
            return;
        }
        EpisodeDetails ended = new EpisodeDetails(chosen.startDate(), endDate.getValue(), chosen.reasonNew(), chosen.legalStatus(),
                chosen.categoryOfNeed(), chosen.placementType(), chosen.placementProvider(), chosen.placementPostcode(), chosen.householdId(),
                reasonCeased.getValue(), reasonPlaceChange.getValue(), chosen.exemption());
        if (save(() -> episodes.revise(chosen.id(), chosen.version(), ended), "Episode ended.", messages)) {
            endDate.clear();
            reasonCeased.clear();
            reasonPlaceChange.clear();
        }
    }

    private void start() {
        FieldMessages messages = new FieldMessages(startDate).on("startDate", startDate).on("reasonNew", reasonNew)
                .on("legalStatus", legalStatus).on("categoryOfNeed", categoryOfNeed).on("placementType", placementType)
                .on("placementProvider", provider).on("placementPostcode", postcode).on("householdId", household)
                .on("exemptionBasis", exemptionBasis).on("exemptionReason", exemptionReason).on("exemptionAgreedBy", exemptionAgreedBy)
                .on("exemptionAgreedByRole", exemptionAgreedByRole).on("exemptionAgreedOn", exemptionAgreedOn);
        EpisodeDetails details = new EpisodeDetails(startDate.getValue(), null, reasonNew.getValue(), legalStatus.getValue(),
                categoryOfNeed.getValue(), placementType.getValue(), provider.getValue(),
                postcode.getValue().isBlank() ? null : postcode.getValue().trim().toUpperCase(Locale.UK),
                household.getValue() == null ? null : household.getValue().id(), null, null, exemption());
        if (save(() -> episodes.add(childId, details), "Episode started.", messages)) {
            for (Select<String> field : List.of(reasonNew, legalStatus, categoryOfNeed, placementType, provider)) {
                field.clear();
            }
            startDate.clear();
            postcode.clear();
            household.clear();
            exemptionBasis.clear();
            exemptionReason.clear();
            exemptionAgreedBy.clear();
            exemptionAgreedByRole.clear();
            exemptionAgreedOn.clear();
        }
    }

    private boolean save(Supplier<EpisodeView> change, String done, FieldMessages messages) {
        return new FormSave(messages, status).attempt(change, saved -> {
            show();
            recorded.run();
            return done;
        }, this::show, "episode");
    }

    private void show() {
        List<EpisodeView> newestFirst = new ArrayList<>(episodes.episodesOf(childId));
        Collections.reverse(newestFirst);
        history.setItems(newestFirst);
    }
}
