package org.corporateparenting.domain.ssda903.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records a load made and changed come back from their packed form as they went in, in order. */
class LoadedRecordsTest {

    @Test
    void packedRecordsUnpackToTheSameEntriesInTheSameOrderAndAHundredThousandPackSmall() {
        List<LoadedRecords.Entry> entries = new ArrayList<>();
        entries.add(new LoadedRecords.Entry("Child", 1051, 1, 0, "dateOfBirth: 2012-05-01 -> 2011-05-01; ethnicity: WBRI -> WIRI"));
        entries.add(new LoadedRecords.Entry("Episode", 17, 0, -1, ""));
        entries.add(new LoadedRecords.Entry("Episode", 99_000_000_123L, 3, 2, "reasonCeased: null -> X1 -> ; é"));
        LoadedRecords records = new LoadedRecords(entries);
        assertThat(LoadedRecords.unpack(records.packed()).entries()).isEqualTo(entries);

        List<LoadedRecords.Entry> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(new LoadedRecords.Entry(i % 18 == 0 ? "Child" : "Episode", 5_000 + i, 0, -1, ""));
        }
        byte[] packed = new LoadedRecords(many).packed();
        assertThat(LoadedRecords.unpack(packed).entries()).isEqualTo(many);
        assertThat(packed.length).as("consecutive identifiers pack to a few bytes each").isLessThan(400_000);
    }
}
