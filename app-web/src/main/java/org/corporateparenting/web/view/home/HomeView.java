package org.corporateparenting.web.view.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.corporateparenting.application.access.CurrentUser;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.application.child.ChildService;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.layout.MainLayout;
import org.corporateparenting.web.view.board.BoardView;

/** Home: the headline figure every role may see (an aggregate), and the user's roles. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home | Corporate Parenting")
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    UserService users;

    @Inject
    ChildService children;

    /** Councillors read the board: their home is the summary of the latest published month. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.isUserInRole(Role.COUNCILLOR)) {
            event.forwardTo(BoardView.class);
        }
    }

    @PostConstruct
    void build() {
        CurrentUser user = users.whoAmI();
        LocalDate today = LocalDate.now();
        long lookedAfter = children.countLookedAfterOn(today);
        Paragraph headline = new Paragraph("On " + LONG_DATE.format(today) + " " + lookedAfter
                + (lookedAfter == 1 ? " child is" : " children are") + " looked after by " + user.councilName() + ".");
        headline.setId("looked-after-headline");
        Paragraph roles = new Paragraph("You are signed in as " + user.displayName() + " with the role"
                + (user.roles().size() == 1 ? " " : "s ") + String.join(", ", user.roles()) + ".");
        roles.setId("signed-in-as");
        add(new H1("Welcome"), headline, roles);
    }
}
