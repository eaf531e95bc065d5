package org.corporateparenting.sso;

import java.security.Principal;
import java.security.spec.AlgorithmParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.Attributes;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.authz.RoleDecoder;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * The Elytron realm of people who signed in through the council's OpenID Connect provider (README, "Single
 * sign-on"). WildFly's OIDC client has already checked the provider's signed tokens when it asks this realm; the
 * realm's rule is only who may come in with which roles: the roles are those {@link GroupRoles} gives the groups in
 * the token's groups claim (access and ID token), read again at every sign-in so the council's directory decides;
 * someone in none of the mapped groups does not exist here and is refused. Local accounts are not this realm's:
 * it knows nothing of names and passwords, which stay with the JDBC realm beside it.
 *
 * <p>Settings (system property, else environment variable): {@code care.oidc.group-roles} /
 * {@code CARE_OIDC_GROUP_ROLES}, the map; {@code care.oidc.groups-claim} / {@code CARE_OIDC_GROUPS_CLAIM}, the claim
 * that lists the groups ({@code groups} unless set).
 */
public class GroupRoleRealm implements SecurityRealm {

    private static final Logger LOG = Logger.getLogger(GroupRoleRealm.class.getName());

    private final GroupRoles groupRoles;
    private final String groupsClaim;

    public GroupRoleRealm() {
        this(GroupRoles.parse(setting("care.oidc.group-roles", "CARE_OIDC_GROUP_ROLES", "")),
                setting("care.oidc.groups-claim", "CARE_OIDC_GROUPS_CLAIM", "groups"));
    }

    GroupRoleRealm(GroupRoles groupRoles, String groupsClaim) {
        this.groupRoles = groupRoles;
        this.groupsClaim = groupsClaim;
        LOG.info(() -> "Single sign-on: roles from the token's " + groupsClaim + " claim, " + groupRoles.groups().size()
                + " mapped groups");
    }

    private static String setting(String property, String environment, String otherwise) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    @Override
    public RealmIdentity getRealmIdentity(Principal principal) {
        if (principal instanceof OidcPrincipal<?> signedIn) {
            return new SignedIn(signedIn, groupRoles.rolesFor(groups(signedIn.getOidcSecurityContext())));
        }
        return RealmIdentity.NON_EXISTENT;
    }

    @Override
    public RealmIdentity getRealmIdentity(Evidence evidence) {
        return getRealmIdentity(evidence.getPrincipal());
    }

    private List<String> groups(OidcSecurityContext context) {
        List<String> groups = new ArrayList<>();
        if (context != null) {
            addGroups(context.getToken(), groups);
            addGroups(context.getIDToken(), groups);
        }
        return groups;
    }

    private void addGroups(JsonWebToken token, List<String> groups) {
        if (token != null && token.hasClaim(groupsClaim)) {
            try {
                groups.addAll(token.getStringListClaimValue(groupsClaim));
            } catch (RuntimeException notAList) {
                groups.add(token.getClaimValueAsString(groupsClaim));
            }
        }
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
            AlgorithmParameterSpec parameterSpec) {
        return SupportLevel.UNSUPPORTED;
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
        return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.UNSUPPORTED : SupportLevel.POSSIBLY_SUPPORTED;
    }

    /** Someone the provider signed in; they exist here only with at least one mapped role. */
    private static final class SignedIn implements RealmIdentity {

        private final OidcPrincipal<?> principal;
        private final Set<String> roles;
        private boolean refusalLogged;

        SignedIn(OidcPrincipal<?> principal, Set<String> roles) {
            this.principal = principal;
            this.roles = roles;
        }

        @Override
        public Principal getRealmIdentityPrincipal() {
            return principal;
        }

        @Override
        public SupportLevel getCredentialAcquireSupport(Class<? extends Credential> credentialType, String algorithmName,
                AlgorithmParameterSpec parameterSpec) {
            return SupportLevel.UNSUPPORTED;
        }

        @Override
        public <C extends Credential> C getCredential(Class<C> credentialType) {
            return null;
        }

        @Override
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
            return PasswordGuessEvidence.class.isAssignableFrom(evidenceType) ? SupportLevel.UNSUPPORTED : SupportLevel.SUPPORTED;
        }

        @Override
        public boolean verifyEvidence(Evidence evidence) {
            return evidence != null && evidence.getPrincipal() == principal && exists();
        }

        @Override
        public boolean exists() {
            if (roles.isEmpty() && !refusalLogged) {
                refusalLogged = true;
                LOG.warning(() -> "Single sign-on refused for " + principal.getName() + ": none of their groups is mapped to a role");
            }
            return !roles.isEmpty();
        }

        @Override
        public AuthorizationIdentity getAuthorizationIdentity() throws RealmUnavailableException {
            Attributes attributes = new MapAttributes();
            attributes.addAll(RoleDecoder.KEY_ROLES, roles);
            return AuthorizationIdentity.basicIdentity(attributes);
        }
    }
}
