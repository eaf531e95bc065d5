package org.corporateparenting.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle();
    private final Instant start = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void fiveFailuresAreFreeThenTheWaitDoublesUpToFiveMinutes() {
        for (int i = 1; i <= 5; i++) {
            assertThat(throttle.waitBeforeNextTry("admin", "10.0.0.1", start)).isZero();
            throttle.failed("admin", "10.0.0.1", start);
        }
        assertThat(throttle.waitBeforeNextTry("admin", "10.0.0.1", start)).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("admin", "10.0.0.1", start.plusSeconds(1));
        assertThat(throttle.waitBeforeNextTry("admin", "10.0.0.1", start.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delay(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInThrottle.delay(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void onlyThatAccountAtThatAddressWaitsAndASuccessClearsIt() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("Admin", "10.0.0.1", start);
        }
        assertThat(throttle.waitBeforeNextTry("admin", "10.0.0.1", start)).isPositive();
        assertThat(throttle.waitBeforeNextTry("admin", "10.0.0.2", start)).as("another address").isZero();
        assertThat(throttle.waitBeforeNextTry("iro", "10.0.0.1", start)).as("another account").isZero();
        throttle.succeeded("admin", "10.0.0.1");
        assertThat(throttle.waitBeforeNextTry("admin", "10.0.0.1", start)).isZero();
    }

    @Test
    void theWaitPassesAndAQuietQuarterOfAnHourForgets() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("admin", "10.0.0.1", start);
        }
        assertThat(throttle.waitBeforeNextTry("admin", "10.0.0.1", start.plusSeconds(3))).isZero();
        assertThat(throttle.failed("admin", "10.0.0.1", start.plus(Duration.ofMinutes(16)))).isEqualTo(1);
    }
}
