package org.corporateparenting.web.view.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.corporateparenting.domain.code.CollectionYear;
import org.junit.jupiter.api.Test;

/** The load screen without a server: one XML return on its own asks for its collection year; a ZIP, whose folders name theirs, does not. */
class Ssda903ViewTest {

    @Test
    void aLoneXmlReturnAsksForItsYearTheLatestEndedAtFirstAndAZipDoesNot() {
        Ssda903View view = new Ssda903View();
        assertThat(view.year.isVisible()).isFalse();

        view.received("return.xml", "\uFEFF  <?xml version=\"1.0\"?><EXPSSDA903/>".getBytes(StandardCharsets.UTF_8));

        assertThat(view.year.isVisible()).isTrue();
        assertThat(view.year.getValue()).isEqualTo(new CollectionYear(CollectionYear.containing(LocalDate.now()).startYear() - 1));
        assertThat(view.status.getText()).contains("return.xml is one XML return", "choose its collection year");

        view.received("903.zip", new byte[] {'P', 'K', 3, 4});
        assertThat(view.year.isVisible()).as("a ZIP's folders name its years").isFalse();
        assertThat(view.status.getText()).isEqualTo("903.zip is ready to load or to check.");
    }
}
