package org.corporateparenting.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 3, 9, 15, 0, 123_456_000);

    @Test
    void theSameEventAfterTheSameSealHashesAlikeAndAnyChangedFieldDoesNot() {
        String sealed = AuditChain.hash(AuditChain.START, event(7, "fostering", "Child", 42L, "GET /api/children/42"));
        assertThat(sealed).hasSize(64).isEqualTo(AuditChain.hash(AuditChain.START, event(7, "fostering", "Child", 42L, "GET /api/children/42")));
        assertThat(AuditChain.hash(AuditChain.START, event(7, "fostering", "Child", 43L, "GET /api/children/42"))).as("child").isNotEqualTo(sealed);
        assertThat(AuditChain.hash(AuditChain.START, event(7, "adoption", "Child", 42L, "GET /api/children/42"))).as("user").isNotEqualTo(sealed);
        assertThat(AuditChain.hash(AuditChain.START, event(8, "fostering", "Child", 42L, "GET /api/children/42"))).as("id").isNotEqualTo(sealed);
        assertThat(AuditChain.hash(AuditChain.START, event(7, "fostering", "Child", null, "GET /api/children/42"))).as("no child")
                .isNotEqualTo(sealed);
    }

    @Test
    void fieldsAreWrittenWithTheirLengthsSoMovingTextBetweenThemChangesTheHash() {
        assertThat(AuditChain.hash(AuditChain.START, event(1, "ab", "c", 1L, null)))
                .isNotEqualTo(AuditChain.hash(AuditChain.START, event(1, "a", "bc", 1L, null)));
        assertThat(AuditChain.hash(AuditChain.START, event(1, "a", "b", 1L, null)))
                .as("no change recorded is not an empty change").isNotEqualTo(AuditChain.hash(AuditChain.START, event(1, "a", "b", 1L, "")));
    }

    @Test
    void eachHashCoversThePreviousSoChangingAnEarlierEventChangesEveryLaterHash() {
        String first = AuditChain.hash(AuditChain.START, event(1, "iro", "Review", 5L, null));
        String second = AuditChain.hash(first, event(2, "iro", "Review", 5L, null));
        String tamperedFirst = AuditChain.hash(AuditChain.START, event(1, "admin", "Review", 5L, null));
        assertThat(AuditChain.hash(tamperedFirst, event(2, "iro", "Review", 5L, null))).isNotEqualTo(second);
    }

    private static AuditEvent event(long id, String user, String type, Long child, String changes) {
        AuditEvent e = new AuditEvent(AT, user, AuditAction.READ, type, 42, child, changes);
        try {
            Field f = AuditEvent.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(e, id);
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
        return e;
    }
}
