package org.corporateparenting.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The browser protections every response carries, and the cross-site request forgery check (OWASP CSRF
 * prevention: verifying the origin with standard headers). A state-changing call to the API or to sign-out
 * from a browser must come from this site: its {@code Origin} (or, without one, its {@code Referer}) must be
 * ours, or it is refused 403. Clients that send Basic credentials and no {@code Origin} (scripts, other
 * systems) are unaffected; the session cookie is also SameSite=Strict (WEB-INF/undertow-handlers.conf).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class WebSecurityFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(WebSecurityFilter.class.getName());

    /**
     * As strict as Vaadin Flow's stock client allows: it runs inline bootstrap scripts and evaluates the
     * JavaScript the server sends ('unsafe-inline', 'unsafe-eval'), and Lumo styles inline.
     */
    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(SingleSignOnSettings.providerOrigin());

    /**
     * The policy; with single sign-on, forms may also lead to the council's provider, because signing out redirects
     * the sign-out form there ({@link ProviderSignOut}) and browsers apply form-action to a form's redirects.
     */
    static String contentSecurityPolicy(String providerOrigin) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'" + (providerOrigin == null ? "" : " " + providerOrigin)
                + "; frame-ancestors 'none'";
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (api) {
            // Child-level JSON must not be kept by the browser or a proxy.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if ((api || path.equals("/logout")) && !SAFE_METHODS.contains(request.getMethod()) && crossSite(request)) {
            LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " " + path + " (CSRF check)");
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":403,\"message\":\"Refused: this request did not come from this "
                    + "site's own pages (Origin or Referer missing or another site's).\",\"errors\":[]}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A browser request from another site, or one that does not say where it came from and rides on the session. */
    static boolean crossSite(HttpServletRequest request) {
        String scheme = request.getScheme();
        String host = request.getHeader("Host");
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !SameOrigin.matches(origin, scheme, host);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return !SameOrigin.matches(referer, scheme, host);
        }
        // No word of where it came from: an API client with its own credentials, or nobody signed in (401 follows).
        return request.getHeader("Authorization") == null && request.getRequestedSessionId() != null
                && request.isRequestedSessionIdValid();
    }
}
