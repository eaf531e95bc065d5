package org.corporateparenting.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Growing delays after failed sign-ins, for one account from one address (OWASP authentication guidance:
 * throttle rather than lock, so nobody can lock another person out). The first {@value #FREE_FAILURES} failures
 * cost nothing; after that each attempt must wait 1, 2, 4 ... seconds (at most {@link #LONGEST_WAIT}) after the
 * last failure. Attempts refused while waiting are not counted, so they never lengthen the wait. A success, or a
 * quiet {@link #FORGET_AFTER}, clears the count. In memory: a restart forgets.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** How long this account at this address must still wait before it may try again (zero: it may try now). */
    public Duration waitBeforeNextTry(String account, String address, Instant now) {
        Failures f = failures.get(key(account, address));
        if (f == null || f.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, f.last().plus(delay(f.count())));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** Counts a failed attempt and answers how many this account at this address has now failed in a row. */
    public int failed(String account, String address, Instant now) {
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        return failures.compute(key(account, address), (k, f) ->
                f == null || f.last().plus(FORGET_AFTER).isBefore(now) ? new Failures(1, now) : new Failures(f.count() + 1, now))
                .count();
    }

    public void succeeded(String account, String address) {
        failures.remove(key(account, address));
    }

    /** The wait after the given number of failures in a row: 1 s after the sixth, doubling, at most five minutes. */
    static Duration delay(int count) {
        if (count < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String key(String account, String address) {
        return account.toLowerCase(Locale.ROOT) + "\u0000" + address;
    }
}
