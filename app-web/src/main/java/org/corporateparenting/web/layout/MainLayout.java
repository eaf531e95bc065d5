package org.corporateparenting.web.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.corporateparenting.web.view.adoption.AdoptionView;
import org.corporateparenting.web.view.careleaver.CareLeaversView;
import org.corporateparenting.web.view.child.ChildrenView;
import org.corporateparenting.web.view.household.HouseholdsView;
import org.corporateparenting.web.security.RouteAccess;
import org.corporateparenting.web.view.indicator.DatasetSettingsView;
import org.corporateparenting.web.view.adoption.AdoptersScreen;
import org.corporateparenting.web.view.recruitment.PanelsView;
import org.corporateparenting.web.view.recruitment.RecruitmentView;
import org.corporateparenting.web.view.review.EscalationsView;
import org.corporateparenting.web.view.review.ReviewsDueView;
import org.corporateparenting.web.view.ssda903.Ssda903View;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.corporateparenting.application.access.CurrentUser;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.view.board.BoardView;
import org.corporateparenting.web.view.home.HomeView;
import org.corporateparenting.web.view.report.ReportsView;

/** Header with the council and the signed-in user, a drawer for navigation, and sign-out. */
@StyleSheet("context://styles/app.css")
public class MainLayout extends AppLayout {

    @Inject
    UserService users;

    @PostConstruct
    void build() {
        CurrentUser user = users.whoAmI();
        Span title = new Span("Corporate Parenting");
        title.addClassName("cp-title");
        Span council = new Span(user.councilName() == null ? "" : user.councilName());
        council.addClassName("cp-council");
        Span who = new Span(user.displayName());
        who.addClassName("cp-user");
        // Sign-out is a POST (a plain form: the browser sends this site's Origin), never a link anyone could plant.
        Html signOut = new Html("<form method=\"post\" action=\"logout\" class=\"cp-sign-out\">"
                + "<button type=\"submit\">Sign out</button></form>");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, council, who, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(council);
        header.addClassName("cp-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        offer(nav, "Home", HomeView.class);
        offer(nav, "Board dataset", BoardView.class);
        offer(nav, "Reports", ReportsView.class);
        offer(nav, "Children", ChildrenView.class);
        offer(nav, "Foster households", HouseholdsView.class);
        offer(nav, "Recruitment", RecruitmentView.class);
        offer(nav, "Fostering panel", PanelsView.class);
        offer(nav, "Reviews due", ReviewsDueView.class);
        offer(nav, "Escalations", EscalationsView.class);
        offer(nav, "Adoption", AdoptionView.class);
        offer(nav, "Adopters", AdoptersScreen.class);
        offer(nav, "Care leavers", CareLeaversView.class);
        offer(nav, "Load 903 files", Ssda903View.class);
        offer(nav, "Dataset settings", DatasetSettingsView.class);
        offer(nav, "Council set-up", org.corporateparenting.web.view.access.CouncilView.class);
        offer(nav, "Users", org.corporateparenting.web.view.access.UsersView.class);
        offer(nav, "Change password", org.corporateparenting.web.view.access.PasswordView.class);
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
        // Councillors read the board, which has its own section links: the tablet's width goes to the figures.
        setDrawerOpened(!user.roles().contains(Role.COUNCILLOR));
    }

    /** A menu item for each screen the user's roles open (the same rule that lets them in). */
    private static void offer(SideNav nav, String label, Class<? extends com.vaadin.flow.component.Component> view) {
        if (RouteAccess.opens(view)) {
            nav.addItem(new SideNavItem(label, view));
        }
    }
}
