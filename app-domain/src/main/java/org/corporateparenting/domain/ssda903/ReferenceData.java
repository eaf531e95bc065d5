package org.corporateparenting.domain.ssda903;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Reference data some rules need that a council's files do not carry: a postcode lookup and the Ofsted provider list.
 * Either may be absent ({@link #NONE} has neither); the rules that need it are then reported as not run.
 */
public interface ReferenceData {

    /** No reference data: postcode and provider rules are not run. */
    ReferenceData NONE = new ReferenceData() {
        @Override
        public Optional<Postcodes> postcodes() {
            return Optional.empty();
        }

        @Override
        public Optional<Providers> providers() {
            return Optional.empty();
        }
    };

    Optional<Postcodes> postcodes();

    Optional<Providers> providers();

    /** A postcode lookup (such as the ONS postcode directory): where a postcode is and whose area it is in. */
    interface Postcodes {

        /** The postcode's place, if it is a known postcode (spaces and case ignored). */
        Optional<Place> find(String postcode);
    }

    /** A postcode's local authority (its 903 LA code) and its position, for distances. */
    record Place(String postcode, String localAuthority, double latitude, double longitude) {
    }

    /** The Ofsted provider list: a provider by its unique reference number. */
    interface Providers {

        Optional<Provider> find(String urn);
    }

    /**
     * A registered provider: its URN, the 903 placement types it may provide, its placement provider code (PR0 to PR5),
     * its postcode and local authority, and when it was registered and closed (null when open).
     */
    record Provider(String urn, Set<String> placeTypes, String providerCode, String postcode, String localAuthority,
            LocalDate registered, LocalDate closed) {
    }
}
