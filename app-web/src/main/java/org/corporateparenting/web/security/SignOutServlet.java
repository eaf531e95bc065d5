package org.corporateparenting.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Signs the user out: ends the session, clears what the browser kept for the council's pages (the board's
 * offline copy among them, so nothing is left on a shared tablet) and returns to the sign-in page; someone signed in
 * through the council's provider is signed out there too ({@link ProviderSignOut}). By POST only
 * (from this site's own pages: see {@link WebSecurityFilter}), so a link or image elsewhere cannot sign anyone out;
 * GET answers 405.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        // Read before the session ends: it holds the provider's ID token.
        Optional<String> providerSignOut = ProviderSignOut.endSessionUrl(request);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", providerSignOut.orElse(request.getContextPath() + "/"));
    }
}
