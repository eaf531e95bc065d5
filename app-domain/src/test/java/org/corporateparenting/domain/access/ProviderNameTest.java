package org.corporateparenting.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderNameTest {

    @Test
    void aNameDifferingOnlyInCaseMapsToTheSameLocalUser() {
        assertThat(ProviderName.of("Jo.Bloggs@Council.gov.uk").localUsername()).isEqualTo("jo.bloggs@council.gov.uk");
        assertThat(ProviderName.of("jo.bloggs@council.gov.uk").localUsername()).isEqualTo("jo.bloggs@council.gov.uk");
        assertThat(ProviderName.of("JO.BLOGGS@COUNCIL.GOV.UK").accepted()).isTrue();
        assertThat(ProviderName.of("Jo.Bloggs@Council.gov.uk").refusal()).isNull();
    }

    @Test
    void aNameOverTheStoredLengthIsRefusedByItsLengthNeverItsText() {
        String longName = "a".repeat(52) + "@Council.gov.uk";
        ProviderName refused = ProviderName.of(longName);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.localUsername()).isNull();
        assertThat(refused.refusal()).contains("67 characters").contains("60").doesNotContain("aaaa").doesNotContain("council");
        assertThat(ProviderName.of("b".repeat(45) + "@council.gov.uk").accepted()).as("exactly 60").isTrue();
    }

    @Test
    void aNameNotOfAUsernamesFormOrMissingIsRefusedWithoutQuotingIt() {
        ProviderName spaced = ProviderName.of("Jo Bloggs");
        assertThat(spaced.accepted()).isFalse();
        assertThat(spaced.refusal()).contains("9 characters").doesNotContain("bloggs");
        assertThat(ProviderName.of(null).accepted()).isFalse();
        assertThat(ProviderName.of("  ").refusal()).isEqualTo("the provider gave no name");
    }
}
