package org.corporateparenting.domain.access;

import java.util.Locale;

/**
 * The name a council's OpenID Connect provider gives someone it signed in (Microsoft Entra ID's
 * {@code preferred_username}, say), turned into the local username that holds their row (README, "Single sign-on").
 * Providers keep the case people typed ({@code Jo.Bloggs@Council.gov.uk}) while e-mail addresses and local usernames
 * are compared without case, so the local name is the provider's in lower case: the same person maps to the same row
 * however the directory spells them. A name longer than the stored username (60 characters), or not of a username's
 * form once lower-cased, has no local name: the sign-in is refused and {@link #refusal()} says why by the name's
 * length only, never the name itself, so it can be logged (issue 20, "upper-case or over-long provider names").
 */
public record ProviderName(String localUsername, String refusal) {

    /** The local username for a provider's name, or a refusal saying why there is none. */
    public static ProviderName of(String providerName) {
        if (providerName == null || providerName.isBlank()) {
            return new ProviderName(null, "the provider gave no name");
        }
        String name = providerName.strip().toLowerCase(Locale.ROOT);
        if (name.length() > AppUser.MAX_USERNAME) {
            return new ProviderName(null, "the provider's name is " + name.length() + " characters long, over the "
                    + AppUser.MAX_USERNAME + " a username may have");
        }
        if (!AppUser.isValidUsername(name)) {
            return new ProviderName(null, "the provider's name (" + name.length() + " characters) is not of a username's form");
        }
        return new ProviderName(name, null);
    }

    /** Whether the name maps to a local username. */
    public boolean accepted() {
        return localUsername != null;
    }
}
