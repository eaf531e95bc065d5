package org.corporateparenting.web.view;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.domain.shared.FieldError;

/**
 * Puts the service's rule messages on the form fields they name ({@link FieldError#field()}), so the user sees each
 * message where it applies and keeps what they typed. A message naming no field of the form goes on the fallback field
 * when there is one, and is otherwise handed back for the page to show.
 */
public final class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final HasValidation fallback;

    /** {@code fallback}: the field for messages naming no field here (null: hand them back). */
    public FieldMessages(HasValidation fallback) {
        this.fallback = fallback;
    }

    /** The field the rules call {@code name}. */
    public FieldMessages on(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Clears every message; then marks each named field with its message and returns those that found no field. */
    public List<String> show(List<FieldError> errors) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        List<String> unplaced = new ArrayList<>();
        for (FieldError e : errors) {
            HasValidation field = fields.getOrDefault(e.field(), fallback);
            if (field == null) {
                unplaced.add(e.message());
            } else {
                field.setErrorMessage(e.message());
                field.setInvalid(true);
            }
        }
        return unplaced;
    }
}
