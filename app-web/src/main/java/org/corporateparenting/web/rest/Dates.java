package org.corporateparenting.web.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in query parameters are ISO (yyyy-mm-dd); anything else is a 400 naming the parameter. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(parameter + ": '" + value + "' is not a date (use yyyy-mm-dd)");
        }
    }
}
