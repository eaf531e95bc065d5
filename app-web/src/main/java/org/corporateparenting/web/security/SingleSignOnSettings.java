package org.corporateparenting.web.security;

import java.net.URI;
import java.util.Map;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

/**
 * The council's OpenID Connect provider, for WildFly's OIDC client (README, "Single sign-on"). Read from system
 * properties, else environment variables, so no secret is written in the application or the server configuration:
 * {@code care.oidc.provider-url} / {@code CARE_OIDC_PROVIDER_URL} (the issuer, e.g.
 * {@code https://login.microsoftonline.com/TENANT/v2.0}), {@code care.oidc.client-id} / {@code CARE_OIDC_CLIENT_ID},
 * {@code care.oidc.client-secret} / {@code CARE_OIDC_CLIENT_SECRET}, and optionally {@code care.oidc.principal-claim} /
 * {@code CARE_OIDC_PRINCIPAL_CLAIM} (the claim that is the username; {@code preferred_username} unless set) and
 * {@code care.oidc.scope} / {@code CARE_OIDC_SCOPE} (scopes asked for besides {@code openid}).
 *
 * <p>The settings are used only where the server's configuration puts the OIDC mechanism in front of the
 * application (wildfly-config/src/main/cli/configure-sso.cli); without a provider URL the client stays unconfigured
 * and never answers a request, so local sign-in works as before.
 */
public class SingleSignOnSettings implements OidcClientConfigurationResolver {

    private static final Logger LOG = Logger.getLogger(SingleSignOnSettings.class.getName());

    private volatile OidcClientConfiguration configuration;

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        OidcClientConfiguration resolved = configuration;
        if (resolved == null) {
            synchronized (this) {
                resolved = configuration;
                if (resolved == null) {
                    resolved = read();
                    configuration = resolved;
                }
            }
        }
        return resolved;
    }

    private static OidcClientConfiguration read() {
        String providerUrl = setting("care.oidc.provider-url", "CARE_OIDC_PROVIDER_URL", null);
        if (providerUrl == null) {
            return new OidcClientConfiguration();
        }
        OidcJsonConfiguration json = new OidcJsonConfiguration();
        json.setProviderUrl(providerUrl);
        json.setClientId(required("care.oidc.client-id", "CARE_OIDC_CLIENT_ID"));
        json.setCredentials(Map.of("secret", required("care.oidc.client-secret", "CARE_OIDC_CLIENT_SECRET")));
        json.setPrincipalAttribute(setting("care.oidc.principal-claim", "CARE_OIDC_PRINCIPAL_CLAIM", "preferred_username"));
        String scope = setting("care.oidc.scope", "CARE_OIDC_SCOPE", null);
        if (scope != null) {
            json.setScope(scope);
        }
        json.setPublicClient(false);
        LOG.info(() -> "Single sign-on through " + providerUrl + " as client " + json.getClientId());
        return OidcClientConfigurationBuilder.build(json);
    }

    /** The provider's origin ({@code https://host[:port]}), or null without single sign-on or with an unreadable URL. */
    static String providerOrigin() {
        String providerUrl = setting("care.oidc.provider-url", "CARE_OIDC_PROVIDER_URL", null);
        if (providerUrl == null) {
            return null;
        }
        try {
            URI uri = URI.create(providerUrl);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    private static String required(String property, String environment) {
        String value = setting(property, environment, null);
        if (value == null) {
            throw new IllegalStateException("Single sign-on needs " + environment + " (or the system property " + property + ").");
        }
        return value;
    }

    static String setting(String property, String environment, String otherwise) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
