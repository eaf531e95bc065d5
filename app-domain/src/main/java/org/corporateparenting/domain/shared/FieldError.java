package org.corporateparenting.domain.shared;

/** A broken rule, named by the field a person would correct, with a message saying how. */
public record FieldError(String field, String message) {
}
