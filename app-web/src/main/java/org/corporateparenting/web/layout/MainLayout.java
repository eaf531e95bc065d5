package org.corporateparenting.web.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.corporateparenting.application.access.CurrentUser;
import org.corporateparenting.application.access.UserService;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.web.security.RouteAccess;
import org.corporateparenting.web.view.access.CouncilView;
import org.corporateparenting.web.view.access.PasswordView;
import org.corporateparenting.web.view.access.UsersView;
import org.corporateparenting.web.view.adoption.AdoptersScreen;
import org.corporateparenting.web.view.adoption.AdoptionView;
import org.corporateparenting.web.view.board.BoardView;
import org.corporateparenting.web.view.careleaver.CareLeaversView;
import org.corporateparenting.web.view.child.ChildrenView;
import org.corporateparenting.web.view.home.HomeView;
import org.corporateparenting.web.view.household.HouseholdsView;
import org.corporateparenting.web.view.indicator.DatasetSettingsView;
import org.corporateparenting.web.view.recruitment.PanelsView;
import org.corporateparenting.web.view.recruitment.RecruitmentView;
import org.corporateparenting.web.view.report.ReportsView;
import org.corporateparenting.web.view.review.EscalationsView;
import org.corporateparenting.web.view.review.ReviewsDueView;
import org.corporateparenting.web.view.ssda903.Ssda903View;

/**
 * Header with the council and the signed-in user, a drawer for navigation (open beside the screen from 1280 px wide;
 * narrower, as on a tablet, a drawer over it that the menu button opens), and sign-out. Every screen's content is the
 * page's {@code <main>} landmark, and a skip link, the first thing the keyboard reaches, moves focus to it past the
 * header and the menu (WCAG 2.2 success criteria 1.3.1 and 2.4.1).
 */
@StyleSheet("context://styles/app.css")
public class MainLayout extends AppLayout {

    /** The id of every page's main landmark, the skip link's target. */
    public static final String MAIN_CONTENT = "main-content";

    private final Main main = new Main();

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
        HorizontalLayout header = new HorizontalLayout(skipLink(), new DrawerToggle(), title, council, who, signOut);
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
        offer(nav, "Council set-up", CouncilView.class);
        offer(nav, "Users", UsersView.class);
        offer(nav, "Change password", PasswordView.class);
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
        // Under 1280 px wide the menu is a drawer, closed until the menu button opens it (app.css turns on the layout's
        // overlay mode there); wider, it stays open. Councillors read the board, which has its own section links: the
        // width goes to the figures at any size.
        if (user.roles().contains(Role.COUNCILLOR)) {
            setDrawerOpened(false);
        }
        main.setId(MAIN_CONTENT);
        main.addClassName("cp-main");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    /** The screen goes inside the page's main landmark. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        afterNavigation();
    }

    /**
     * "Skip to main content": hidden until focused. Its address is the page's own, so it works as a plain link; the
     * router leaves it alone and the browser's fragment step is replaced by moving focus to the main landmark, because
     * Flow's base address would otherwise send a bare {@code #main-content} to the home page.
     */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_CONTENT, "Skip to main content");
        skip.setId("skip-link");
        skip.addClassName("cp-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', e => { const main = document.getElementById($0);"
                + " if (main) { e.preventDefault(); main.focus(); main.scrollIntoView(); } });", MAIN_CONTENT);
        return skip;
    }

    /** A menu item for each screen the user's roles open (the same rule that lets them in). */
    private static void offer(SideNav nav, String label, Class<? extends Component> view) {
        if (RouteAccess.opens(view)) {
            nav.addItem(new SideNavItem(label, view));
        }
    }
}
