package org.corporateparenting.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo's unique pupil numbers carry the DfE's check letter, as a school's would. */
class DemoReturnDetailsTest {

    @Test
    void theCheckLetterIsTheDfesModulo23OfTheWeightedDigits() {
        assertThat(DemoReturnDetails.checkLetter("801200005001")).isEqualTo('B');
        assertThat(DemoReturnDetails.checkLetter("000000000000")).isEqualTo('A');
        assertThat(DemoReturnDetails.checkLetter("801200005002")).as("a serial one more: 13 more, modulo 23").isEqualTo('Q');
    }
}
