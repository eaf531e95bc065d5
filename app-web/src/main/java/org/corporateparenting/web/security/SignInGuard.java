package org.corporateparenting.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Guards every sign-in (HTTP Basic on any request, the sign-in form's POST to j_security_check) before the
 * server checks the password: an account that has failed too often from an address is answered 429 with
 * Retry-After ({@link SignInThrottle}); every failure and every refusal is logged with the user name and
 * address, never the password; and a failed sign-in always takes at least {@link #FAILURE_FLOOR}, so an unknown
 * user name (no password to check) cannot be told from a known one by the time the answer takes.
 */
final class SignInGuard implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());
    /** Longer than checking a PBKDF2 password here (0.1-0.25 s), so every failure takes the same time. */
    static final Duration FAILURE_FLOOR = Duration.ofMillis(Long.getLong("cp.signin.failure.floor.ms", 400));

    private final HttpHandler next;
    private final SignInThrottle throttle;

    SignInGuard(HttpHandler next, SignInThrottle throttle) {
        this.next = next;
        this.throttle = throttle;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        boolean form = Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRequestPath().endsWith("/j_security_check");
        String account = form ? formUser(exchange) : basicUser(exchange);
        if (account == null || account.isBlank()) {
            next.handleRequest(exchange);
            return;
        }
        String address = address(exchange);
        String who = printable(account);
        Duration wait = throttle.waitBeforeNextTry(account, address, Instant.now());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            LOG.warning(() -> "Sign-in throttled: user " + who + " from " + address + " must wait " + seconds + " s");
            exchange.setStatusCode(429);
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
            exchange.getResponseSender().send("Too many failed sign-ins. Try again in " + seconds + " seconds.",
                    StandardCharsets.UTF_8);
            return;
        }
        long started = System.nanoTime();
        exchange.addResponseCommitListener(done -> {
            if (failed(done, form)) {
                int count = throttle.failed(account, address, Instant.now());
                LOG.warning(() -> "Sign-in failed: user " + who + " from " + address + " (" + count + " in a row)");
                waitOut(started);
            } else if (!form || done.getStatusCode() / 100 == 3) {
                throttle.succeeded(account, address);
            }
        });
        next.handleRequest(exchange);
    }

    /** Basic: the server challenges again (401). Form: success redirects to the page asked for, failure shows the error page. */
    private static boolean failed(HttpServerExchange exchange, boolean form) {
        if (!form) {
            return exchange.getStatusCode() == 401;
        }
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        return exchange.getStatusCode() / 100 != 3 || location == null || location.contains("login.html");
    }

    private static void waitOut(long started) {
        long left = FAILURE_FLOOR.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String basicUser(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : pair.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String formUser(HttpServerExchange exchange) {
        ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        return context == null ? null : context.getServletRequest().getParameter("j_username");
    }

    private static String address(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        return source == null || source.getAddress() == null ? "unknown" : source.getAddress().getHostAddress();
    }

    /** The user name as typed, made safe for one log line (no line breaks, at most 60 characters). */
    static String printable(String account) {
        String clean = account.replaceAll("[\\p{Cntrl}]", "?");
        return "'" + (clean.length() > 60 ? clean.substring(0, 60) + "..." : clean) + "'";
    }
}
