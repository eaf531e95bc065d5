package org.corporateparenting.web.security;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a browser's {@code Origin} or {@code Referer} names the site that is answering: scheme, host and
 * port alike (a default port written or not). Anything unreadable, or the opaque origin "null", is another site.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** True when {@code url} (an origin or a full address) is on {@code scheme}://{@code host}, the request's own site. */
    public static boolean matches(String url, String scheme, String host) {
        if (url == null || host == null || scheme == null) {
            return false;
        }
        try {
            URI theirs = URI.create(url.trim());
            URI ours = URI.create(scheme + "://" + host.trim());
            return theirs.getScheme() != null && theirs.getHost() != null
                    && theirs.getScheme().equalsIgnoreCase(ours.getScheme())
                    && theirs.getHost().toLowerCase(Locale.ROOT).equals(ours.getHost().toLowerCase(Locale.ROOT))
                    && port(theirs) == port(ours);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
