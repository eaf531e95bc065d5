package org.corporateparenting.web.rest;

import org.corporateparenting.domain.shared.RuleViolation;

/** Every change names the version of the record it was based on (the optimistic lock). */
final class Versions {

    private Versions() {
    }

    static int required(Integer version) {
        if (version == null) {
            throw RuleViolation.of("version", "Send the version of the record you opened (?version=...).");
        }
        return version;
    }
}
