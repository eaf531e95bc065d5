package org.corporateparenting.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The application shell: an installable PWA with the stock Lumo theme. Only stock components and plain
 * CSS are used, so Vaadin's pre-compiled bundle serves the browser and no front-end build is needed.
 */
@PWA(name = "Corporate Parenting", shortName = "Parenting",
        description = "Children in care, carers, placements and care leavers, and the Corporate Parenting Board dataset.",
        iconPath = "icons/icon.png", offlinePath = "offline.html")
@Theme(themeClass = Lumo.class)
@Meta(name = "robots", content = "noindex, nofollow")
public class AppShell implements AppShellConfigurator {
}
