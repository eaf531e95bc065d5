package org.corporateparenting.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void theSiteItselfMatchesWithOrWithoutItsDefaultPort() {
        assertThat(SameOrigin.matches("https://cp.council.gov.uk", "https", "cp.council.gov.uk")).isTrue();
        assertThat(SameOrigin.matches("https://cp.council.gov.uk:443", "https", "cp.council.gov.uk")).isTrue();
        assertThat(SameOrigin.matches("http://127.0.0.1:8380/children?x=1", "http", "127.0.0.1:8380")).isTrue();
        assertThat(SameOrigin.matches("HTTP://LOCALHOST:8080", "http", "localhost:8080")).isTrue();
    }

    @Test
    void anotherSiteSchemeOrPortDoesNot() {
        assertThat(SameOrigin.matches("https://evil.example", "https", "cp.council.gov.uk")).isFalse();
        assertThat(SameOrigin.matches("https://cp.council.gov.uk.evil.example", "https", "cp.council.gov.uk")).isFalse();
        assertThat(SameOrigin.matches("http://cp.council.gov.uk", "https", "cp.council.gov.uk")).isFalse();
        assertThat(SameOrigin.matches("http://127.0.0.1:8081", "http", "127.0.0.1:8080")).isFalse();
        assertThat(SameOrigin.matches("null", "http", "127.0.0.1:8080")).isFalse();
        assertThat(SameOrigin.matches("not a url", "http", "127.0.0.1:8080")).isFalse();
        assertThat(SameOrigin.matches("https://cp.council.gov.uk", "https", null)).isFalse();
    }
}
