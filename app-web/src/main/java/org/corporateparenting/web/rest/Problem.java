package org.corporateparenting.web.rest;

import java.util.List;
import org.corporateparenting.domain.shared.FieldError;

/** The body of an error response: a status, a message a person can act on, and the fields to correct. */
public record Problem(int status, String message, List<FieldError> errors) {

    public Problem(int status, String message) {
        this(status, message, List.of());
    }
}
