package org.corporateparenting.web.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.LongFunction;
import org.corporateparenting.domain.shared.RecordNotFound;

/**
 * What the pages of one record share (a page is made once and shown again for each record it is opened on, so its
 * listeners and columns are set up when it is made, never per visit): the record the address names ({@code /households/42}), or "No such household"
 * when the caller's council holds none with that number (never a hint that another council does); a form's row of
 * fields and button; and the status line a screen reader announces.
 */
public final class RecordPage {

    private RecordPage() {
    }

    /** The number in the address's {@code id} parameter. */
    public static long idOf(BeforeEnterEvent event) {
        return Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
    }

    /** Record {@code id}, or empty once the page says there is no such {@code what}. */
    public static <T> Optional<T> open(HasComponents page, long id, LongFunction<T> get, String what) {
        try {
            return Optional.of(get.apply(id));
        } catch (RecordNotFound e) {
            page.add(new H1("No such " + what), new Paragraph("The council holds no " + what + " with this number."));
            return Optional.empty();
        }
    }

    /** A form's fields and button on one line, lined up on their text, wrapping onto the next on a narrow screen. */
    public static HorizontalLayout row(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** The span that says what a save did, announced by screen readers. */
    public static Span status(Span span, String id) {
        span.setId(id);
        span.getElement().setAttribute("role", "status");
        return span;
    }
}
