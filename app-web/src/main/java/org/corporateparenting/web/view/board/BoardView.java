package org.corporateparenting.web.view.board;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.corporateparenting.domain.shared.UkDates;
import org.corporateparenting.application.indicator.BoardSummary;
import org.corporateparenting.application.indicator.DatasetView;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.layout.MainLayout;

/**
 * The summary of a published month (the latest when no month is given): first the month's position (off target, close to
 * target, improved, declined, each linked to its indicator), then headline tiles and the headline sentences of the board
 * packs, generated from the month's frozen figures.
 */
@Route(value = "board/:month?([0-9]{4}-[0-9]{2})", layout = MainLayout.class)
@RolesAllowed({Role.COUNCILLOR, Role.PRACTITIONER})
public class BoardView extends BoardPage {

    @Override
    void show(BoardSummary summary, BeforeEnterEvent event) {
        DatasetView view = summary.dataset();
        add(new H1("Corporate Parenting Board: " + ReportingMonthText.of(view.month())));
        Paragraph extract = new Paragraph("Figures as at the end of " + ReportingMonthText.of(view.month()) + ", taken from the case records on "
                + UkDates.moment(view.extractedAt()) + " (revision " + view.revision() + "). Each figure is compared with the previous "
                + "month and with the same month last year.");
        extract.addClassName("cp-extract");
        add(extract, new MarkupBlock(BoardPosition.of(summary, code -> indicatorAddress(view.month(), code))),
                new MarkupBlock(BoardMarkup.tiles(summary)), new H2("Headlines"), new MarkupBlock(BoardMarkup.headlines(summary)));
    }

    @Override
    String addressFor(String month, BeforeEnterEvent event) {
        return "board/" + month;
    }
}
