package org.corporateparenting.web.view.access;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.corporateparenting.application.access.UserService;

/** A user who must change the password an administrator gave them sees the password screen whatever they open. */
public class PasswordFirst {

    @Inject
    UserService users;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != PasswordView.class && users.mustChangePassword()) {
            event.rerouteTo(PasswordView.class);
        }
    }
}
