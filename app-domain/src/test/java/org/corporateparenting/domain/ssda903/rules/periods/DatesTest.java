package org.corporateparenting.domain.ssda903.rules.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;

/** The period rules' quick date reading gives what the rows' own strict reading gives. */
class DatesTest {

    @Test
    void readsDatesAsTheRowDoes() {
        String[] values = {"01/04/2025", "29/02/2024", "29/02/2025", "31/02/2020", "00/01/2020", "01/13/2020", "1/2/2020",
            "01-02-2020", " 01/02/2020 ", "0a/02/2020", "01/02/20255", "", "ZZ/ZZ/ZZZZ"};
        for (String value : values) {
            ReturnRow row = new ReturnRow(Table.EPISODES, 2, Map.of("DECOM", value));
            assertEquals(row.date("DECOM"), Dates.of(row, "DECOM"), value);
        }
        assertEquals(LocalDate.of(2024, 2, 29), Dates.of(new ReturnRow(Table.EPISODES, 2, Map.of("DEC", "29/02/2024")), "DEC"));
    }
}
