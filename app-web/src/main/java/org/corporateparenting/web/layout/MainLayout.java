package org.corporateparenting.web.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.corporateparenting.web.view.adoption.AdoptionView;
import org.corporateparenting.web.view.careleaver.CareLeaversView;
import org.corporateparenting.web.view.child.ChildrenView;
import org.corporateparenting.web.view.household.HouseholdsView;
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
        Anchor signOut = new Anchor("logout", "Sign out");
        signOut.getElement().setAttribute("router-ignore", true);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, council, who, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(council);
        header.addClassName("cp-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        nav.addItem(new SideNavItem("Home", HomeView.class));
        nav.addItem(new SideNavItem("Board dataset", BoardView.class));
        nav.addItem(new SideNavItem("Reports", ReportsView.class));
        if (!user.roles().contains(Role.COUNCILLOR)) {
            nav.addItem(new SideNavItem("Children", ChildrenView.class));
        }
        if (user.roles().contains(Role.FOSTERING) || user.roles().contains(Role.PERFORMANCE_ANALYST) || user.roles().contains(Role.ADMINISTRATOR)) {
            nav.addItem(new SideNavItem("Foster households", HouseholdsView.class));
        }
        if (user.roles().contains(Role.IRO) || user.roles().contains(Role.PERFORMANCE_ANALYST) || user.roles().contains(Role.ADMINISTRATOR)) {
            nav.addItem(new SideNavItem("Reviews due", ReviewsDueView.class));
        }
        if (user.roles().contains(Role.ADOPTION) || user.roles().contains(Role.ADMINISTRATOR)) {
            nav.addItem(new SideNavItem("Adoption", AdoptionView.class));
        }
        if (user.roles().contains(Role.LEAVING_CARE) || user.roles().contains(Role.PERFORMANCE_ANALYST) || user.roles().contains(Role.ADMINISTRATOR)) {
            nav.addItem(new SideNavItem("Care leavers", CareLeaversView.class));
        }
        if (user.roles().contains(Role.PERFORMANCE_ANALYST) || user.roles().contains(Role.ADMINISTRATOR)) {
            nav.addItem(new SideNavItem("Load 903 files", Ssda903View.class));
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
        // Councillors read the board, which has its own section links: the tablet's width goes to the figures.
        setDrawerOpened(!user.roles().contains(Role.COUNCILLOR));
    }
}
