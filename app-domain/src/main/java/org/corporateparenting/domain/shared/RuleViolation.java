package org.corporateparenting.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks one or more of the service's rules. Nothing is stored when it is thrown; each
 * error names the field to correct, so screens can show the message beside it.
 */
public class RuleViolation extends RuntimeException {

    private final transient List<FieldError> errors;

    public RuleViolation(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A rule violation needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public static RuleViolation of(String field, String message) {
        return new RuleViolation(List.of(new FieldError(field, message)));
    }

    /** Throws when the list holds any error. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
    }

    public List<FieldError> errors() {
        return errors;
    }
}
