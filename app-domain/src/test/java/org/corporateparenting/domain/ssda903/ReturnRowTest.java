package org.corporateparenting.domain.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnRowTest {

    private static ReturnRow row(String value) {
        return new ReturnRow(Table.EPISODES, 2, Map.of("DECOM", value));
    }

    @Test
    void datesAreReadStrictlyAsTheDfeWritesThem() {
        assertEquals(LocalDate.of(2024, 2, 29), row("29/02/2024").date("DECOM"));
        assertEquals(LocalDate.of(2025, 12, 31), row(" 31/12/2025 ").date("DECOM"));
        for (String bad : new String[] {"29/02/2025", "31/04/2025", "00/01/2025", "01/13/2025", "1/1/2025", "2025-01-01",
                "01/01/25", "aa/01/2025", "01-01-2025"}) {
            assertNull(row(bad).date("DECOM"), bad);
            assertTrue(row(bad).badDate("DECOM"), bad);
        }
        assertNull(row("").date("DECOM"));
        assertFalse(row("").badDate("DECOM"));
        assertNull(row("x").date("ABSENT"));
    }

    @Test
    void theHandReadingAgreesWithTheStrictFormatterOnEveryDayOfSomeYears() {
        for (LocalDate day = LocalDate.of(1999, 12, 25); day.isBefore(LocalDate.of(2001, 3, 5)); day = day.plusDays(1)) {
            String written = ReturnRow.DATE.format(day);
            assertEquals(day, row(written).date("DECOM"), written);
        }
    }
}
