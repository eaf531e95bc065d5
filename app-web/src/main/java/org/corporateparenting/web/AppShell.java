package org.corporateparenting.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;

/**
 * The application shell: an installable PWA with the stock Lumo theme. Only stock components and plain
 * CSS are used, so Vaadin's pre-compiled bundle serves the browser and no front-end build is needed. Lumo is Vaadin's
 * default, so there is no {@code @Theme}: one naming no theme folder made every page ask for
 * {@code /VAADIN/themes//styles.css} and get 404. The house style is {@code styles/app.css}.
 */
@PWA(name = "Corporate Parenting", shortName = "Parenting",
        description = "Children in care, carers, placements and care leavers, and the Corporate Parenting Board dataset.",
        iconPath = "icons/icon.png", offlinePath = "offline.html")
@Meta(name = "robots", content = "noindex, nofollow")
public class AppShell implements AppShellConfigurator {
}
