package org.corporateparenting.web.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.corporateparenting.application.access.SignInRefused;

/**
 * What someone sees when the council's sign-in service let them in but this system cannot take the name it gave
 * (README, "Single sign-on"): the reason, without their name, and whom to ask; a 403, never an error page.
 */
public class SignInRefusedView extends VerticalLayout implements HasErrorParameter<SignInRefused> {

    private final Paragraph reason = new Paragraph();

    public SignInRefusedView() {
        add(new H1("You cannot sign in here yet"), reason);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SignInRefused> parameter) {
        reason.setText(parameter.getException().getMessage());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
