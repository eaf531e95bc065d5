package org.corporateparenting.web.rest;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corporateparenting.application.audit.AccessTrail;

/**
 * Every signed-in read of child-level data through the API leaves an audit event (the child, when the address
 * names one), and so does every refusal (403, 404) of any request: the path and query asked for and the caller's
 * address. Only the API's aggregate and reference answers are left out ({@link #AGGREGATE}).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class AccessAudit implements ContainerResponseFilter {

    /** Answers with no child-level data: the caller, the server, code lists, counts, published figures and texts. */
    static final Pattern AGGREGATE = Pattern.compile("^/?(me|status|code-lists.*|children/looked-after/count|"
            + "children/\\d+/audit|audit.*|indicators(?!/months/[^/]+/[^/]+/children).*|reports/annual/years|"
            + "reports/annual/[^/]+/[^/]+/(figures|texts.*|check)|reports/board-pack/[^/]+/check)$");
    private static final Pattern CHILD = Pattern.compile("^/?children/(\\d+)(/.*)?$");

    @EJB
    AccessTrail trail;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Principal user = request.getSecurityContext().getUserPrincipal();
        if (user == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String asked = request.getMethod() + " /api/" + path.replaceFirst("^/", "") + (query == null ? "" : "?" + query);
        String address = servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
        if (status == 403 || status == 404) {
            trail.refused(user.getName(), status, childOf(path), asked, address);
        } else if ("GET".equals(request.getMethod()) && status / 100 == 2 && !AGGREGATE.matcher(path).matches()) {
            trail.read(user.getName(), childOf(path), asked, address);
        }
    }

    static Long childOf(String path) {
        Matcher child = CHILD.matcher(path);
        if (!child.matches()) {
            return null;
        }
        try {
            return Long.valueOf(child.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
