package org.corporateparenting.web.view.report;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.corporateparenting.application.report.EditionView;
import org.corporateparenting.domain.shared.UkDates;

/** Published editions, newest first, each with a link to its file exactly as published (its SHA-256 in the title). */
class EditionGrid extends Grid<EditionView> {

    EditionGrid() {
        setId("editions");
        addColumn(EditionView::title).setHeader("Report").setAutoWidth(true);
        addColumn(EditionView::periodLabel).setHeader("Period").setAutoWidth(true);
        addColumn(EditionView::edition).setHeader("Edition").setAutoWidth(true);
        addColumn(EditionView::format).setHeader("Format").setAutoWidth(true);
        addColumn(EditionView::publishedBy).setHeader("Published by").setAutoWidth(true);
        addColumn(e -> UkDates.moment(e.publishedAt())).setHeader("Published").setAutoWidth(true);
        addColumn(e -> Math.max(1, e.bytes() / 1024) + " KB").setHeader("Size").setAutoWidth(true);
        addComponentColumn(EditionGrid::download).setHeader("File").setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private static Div download(EditionView e) {
        Anchor file = new Anchor("api/reports/editions/" + e.id() + "/file", "Download " + ("DOCX".equals(e.format()) ? "Word" : e.format()));
        file.getElement().setAttribute("router-ignore", true);
        file.getElement().setAttribute("download", e.fileName());
        file.getElement().setAttribute("title", "SHA-256 " + e.sha256());
        file.addClassName("cp-download");
        return new Div(file);
    }
}
