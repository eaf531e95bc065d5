package org.corporateparenting.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sign-out form may be redirected to the council's provider (RP-initiated logout), and nowhere else. */
class ContentSecurityPolicyTest {

    @AfterEach
    void forgetProvider() {
        System.clearProperty("care.oidc.provider-url");
    }

    @Test
    void withoutSingleSignOnFormsLeadOnlyToThisSite() {
        assertThat(WebSecurityFilter.contentSecurityPolicy(null)).contains("form-action 'self';");
    }

    @Test
    void withSingleSignOnFormsMayAlsoLeadToTheProvidersOriginOnly() {
        System.setProperty("care.oidc.provider-url", "https://login.microsoftonline.com/tenant-id/v2.0");
        assertThat(SingleSignOnSettings.providerOrigin()).isEqualTo("https://login.microsoftonline.com");
        System.setProperty("care.oidc.provider-url", "http://127.0.0.1:8680/realms/council");
        assertThat(SingleSignOnSettings.providerOrigin()).isEqualTo("http://127.0.0.1:8680");
        assertThat(WebSecurityFilter.contentSecurityPolicy(SingleSignOnSettings.providerOrigin()))
                .contains("form-action 'self' http://127.0.0.1:8680;").contains("frame-ancestors 'none'");
        System.setProperty("care.oidc.provider-url", "not a url");
        assertThat(SingleSignOnSettings.providerOrigin()).isNull();
    }
}
