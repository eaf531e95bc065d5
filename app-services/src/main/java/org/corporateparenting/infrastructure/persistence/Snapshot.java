package org.corporateparenting.infrastructure.persistence;

import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corporateparenting.domain.shared.Recorded;

/**
 * The recorded values of a record, field by field, for the audit trail: a reference to another record
 * is written as its identifier, collections and the version are left out.
 */
final class Snapshot {

    private final Map<String, String> values;

    private Snapshot(Map<String, String> values) {
        this.values = values;
    }

    static Snapshot of(Object record) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Class<?> type = record.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (recorded(field)) {
                    values.put(field.getName(), describe(read(field, record)));
                }
            }
        }
        return new Snapshot(values);
    }

    /** "field: old -> new" for every field whose value differs, in declaration order. */
    String changesSince(Snapshot before) {
        List<String> changes = new ArrayList<>();
        values.forEach((field, now) -> {
            String then = before.values.get(field);
            if (!Objects.equals(then, now)) {
                changes.add(field + ": " + then + " -> " + now);
            }
        });
        return String.join("; ", changes);
    }

    /** Every field with its value, for a created record. */
    String asCreated() {
        List<String> fields = new ArrayList<>();
        values.forEach((field, value) -> {
            if (value != null) {
                fields.add(field + ": " + value);
            }
        });
        return String.join("; ", fields);
    }

    /** The record's own class behind a JPA proxy's generated subclass (whose name holds a "$"). */
    static Class<?> unproxied(Class<?> type) {
        Class<?> named = type;
        while (named.getSimpleName().contains("$")) {
            named = named.getSuperclass();
        }
        return named;
    }

    static boolean recorded(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                && !field.isAnnotationPresent(Transient.class) && !field.isAnnotationPresent(Version.class)
                && !Collection.class.isAssignableFrom(field.getType()) && !Map.class.isAssignableFrom(field.getType())
                && !field.getName().startsWith("$$_hibernate");
    }

    static Object read(Field field, Object record) {
        try {
            field.setAccessible(true);
            return field.get(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    static String describe(Object value) {
        if (value instanceof Recorded other) {
            return String.valueOf(other.getId());
        }
        return value == null ? null : value.toString();
    }
}
