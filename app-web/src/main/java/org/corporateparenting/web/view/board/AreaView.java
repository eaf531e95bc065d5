package org.corporateparenting.web.view.board;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.inject.Inject;
import org.corporateparenting.application.indicator.IndicatorSettingsService;
import org.corporateparenting.domain.indicator.Commentary;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.domain.indicator.Area;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.layout.MainLayout;

/**
 * One area of the dataset for a month: its indicators as the packs tabulate them, then the manager's commentary, which
 * practitioners (never councillors) can add to.
 */
@Route(value = "board/:month([0-9]{4}-[0-9]{2})/area/:area", layout = MainLayout.class)
@RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
public class AreaView extends BoardPage {

    @Inject
    IndicatorSettingsService settings;

    @Override
    void show(BoardSummary summary, BeforeEnterEvent event) {
        Area area = area(event.getRouteParameters().get("area").orElse("")).orElse(null);
        if (area == null) {
            add(new H1("No such area"), new Paragraph("The board's dataset has no area by that name."));
            return;
        }
        String month = summary.dataset().month();
        MarkupBlock commentary = new MarkupBlock(BoardMarkup.commentary(summary.dataset(), area));
        add(new H1(area.title() + ": " + ReportingMonthText.of(month)),
                new MarkupBlock(BoardMarkup.table(summary, area, code -> indicatorAddress(month, code))),
                new MarkupBlock(BoardMarkup.key(summary)), commentary);
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.isUserInRole(Role.PRACTITIONER)) {
            add(commentaryForm(month, area, commentary));
        }
    }

    /**
     * For managers and analysts (never councillors): write the area's commentary for the month; it is shown at once with
     * the author and date, and earlier commentary is kept.
     */
    private VerticalLayout commentaryForm(String month, Area area, MarkupBlock shown) {
        TextArea body = new TextArea("Commentary for " + area.title());
        body.setId("commentary-body");
        body.setMaxLength(Commentary.MAX_LENGTH);
        body.setWidthFull();
        Span status = new Span();
        Button save = new Button("Add commentary", e -> {
            if (new FormSave(new FieldMessages(body).on("body", body), status).attempt(() -> {
                settings.comment(month, area.name(), body.getValue());
                return dataset.summary(month);
            }, updated -> {
                replace(shown, new MarkupBlock(BoardMarkup.commentary(updated.dataset(), area)));
                return "Commentary added.";
            })) {
                body.clear();
            }
        });
        save.setId("commentary-save");
        VerticalLayout form = new VerticalLayout(body, save, RecordPage.status(status, "commentary-status"));
        form.setPadding(false);
        return form;
    }

    @Override
    String addressFor(String month, BeforeEnterEvent event) {
        return "board/" + month + "/area/" + event.getRouteParameters().get("area").orElse("profile");
    }
}
