package org.corporateparenting.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as a person reads them: 21st not 21th, 1 place not 1 places. */
class WordsTest {

    @Test
    void ordinalsTakeTheirEnglishEndings() {
        assertThat(Words.ordinal(1)).isEqualTo("1st");
        assertThat(Words.ordinal(2)).isEqualTo("2nd");
        assertThat(Words.ordinal(3)).isEqualTo("3rd");
        assertThat(Words.ordinal(4)).isEqualTo("4th");
        assertThat(Words.ordinal(11)).isEqualTo("11th");
        assertThat(Words.ordinal(12)).isEqualTo("12th");
        assertThat(Words.ordinal(13)).isEqualTo("13th");
        assertThat(Words.ordinal(18)).isEqualTo("18th");
        assertThat(Words.ordinal(21)).isEqualTo("21st");
        assertThat(Words.ordinal(22)).isEqualTo("22nd");
        assertThat(Words.ordinal(23)).isEqualTo("23rd");
        assertThat(Words.ordinal(25)).isEqualTo("25th");
        assertThat(Words.ordinal(111)).isEqualTo("111th");
        assertThat(Words.ordinal(101)).isEqualTo("101st");
    }

    @Test
    void aCountOfOneTakesTheSingular() {
        assertThat(Words.count(1, "place", "places")).isEqualTo("1 place");
        assertThat(Words.count(0, "place", "places")).isEqualTo("0 places");
        assertThat(Words.count(2, "day", "days")).isEqualTo("2 days");
    }

    @Test
    void codeNamesReadAsWords() {
        assertThat(Words.of("PHYSICAL")).isEqualTo("Physical");
        assertThat(Words.of("CONNECTED_PERSON")).isEqualTo("Connected person");
    }
}
