package org.corporateparenting.web.view.board;

import com.vaadin.flow.component.html.Div;

/** A block of the board's own HTML (escaped where it quotes records), set as it was written. */
final class MarkupBlock extends Div {

    MarkupBlock(String html) {
        getElement().setProperty("innerHTML", html);
        setWidthFull();
    }
}
