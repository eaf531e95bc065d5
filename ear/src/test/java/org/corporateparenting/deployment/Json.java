package org.corporateparenting.deployment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers and fields out of JSON responses without a JSON library: enough for ids, versions and rows. */
final class Json {

    private Json() {
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("No number " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** A dataset row (properties in JSON-B's alphabetical order, nulls left out) by indicator code. */
    static String row(String json, String code) {
        return rowMatch(json, code).group();
    }

    /** A dataset row's own value (after its unit; the months inside it have values too), null if it has none. */
    static String rowValue(String json, String code) {
        String value = rowMatch(json, code).group(1);
        return value == null ? null : value.substring(",\"value\":".length());
    }

    private static Matcher rowMatch(String json, String code) {
        Matcher m = Pattern.compile("\\{\"area\":\"[^\"]*\",\"basis\":\"[^\"]*\",\"benchmarks\":\\[[^\\]]*\\],\"code\":\""
                + code + "\".*?\"unit\":\"[^\"]*\"(,\"value\":[^,}]*)?(?:,\"yearEnds\":\\[[^\\]]*\\])?\\}").matcher(json);
        if (!m.find()) {
            throw new AssertionError("No row " + code + " in " + json);
        }
        return m;
    }

    /** A field's value as text (quotes removed). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\"[^\"]*\"|[^,}\\]]+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("No field " + name + " in " + json);
        }
        return m.group(1).replace("\"", "");
    }
}
