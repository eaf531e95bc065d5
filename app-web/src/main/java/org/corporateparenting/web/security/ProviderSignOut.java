package org.corporateparenting.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Signing out of the application also signs out of the council's OpenID Connect provider (README, "Single sign-on"),
 * by OpenID Connect RP-initiated logout: the browser is sent to the provider's {@code end_session_endpoint} (from its
 * discovery document) with the ID token it issued as {@code id_token_hint} and the application's own address as
 * {@code post_logout_redirect_uri}. Without this, the provider's session would sign the person straight back in on the
 * next visit, which on a shared computer is no sign-out at all. Only for someone signed in through the provider; a
 * local account's sign-out stays within the application.
 */
final class ProviderSignOut {

    private ProviderSignOut() {
    }

    /** Where to send the browser to end the provider's session too, if the caller signed in through it. */
    static Optional<String> endSessionUrl(HttpServletRequest request) {
        Object found = request.getAttribute(OidcSecurityContext.class.getName());
        HttpSession session = request.getSession(false);
        if (found == null && session != null) {
            found = session.getAttribute(OidcSecurityContext.class.getName());
        }
        if (!(found instanceof RefreshableOidcSecurityContext context) || context.getOidcClientConfiguration() == null
                || context.getIDTokenString() == null) {
            return Optional.empty();
        }
        String endSession = context.getOidcClientConfiguration().getLogoutUrl();
        if (endSession == null || endSession.isBlank()) {
            return Optional.empty();
        }
        String home = request.getRequestURL().toString().replaceFirst("^(https?://[^/]+).*$", "$1") + request.getContextPath() + "/";
        return Optional.of(endSession + (endSession.contains("?") ? "&" : "?")
                + "id_token_hint=" + encode(context.getIDTokenString())
                + "&post_logout_redirect_uri=" + encode(home)
                + "&client_id=" + encode(context.getOidcClientConfiguration().getResourceName()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
