package org.corporateparenting.web.view.access;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.corporateparenting.application.access.UserAdministration;
import org.corporateparenting.application.access.UserChangeEntry;
import org.corporateparenting.application.access.UserRecord;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.FieldMessages;
import org.corporateparenting.web.view.FormSave;
import org.corporateparenting.web.view.RecordPage;

/**
 * The council's users, for its administrators: the list; a new user with a one-time password; for the user chosen,
 * their roles, the all-children permission (need to know), disable or enable, a password reset, and the trail of who
 * changed them. The rules (password policy, the last administrator) are the service's; their messages go on the fields
 * they name.
 */
@Route(value = "users", layout = MainLayout.class)
@PageTitle("Users | Corporate Parenting")
@RolesAllowed(Role.ADMINISTRATOR)
public class UsersView extends VerticalLayout {

    @Inject
    UserAdministration users;

    final Grid<UserRecord> list = new Grid<>(UserRecord.class, false);
    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name shown");
    final CheckboxGroup<String> newRoles = new CheckboxGroup<>("Roles");
    final PasswordField oneTime = new PasswordField("One-time password");
    final Span createStatus = new Span();

    final Span chosen = new Span("Choose a user in the list.");
    final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    final Checkbox allChildren = new Checkbox("All children (need to know: without it, only their team's caseload)");
    final PasswordField reset = new PasswordField("New one-time password");
    final Span userStatus = new Span();
    final Grid<UserChangeEntry> trail = new Grid<>(UserChangeEntry.class, false);

    @PostConstruct
    void build() {
        add(new H1("Users"), new Paragraph("Everyone who signs in for the council. A new user, or one whose password you reset, "
                + "must choose their own password when they next sign in. Role changes take effect at their next sign-in."));
        list.setId("users-list");
        list.addColumn(UserRecord::username).setHeader("Username");
        list.addColumn(UserRecord::displayName).setHeader("Name");
        list.addColumn(u -> String.join(", ", Role.ALL.stream().filter(u.roles()::contains).toList())).setHeader("Roles");
        list.addColumn(u -> u.allChildren() ? "all children" : "caseload").setHeader("Reaches");
        list.addColumn(u -> u.enabled() ? "yes" : "disabled").setHeader("May sign in");
        list.addColumn(u -> u.mustChangePassword() ? "yes" : "").setHeader("Must change password");
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(list, creation(), chosenUser());
        refresh();
    }

    private VerticalLayout creation() {
        username.setId("users-new-username");
        displayName.setId("users-new-name");
        newRoles.setItems(Role.ALL);
        newRoles.setId("users-new-roles");
        oneTime.setId("users-new-password");
        Button create = new Button("Create the user", e -> create());
        create.setId("users-create");
        VerticalLayout section = new VerticalLayout(new H2("New user"), RecordPage.row(username, displayName), newRoles,
                RecordPage.row(oneTime, create), RecordPage.status(createStatus, "users-create-status"));
        section.setPadding(false);
        return section;
    }

    private VerticalLayout chosenUser() {
        chosen.setId("users-chosen");
        roles.setItems(Role.ALL);
        roles.setId("users-roles");
        Button saveRoles = new Button("Save the roles", e -> act(u -> users.setRoles(u, roles.getValue()), "Roles saved."));
        saveRoles.setId("users-save-roles");
        allChildren.setId("users-all-children");
        Button saveReach = new Button("Save the permission", e -> act(u -> users.permitAllChildren(u, allChildren.getValue()),
                allChildren.getValue() ? "They now reach every child." : "They now reach their team's caseload only."));
        saveReach.setId("users-save-all-children");
        Button disable = new Button("Disable", e -> act(users::disable, "Disabled: they can no longer sign in."));
        disable.setId("users-disable");
        Button enable = new Button("Enable", e -> act(users::enable, "Enabled: they may sign in again."));
        enable.setId("users-enable");
        reset.setId("users-reset-password");
        Button resetIt = new Button("Reset the password", e -> act(u -> users.resetPassword(u, reset.getValue().toCharArray()),
                "Password reset: they must change it when they next sign in."));
        resetIt.setId("users-reset");
        trail.setId("users-trail");
        trail.addColumn(c -> c.happenedAt().withNano(0).toString().replace('T', ' ')).setHeader("When");
        trail.addColumn(UserChangeEntry::actor).setHeader("By");
        trail.addColumn(c -> c.action().name().toLowerCase().replace('_', ' ')).setHeader("What");
        trail.addColumn(UserChangeEntry::detail).setHeader("Detail");
        trail.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(new H2("The chosen user"), chosen, roles,
                RecordPage.row(saveRoles, disable, enable), RecordPage.row(allChildren, saveReach), RecordPage.row(reset, resetIt),
                RecordPage.status(userStatus, "users-status"), trail);
        section.setPadding(false);
        return section;
    }

    private void create() {
        FieldMessages messages = new FieldMessages(username).on("username", username).on("displayName", displayName)
                .on("roles", newRoles).on("password", oneTime);
        if (new FormSave(messages, createStatus).attempt(() -> users.create(username.getValue().strip(), displayName.getValue(),
                List.copyOf(newRoles.getValue()), oneTime.getValue().toCharArray()),
                u -> "User " + u.username() + " created: tell them the one-time password in person or by phone.")) {
            username.clear();
            displayName.clear();
            newRoles.clear();
            oneTime.clear();
            refresh();
        }
    }

    private void act(Function<String, UserRecord> change, String said) {
        UserRecord user = list.asSingleSelect().getValue();
        if (user == null) {
            userStatus.setText("Choose a user in the list first.");
            return;
        }
        FieldMessages messages = new FieldMessages(roles).on("roles", roles).on("enabled", roles).on("password", reset);
        if (new FormSave(messages, userStatus).attempt(() -> change.apply(user.username()), u -> said)) {
            reset.clear();
            String name = user.username();
            refresh();
            list.getListDataView().getItems().filter(u -> u.username().equals(name)).findFirst().ifPresent(list::select);
            userStatus.setText(said);
        }
    }

    private void show(UserRecord user) {
        if (user == null) {
            chosen.setText("Choose a user in the list.");
            roles.clear();
            allChildren.clear();
            trail.setItems(List.of());
            return;
        }
        chosen.setText(user.username() + " (" + user.displayName() + ")" + (user.enabled() ? "" : ", disabled"));
        roles.setValue(user.roles());
        allChildren.setValue(user.allChildren());
        trail.setItems(users.changes(user.username()));
    }

    private void refresh() {
        list.setItems(users.list());
    }
}
