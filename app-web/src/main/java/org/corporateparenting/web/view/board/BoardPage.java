package org.corporateparenting.web.view.board;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetService;
import org.corporateparenting.application.report.EditionService;
import org.corporateparenting.domain.indicator.Area;
import org.corporateparenting.domain.indicator.ReportingMonth;
import org.corporateparenting.domain.report.ReportKind;
import org.corporateparenting.domain.shared.RecordNotFound;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * What every board page shares: the month is read from the address (the latest published month when absent),
 * a month picker that keeps the reader on the same kind of page, the navigation between the summary and the
 * areas, and a plain message when a month has not been published. Changing month keeps the keyboard's place: the new
 * month's page puts focus back on its picker (WCAG 2.2 success criteria 3.2.2 and 2.4.3), instead of losing it to the
 * page when the old picker is replaced.
 */
abstract class BoardPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Set on the UI by the picker just before it navigates; read once by the page it opens. */
    private static final String FOCUS_PICKER = "cp-board-focus-picker";

    private String title = "Corporate Parenting Board | Corporate Parenting";

    @Inject
    DatasetService dataset;

    @Inject
    EditionService editions;

    BoardPage() {
        addClassName("cp-board");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        boolean fromPicker = Boolean.TRUE.equals(ComponentUtil.getData(event.getUI(), FOCUS_PICKER));
        ComponentUtil.setData(event.getUI(), FOCUS_PICKER, null);
        List<String> published = dataset.publishedMonths();
        Optional<String> asked = event.getRouteParameters().get("month");
        if (published.isEmpty()) {
            add(new H1("Corporate Parenting Board"), new Paragraph("No month of the board's dataset has been published yet."));
            return;
        }
        String month = asked.orElse(published.get(0));
        try {
            BoardSummary summary = dataset.summary(month);
            Select<String> picker = monthPicker(published, month, event);
            add(navigation(summary, event), picker);
            show(summary, event);
            if (fromPicker) {
                picker.focus();
            }
            title = titleOf(ReportingMonthText.of(month));
            keepOfflineCopy();
        } catch (RecordNotFound | RuleViolation e) {
            add(new H1("Corporate Parenting Board"), new Paragraph(ReportingMonthText.of(month) + " has not been published."),
                    new RouterLink("Open the latest published month", BoardView.class));
        }
    }

    /** Each page's own title (its heading and month), so tabs, history and screen readers tell the pages apart. */
    @Override
    public String getPageTitle() {
        return title;
    }

    private String titleOf(String monthLabel) {
        String heading = getChildren().filter(H1.class::isInstance).map(c -> ((H1) c).getText()).findFirst()
                .orElse("Corporate Parenting Board");
        return heading + (heading.contains(monthLabel) ? "" : ", " + monthLabel) + " | Corporate Parenting";
    }

    /** Registers the board's service worker, which saves the latest month's plain copy for reading offline. */
    private void keepOfflineCopy() {
        getElement().executeJs("if ('serviceWorker' in navigator) { navigator.serviceWorker.register('offline/sw.js', {scope: 'offline/'}); }");
    }

    /** Adds the page's own content for the month's summary. */
    abstract void show(BoardSummary summary, BeforeEnterEvent event);

    /** The address of this kind of page for another month. */
    abstract String addressFor(String month, BeforeEnterEvent event);

    static String indicatorAddress(String month, String code) {
        return "board/" + month + "/indicator/" + code;
    }

    static String areaSlug(Area area) {
        return area.name().toLowerCase().replace('_', '-');
    }

    static Optional<Area> area(String slug) {
        for (Area a : Area.values()) {
            if (areaSlug(a).equals(slug)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private Nav navigation(BoardSummary summary, BeforeEnterEvent event) {
        String month = summary.dataset().month();
        Nav nav = new Nav();
        nav.addClassName("cp-board-nav");
        nav.getElement().setAttribute("aria-label", "Board sections");
        String current = event.getLocation().getPath();
        List<RouterLink> links = new ArrayList<>();
        links.add(new RouterLink("Summary", BoardView.class, new RouteParameters("month", month)));
        for (Area a : Area.values()) {
            if (summary.dataset().rows().stream().anyMatch(r -> r.area().equals(a.name()))) {
                links.add(new RouterLink(a.title(), AreaView.class, new RouteParameters(Map.of("month", month, "area", areaSlug(a)))));
            }
        }
        for (RouterLink link : links) {
            if (link.getHref().equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        nav.add(packLink(month));
        Anchor offline = new Anchor("offline/board", "Offline copy");
        offline.getElement().setAttribute("router-ignore", true);
        offline.addClassName("cp-offline-link");
        nav.add(offline);
        return nav;
    }

    /**
     * The month's pack as published (the stored edition, served as kept, so the whole board can open it at once); a
     * draft only for those who publish it; otherwise a plain word that it has not been published.
     */
    private Component packLink(String month) {
        String address;
        boolean published = editions.isPublished(ReportKind.BOARD_PACK, month);
        VaadinRequest request = VaadinRequest.getCurrent();
        if (published) {
            address = "api/reports/board-pack/" + month + "/published?format=pdf";
        } else if (request != null && (request.isUserInRole(Role.PERFORMANCE_ANALYST) || request.isUserInRole(Role.ADMINISTRATOR))) {
            address = "api/reports/board-pack/" + month + "?format=pdf";
        } else {
            Span none = new Span("Pack not yet published");
            none.setId("board-pack-link");
            none.addClassName("cp-pack-none");
            return none;
        }
        Anchor pack = new Anchor(address, published ? "Pack (PDF)" : "Draft pack (PDF)");
        pack.getElement().setAttribute("router-ignore", true);
        pack.setId("board-pack-link");
        return pack;
    }

    /** {@code published} is latest first, as the service gives it. */
    private Select<String> monthPicker(List<String> published, String month, BeforeEnterEvent event) {
        Select<String> picker = new Select<>();
        picker.setLabel("Month");
        picker.setId("month-picker");
        picker.setItems(published);
        picker.setItemLabelGenerator(ReportingMonthText::of);
        picker.setValue(month);
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> {
                    ComponentUtil.setData(ui, FOCUS_PICKER, Boolean.TRUE);
                    ui.navigate(addressFor(e.getValue(), event));
                });
            }
        });
        return picker;
    }

    /** Month labels for people: "October 2021". */
    static final class ReportingMonthText {
        private ReportingMonthText() {
        }

        static String of(String month) {
            try {
                return ReportingMonth.parse(month).title();
            } catch (RuntimeException e) {
                return month;
            }
        }
    }
}
