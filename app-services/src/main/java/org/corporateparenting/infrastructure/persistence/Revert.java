package org.corporateparenting.infrastructure.persistence;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corporateparenting.domain.shared.Recorded;

/**
 * Undoes what the audit trail says was done to a record, on a copy (the record itself is never touched): a change
 * (its fields set back to the values before it, newest change first), and a removal (the record made again from the
 * values it had). It reads the trail as {@link Snapshot} writes it; a change's old value is found by taking off the new
 * value, which is the copy's value at that point, so text holding the trail's own separators still reads right. A
 * reference to another record is found by its identifier among the records given; a value of a kind the trail cannot
 * give back (or a reference not among them) is left as it is now.
 */
public final class Revert {

    private Revert() {
    }

    /** A shallow copy of the record: the same identifier and values, not managed by JPA. */
    public static <T> T copy(T record) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) Snapshot.unproxied(record.getClass());
        T copy = instantiate(type);
        for (Field field : fields(type)) {
            write(field, copy, Snapshot.read(field, record));
        }
        return copy;
    }

    /**
     * Sets the copy's fields back to their values before the change written as {@code changes} ("field: old -> new; ...",
     * in the order the fields are declared). Each entry is read knowing its new value, the copy's value now, so an old
     * or new value holding "; " or " -> " still reads right.
     */
    public static void undo(Object copy, String changes, Function<Long, Object> byId) {
        List<Field> fields = fields(Snapshot.unproxied(copy.getClass()));
        int at = 0;
        while (changes != null && at < changes.length()) {
            Field field = startingAt(changes, at, fields).orElse(null);
            if (field == null) {
                return;
            }
            int from = at + field.getName().length() + 2;
            String ending = " -> " + Snapshot.describe(Snapshot.read(field, copy));
            int end = entryEnd(changes, from, ending, fields);
            if (end < 0) {
                return;
            }
            String old = changes.substring(from, end);
            parse(field, old, byId).ifPresent(v -> write(field, copy, v.orElse(null)));
            at = end + ending.length() + 2;
        }
    }

    /** The field whose entry starts at {@code at} ("name: "). */
    private static Optional<Field> startingAt(String text, int at, List<Field> fields) {
        return fields.stream().filter(f -> text.startsWith(f.getName() + ": ", at)).findFirst();
    }

    /** Where the old value ends: the first {@code ending} followed by the end of the text or the next field's entry. */
    private static int entryEnd(String text, int from, String ending, List<Field> fields) {
        for (int i = text.indexOf(ending, from); i >= 0; i = text.indexOf(ending, i + 1)) {
            int after = i + ending.length();
            if (after == text.length() || text.startsWith("; ", after) && startingAt(text, after + 2, fields).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** A record of the type made again from the values the trail kept when it was removed. */
    public static <T> T restore(Class<T> type, long id, String snapshot, Function<Long, Object> byId) {
        T made = instantiate(type);
        List<Field> fields = fields(type);
        for (String part : split(snapshot, fields)) {
            int colon = part.indexOf(": ");
            named(fields, part.substring(0, colon)).ifPresent(field -> parse(field, part.substring(colon + 2), byId)
                    .ifPresent(v -> write(field, made, v.orElse(null))));
        }
        return made instanceof Recorded r ? type.cast(identified(r, id)) : made;
    }

    /** The record with the identifier it had (a record made again, or one made by a test). */
    public static <T extends Recorded> T identified(T record, long id) {
        try {
            Field key = Recorded.class.getDeclaredField("id");
            key.setAccessible(true);
            key.set(record, id);
            return record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set the identifier of " + record.getClass().getSimpleName(), e);
        }
    }

    /** The parts "field: value" of a trail entry, split only where a field of the record starts. */
    private static List<String> split(String text, List<Field> fields) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String names = fields.stream().map(f -> Pattern.quote(f.getName())).collect(Collectors.joining("|"));
        return List.of(text.split("; (?=(?:" + names + "): )"));
    }

    /** The value written as {@code text} for the field; empty when it cannot be given back; a present empty for null. */
    private static Optional<Optional<Object>> parse(Field field, String text, Function<Long, Object> byId) {
        if (text.equals("null")) {
            return Optional.of(Optional.empty());
        }
        Class<?> type = field.getType();
        try {
            Object value;
            if (type == String.class) {
                value = text;
            } else if (type == LocalDate.class) {
                value = LocalDate.parse(text);
            } else if (type == LocalDateTime.class) {
                value = LocalDateTime.parse(text);
            } else if (type == Instant.class) {
                value = Instant.parse(text);
            } else if (type == Integer.class || type == int.class) {
                value = Integer.valueOf(text);
            } else if (type == Long.class || type == long.class) {
                value = Long.valueOf(text);
            } else if (type == Boolean.class || type == boolean.class) {
                value = Boolean.valueOf(text);
            } else if (type == BigDecimal.class) {
                value = new BigDecimal(text);
            } else if (type == Double.class || type == double.class) {
                value = Double.valueOf(text);
            } else if (type.isEnum()) {
                value = enumValue(type, text);
            } else if (Recorded.class.isAssignableFrom(type)) {
                value = byId.apply(Long.valueOf(text));
                if (value == null) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
            return Optional.of(Optional.of(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class<? extends Enum>) type, text);
    }

    private static Optional<Field> named(List<Field> fields, String name) {
        return fields.stream().filter(f -> f.getName().equals(name)).findFirst();
    }

    /** The recorded fields (as the trail writes them) and the identifier and version. */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field field : t.getDeclaredFields()) {
                if (Snapshot.recorded(field) || t == Recorded.class && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }


    private static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> none = type.getDeclaredConstructor();
            none.setAccessible(true);
            return none.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
        }
    }

    private static void write(Field field, Object record, Object value) {
        try {
            field.set(record, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot write " + field, e);
        }
    }
}
