package org.corporateparenting.web.view.access;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.access.PasswordPolicy;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * Every user changes their own password here; a user given a password by an administrator is brought here
 * before any other screen ({@link PasswordFirst}). The rule is {@link PasswordPolicy}'s; its messages go on the field.
 */
@Route(value = "password", layout = MainLayout.class)
@PageTitle("Change password | Corporate Parenting")
public class PasswordView extends VerticalLayout {

    @Inject
    UserService users;

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Span status = new Span();

    @PostConstruct
    void build() {
        boolean forced = users.mustChangePassword();
        add(new H1("Change password"));
        if (forced) {
            Paragraph first = new Paragraph("You were given this password by an administrator: choose your own before you go on.");
            first.setId("password-must-change");
            add(first);
        }
        add(new Paragraph("At least " + PasswordPolicy.MINIMUM_LENGTH + " characters; not a commonly used password, and not "
                + "containing your username. A few unrelated words make a good one."));
        current.setId("password-current");
        next.setId("password-new");
        repeat.setId("password-repeat");
        Button change = new Button("Change password", e -> change());
        change.setId("password-change");
        add(current, next, repeat, change, RecordPage.status(status, "password-status"));
    }

    private void change() {
        FieldMessages messages = new FieldMessages(next).on("currentPassword", current).on("newPassword", next).on("repeat", repeat);
        FormSave save = new FormSave(messages, status);
        if (!next.getValue().equals(repeat.getValue())) {
            save.refuse("repeat", "The two new passwords differ.");
            return;
        }
        if (save.attempt(() -> {
            users.changeOwnPassword(current.getValue().toCharArray(), next.getValue().toCharArray());
            return true;
        }, done -> "Your password is changed.")) {
            current.clear();
            next.clear();
            repeat.clear();
        }
    }
}
