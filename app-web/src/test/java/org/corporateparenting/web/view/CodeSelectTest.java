package org.corporateparenting.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.code.Ssda903Codes;
import org.junit.jupiter.api.Test;

/** A code list choice shows each code with its words, and an optional choice left empty shows nothing. */
class CodeSelectTest {

    @Test
    void eachCodeReadsWithItsWordsAndAnEmptyChoiceIsBlank() {
        Select<String> select = CodeSelect.of(new Select<>(), "Legal status", "ls", Ssda903Codes.LEGAL_STATUS,
                CollectionYear.containing(LocalDate.of(2024, 6, 1)));
        select.setEmptySelectionAllowed(true);
        assertThat(select.getItemLabelGenerator().apply("C2")).isEqualTo("C2 Full care order");
        assertThat(select.getItemLabelGenerator().apply(null)).isEmpty();
        assertThat(select.getListDataView().getItems()).contains("C2", "V2");
    }
}
